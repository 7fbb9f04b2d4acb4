// One polite line above a table saying which typed text was refused when the clerk left its cell and what
// was put back. Not a message pinned under the cell: that would cover the cell below and take its click.
// A tiny store of its own, so that telling it re-renders this line and not the table.
import { useMemo, useSyncExternalStore } from 'react';

export interface NoticeChannel {
  tell(message: string): void;
  subscribe(listener: () => void): () => void;
  current(): string;
}

export function useNoticeChannel(): NoticeChannel {
  return useMemo(() => {
    let message = '';
    const listeners = new Set<() => void>();
    return {
      tell(next) {
        message = next;
        listeners.forEach((l) => l());
      },
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      current: () => message,
    };
  }, []);
}

export function RestoredNotice({ channel }: { channel: NoticeChannel }) {
  const message = useSyncExternalStore(channel.subscribe, channel.current);
  // The live region is always there (empty), so that screen readers announce what appears in it.
  return (
    <p className={message ? 'cell-restored-notice' : 'visually-hidden'} role="status">
      {message}
    </p>
  );
}
