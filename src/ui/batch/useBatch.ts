// The batch's state in the page: the items read so far, each report's review state, the progress, and the one
// runner that reads the queue a few files at a time (files added while it runs join the queue). What is read, the
// remarks and the states are kept in the browser (useDesk.ts) and come back at the next visit.
import { startTransition, useCallback, useMemo, useRef, useState } from 'react';
import { batchRows, withStates } from '../../batch/batch';
import type { DeskLoad } from '../../batch/desk/db';
import type { ReviewState } from '../../batch/desk/record';
import { readQueue, type QueuedFile } from '../../batch/queue';
import type { BatchItem } from '../../batch/types';
import type { Report } from '../../report/schema';
import { useServices } from '../context';
import { batchReader, yieldToPage } from './readers';
import { useDesk } from './useDesk';

const FLUSH_MS = 400;
/** Files read at once: the reader thread always has the next file while the page takes in the last one. */
const LANES = 3;

const openRemarks = (report: Report) => report.comments.filter((c) => !c.replyTo && !c.resolved).length;

export function useBatch() {
  const { currentYear } = useServices();
  const memory = useDesk();
  const [items, setItems] = useState<BatchItem[]>([]);
  const [states, setStates] = useState<ReadonlyMap<string, ReviewState>>(new Map());
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [restoring, setRestoring] = useState(true);
  const [setAside, setSetAside] = useState<DeskLoad['setAside']>([]);
  const queue = useRef<QueuedFile[]>([]);
  const running = useRef(false);
  // rows read but not yet in the table: the table is rebuilt at most every FLUSH_MS, not after every file
  const pending = useRef<BatchItem[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // files are read a few at once and finish in any order: the table keeps the order they were given in
  const position = useRef(new Map<string, number>());
  const statesNow = useRef(states);
  statesNow.current = states;

  /**
   * A stored batch in place of what is shown (最近的批次, 新的一批: only while nothing is being read), or, at the
   * start (`before`), ahead of the files the reviewer gave while it was being fetched, which wait for it.
   */
  const show = useCallback((loaded: DeskLoad | null, before = false) => {
    const stored = loaded?.items ?? [];
    const waiting = before ? [...position.current.keys()] : [];
    position.current = new Map(stored.map((s) => [s.id, s.order]));
    const next = stored.reduce((n, s) => Math.max(n, s.order + 1), 0);
    waiting.forEach((id, i) => position.current.set(id, next + i));
    setItems(stored.map((s) => s.item));
    setStates(new Map(stored.map((s) => [s.id, s.state])));
    setSetAside(loaded?.setAside ?? []);
    setProgress((p) =>
      before
        ? { done: p.done + stored.length, total: p.total + stored.length }
        : { done: stored.length, total: stored.length },
    );
  }, []);
  // the batch of the last visit, before any file of this one is read (run waits for it)
  const restored = useRef<Promise<void> | null>(null);
  if (!restored.current)
    restored.current = memory.restore().then((loaded) => {
      show(loaded, true);
      setRestoring(false);
    });

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const read = pending.current.splice(0);
    if (!read.length) return;
    const at = (item: BatchItem) => position.current.get(item.id) ?? 0;
    memory.save(read.map((item) => ({ item, order: at(item), state: statesNow.current.get(item.id) ?? '待审' })));
    // a transition: React renders the grown table in slices, and the page keeps taking input meanwhile
    startTransition(() => setItems((prev) => [...prev, ...read].sort((a, b) => at(a) - at(b))));
  }, [memory]);
  const read = useMemo(() => batchReader(currentYear), [currentYear]);

  const run = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      await restored.current;
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

  const setState = useCallback(
    (id: string, state: ReviewState) => {
      setStates((prev) => new Map(prev).set(id, state));
      memory.saveState(id, state);
    },
    [memory],
  );

  /** A report changed in review (a remark written): kept at once, and a report still 待审 that has remarks now is 已批注. */
  const itemsNow = useRef(items);
  itemsNow.current = items;
  const update = useCallback(
    (id: string, report: Report) => {
      const item = itemsNow.current.find((i) => i.id === id);
      if (!item?.ok || item.report === report) return;
      const next: BatchItem = { ...item, report };
      itemsNow.current = itemsNow.current.map((i) => (i.id === id ? next : i));
      setItems(itemsNow.current);
      const state =
        (statesNow.current.get(id) ?? '待审') === '待审' && openRemarks(report) > openRemarks(item.report)
          ? '已批注'
          : (statesNow.current.get(id) ?? '待审');
      if (state !== (statesNow.current.get(id) ?? '待审')) {
        statesNow.current = new Map(statesNow.current).set(id, state);
        setStates(statesNow.current);
      }
      memory.save([{ item: next, order: position.current.get(id) ?? 0, state }]);
    },
    [memory],
  );

  const busy = progress.done < progress.total || items.length < progress.done;
  /** 新的一批: an empty desk; the batch before stays under 最近的批次. */
  const startNew = useCallback(() => {
    memory.startNew();
    show(null);
  }, [memory, show]);
  const open = useCallback(async (batchId: string) => show(await memory.open(batchId)), [memory, show]);

  const base = useMemo(() => batchRows(items), [items]);
  const rows = useMemo(() => withStates(base, states), [base, states]);
  // done only when every file read is also in the table (rows join it in a transition, after the count)
  return { rows, progress, add, update, setState, busy, restoring, setAside, startNew, open, memory };
}
