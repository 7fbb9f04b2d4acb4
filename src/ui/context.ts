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
 * A slice of the state for views that summarise the whole report (finding lists, step badges): read after
 * the edit's frame is painted, so that they never delay the cell being typed in and its totals.
 * The selector must return a primitive or an object kept by the store.
 */
export function useDeferredAppState<T>(selector: (s: AppState) => T): T {
  const { store } = useServices();
  const [value, setValue] = useState(() => selector(store.getState()));
  const latest = useRef(selector);
  useEffect(() => {
    latest.current = selector;
  });
  useEffect(() => {
    let cancel: (() => void) | null = null;
    const read = () => {
      cancel = null;
      countSelector();
      const next = latest.current(store.getState());
      setValue((prev) => (Object.is(prev, next) ? prev : next));
    };
    const unsubscribe = store.subscribe(() => {
      cancel ??= afterPaint(read);
    });
    read(); // a change between the first render and this subscription
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [store]);
  return value;
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
