// A view built as a script of its own, loaded on first use: its API once loaded, or why it could not be.
import { useEffect, useState } from 'react';

export type Loaded<T> = { api: T } | { error: string } | null;

/** `load` must be the same function on every render (a module's loader). */
export function useLoadedScript<T>(load: () => Promise<T>): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>(null);
  useEffect(() => {
    load().then(
      (api) => setLoaded({ api }),
      (e: Error) => setLoaded({ error: e.message }),
    );
  }, [load]);
  return loaded;
}
