// One store subscription per table, not several per cell: the store says which cells an edit changed
// (value, total, findings or remarks), and only those cells' views wake up; each then reads its own slice.
import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useServices } from '../context';

export interface CellChannel {
  subscribe(path: string, listener: () => void): () => void;
  version(path: string): number;
  notify(paths: ReadonlySet<string>): void;
}

function createCellChannel(): CellChannel {
  const listeners = new Map<string, () => void>();
  const versions = new Map<string, number>();
  return {
    subscribe(path, listener) {
      listeners.set(path, listener);
      return () => {
        if (listeners.get(path) === listener) listeners.delete(path);
      };
    },
    version: (path) => versions.get(path) ?? 0,
    notify(paths) {
      // Every changed path gets a new version, heard or not: a cell that subscribes late still sees it.
      for (const p of paths) versions.set(p, (versions.get(p) ?? 0) + 1);
      for (const p of paths) listeners.get(p)?.();
    },
  };
}

export const CellChannelContext = createContext<CellChannel | null>(null);

/** The table's channel, fed by its one subscription to the store. */
export function useTableChannel(): CellChannel {
  const { store } = useServices();
  const channel = useMemo(createCellChannel, []);
  useEffect(() => store.subscribeCells(channel.notify), [store, channel]);
  return channel;
}

/** Re-renders the calling cell when, and only when, the store says this cell changed. Returns how many times it did. */
export function useCellChanges(path: string): number {
  const channel = useContext(CellChannelContext);
  if (!channel) throw new Error('CellChannelContext is missing');
  const subscribe = useCallback((listener: () => void) => channel.subscribe(path, listener), [channel, path]);
  return useSyncExternalStore(subscribe, () => channel.version(path));
}
