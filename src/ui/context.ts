// How components reach the store: each subscribes to the slice it shows, so an edit re-renders only
// the components whose slice changed (useSyncExternalStore compares snapshots with Object.is).
import { createContext, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Finding } from '../checks';
import type { Report } from '../report/schema';
import type { AppState, ReportStore } from '../state/store';
import type { Autosave } from '../storage/autosave';
import type { ResolvedTemplate } from '../template/resolve';
import { afterPaint } from './afterPaint';
import { countSelector } from './renderCount';

export interface AppServices {
  store: ReportStore;
  autosave: Autosave;
  /** The browser's storage (null where it is switched off), for the list of recent reports. */
  storage: Storage | null;
  /** A stored report read against the template, or null when it cannot be. */
  readReport(data: unknown): Report | null;
  currentYear: number;
}

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('ServicesContext is missing');
  return services;
}

/** A slice of the state. The selector must return a primitive or an object kept by the store. */
export function useAppState<T>(selector: (s: AppState) => T): T {
  const { store } = useServices();
  return useSyncExternalStore(store.subscribe, () => {
    countSelector();
    return selector(store.getState());
  });
}

/** The open report's edition of the format, resolved (it changes only when the report's edition does). */
export function useResolved(): ResolvedTemplate {
  return useAppState((s) => s.resolved);
}

/**
 * A value of an external source, read after the frame of the change that woke it is painted: for views that
 * summarise (finding lists, step badges, the save indicator), so that they never delay the cell being typed
 * in and its totals. `read` must return a primitive or an object kept by the source.
 */
export function useAfterPaint<T>(subscribe: (listener: () => void) => () => void, read: () => T): T {
  const [value, setValue] = useState(read);
  const latest = useRef(read);
  useEffect(() => {
    latest.current = read;
  });
  useEffect(() => {
    let cancel: (() => void) | null = null;
    const update = () => {
      cancel = null;
      const next = latest.current();
      setValue((prev) => (Object.is(prev, next) ? prev : next));
    };
    const unsubscribe = subscribe(() => {
      cancel ??= afterPaint(update);
    });
    update(); // a change between the first render and this subscription
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [subscribe]);
  return value;
}

/** A slice of the app state, read after paint (see useAfterPaint). */
export function useDeferredAppState<T>(selector: (s: AppState) => T): T {
  const { store } = useServices();
  return useAfterPaint(store.subscribe, () => {
    countSelector();
    return selector(store.getState());
  });
}

/** The findings that pass `keep`; re-renders only when their ids or messages change. */
export function useFindings(keep: (f: Finding) => boolean): Finding[] {
  const { store } = useServices();
  const key = useDeferredAppState((s) =>
    s.checks.findings
      .filter(keep)
      .map((f) => `${f.id}\u0000${f.message}`)
      .join('\u0001'),
  );
  // The list is read again only when its key changed; `keep` is a fresh closure on every render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => store.getState().checks.findings.filter(keep), [key, store]);
}
