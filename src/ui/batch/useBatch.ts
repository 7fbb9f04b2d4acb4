// The batch's state in the page: the items read so far, the progress, and the one runner that reads the
// queue a few files at a time (files added while it runs join the queue).
import { startTransition, useCallback, useMemo, useRef, useState } from 'react';
import { batchRows } from '../../batch/batch';
import { readQueue, type QueuedFile } from '../../batch/queue';
import type { BatchItem } from '../../batch/types';
import type { Report } from '../../report/schema';
import { useServices } from '../context';
import { batchReader, yieldToPage } from './readers';

const FLUSH_MS = 400;
/** Files read at once: the reader thread always has the next file while the page takes in the last one. */
const LANES = 3;

export function useBatch() {
  const { currentYear } = useServices();
  const [items, setItems] = useState<BatchItem[]>([]);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const queue = useRef<QueuedFile[]>([]);
  const running = useRef(false);
  // rows read but not yet in the table: the table is rebuilt at most every FLUSH_MS, not after every file
  const pending = useRef<BatchItem[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // files are read a few at once and finish in any order: the table keeps the order they were given in
  const position = useRef(new Map<string, number>());
  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const read = pending.current.splice(0);
    const at = (item: BatchItem) => position.current.get(item.id) ?? 0;
    // a transition: React renders the grown table in slices, and the page keeps taking input meanwhile
    if (read.length) startTransition(() => setItems((prev) => [...prev, ...read].sort((a, b) => at(a) - at(b))));
  }, []);
  const read = useMemo(() => batchReader(currentYear), [currentYear]);

  const run = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      while (queue.current.length > 0) {
        const files = queue.current.splice(0);
        await readQueue(files, {
          read,
          yieldToPage,
          concurrency: LANES,
          onItem: (item) => {
            pending.current.push(item);
            timer.current ??= setTimeout(flush, FLUSH_MS);
            setProgress((p) => ({ ...p, done: p.done + 1 }));
          },
        });
      }
    } finally {
      running.current = false;
      flush();
    }
  }, [read, flush]);

  const add = useCallback(
    (files: QueuedFile[]) => {
      if (files.length === 0) return;
      for (const f of files) position.current.set(f.id, position.current.size);
      queue.current.push(...files);
      setProgress((p) => ({ done: p.done, total: p.total + files.length }));
      void run();
    },
    [run],
  );

  /** A report changed in review (remarks written): the batch keeps the new version. */
  const update = useCallback((id: string, report: Report) => {
    setItems((prev) => prev.map((i) => (i.id === id && i.ok ? { ...i, report } : i)));
  }, []);

  const rows = useMemo(() => batchRows(items), [items]);
  // done only when every file read is also in the table (rows join it in a transition, after the count)
  return { rows, progress, add, update, busy: progress.done < progress.total || items.length < progress.done };
}
