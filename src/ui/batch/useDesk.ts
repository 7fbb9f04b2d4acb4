// The desk's memory in the browser (IndexedDB, src/batch/desk/db.ts): the batch open now, its files as read, each
// report's state and remarks, and the batches before it (最近的批次). When the browser refuses to store, the reviewer
// is told once and the desk goes on in the page alone, keeping nothing across a reload.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { openDesk, type BatchSummary, type Desk, type DeskLoad } from '../../batch/desk/db';
import { deskError, DeskStorageError } from '../../batch/desk/errors';
import { storedItem, type ReviewState } from '../../batch/desk/record';
import type { BatchItem } from '../../batch/types';

const fallback = (e: unknown) => (e instanceof DeskStorageError ? e : deskError(e, 'write'));

/** A batch's name: when it was started, as the reviewer will look for it in 最近的批次. */
const batchName = (at: Date) => `${at.toLocaleString('zh-CN', { dateStyle: 'medium', timeStyle: 'short' })} 开始的一批`;

export interface DeskMemory {
  /** What the browser's storage said, once; null while it works. */
  notice: string | null;
  /** The batch open at the last visit (null when none), once the desk has looked. */
  restore(): Promise<DeskLoad | null>;
  save(items: readonly { item: BatchItem; order: number; state: ReviewState }[]): void;
  saveState(id: string, state: ReviewState): void;
  /** The next files start a new batch; the one before stays under 最近的批次. */
  startNew(): void;
  open(batchId: string): Promise<DeskLoad | null>;
  list(): Promise<BatchSummary[]>;
  currentId: string | null;
}

export function useDesk(): DeskMemory {
  const [notice, setNotice] = useState<string | null>(null);
  const desk = useRef<Promise<Desk | null> | null>(null);
  const batch = useRef<Promise<string | null> | null>(null);
  const [currentId, setCurrentId] = useState<string | null>(null);

  // told once: after the first refusal the desk stops writing and works in the page alone
  const refuse = useCallback((e: unknown) => {
    setNotice((prev) => prev ?? fallback(e).message);
    desk.current = Promise.resolve(null);
  }, []);
  const deskNow = useCallback(
    () => (desk.current ??= openDesk(undefined, { onLost: refuse }).catch((e: unknown) => (refuse(e), null))),
    [refuse],
  );
  useEffect(() => {
    void deskNow();
    return () => void desk.current?.then((d) => d?.close());
  }, [deskNow]);

  /** The batch files are saved into: made on the first file of a new batch. */
  const batchNow = useCallback(
    () =>
      (batch.current ??= deskNow().then(async (d) => {
        if (!d) return null;
        try {
          const made = await d.createBatch(batchName(new Date()));
          await d.setCurrentBatch(made.id);
          setCurrentId(made.id);
          return made.id;
        } catch (e) {
          refuse(e);
          return null;
        }
      })),
    [deskNow, refuse],
  );

  const write = useCallback(
    (run: (d: Desk, batchId: string) => Promise<void>) =>
      void Promise.all([deskNow(), batchNow()]).then(async ([d, id]) => {
        if (!d || !id) return;
        await run(d, id).catch(refuse);
      }),
    [deskNow, batchNow, refuse],
  );

  const load = useCallback(
    async (id: string | null) => {
      const d = await deskNow();
      if (!d || !id) return null;
      try {
        const loaded = await d.load(id);
        if (!loaded) return null;
        batch.current = Promise.resolve(loaded.batch.id);
        setCurrentId(loaded.batch.id);
        await d.setCurrentBatch(loaded.batch.id);
        return loaded;
      } catch (e) {
        refuse(e);
        return null;
      }
    },
    [deskNow, refuse],
  );

  const restore = useCallback(
    async () => load(await deskNow().then((d) => d?.currentBatchId().catch((e: unknown) => (refuse(e), null)) ?? null)),
    [deskNow, load, refuse],
  );
  const list = useCallback(
    async () => (await deskNow())?.batches().catch((e: unknown) => (refuse(e), [])) ?? [],
    [deskNow, refuse],
  );
  const save = useCallback(
    (items: Parameters<DeskMemory['save']>[0]) =>
      write((d, id) =>
        d.putItems(
          id,
          items.map((i) => storedItem(id, i.item, i.order, i.state)),
        ),
      ),
    [write],
  );
  const saveState = useCallback(
    (itemId: string, state: ReviewState) => write((d, id) => d.setState(id, itemId, state)),
    [write],
  );
  const startNew = useCallback(() => {
    batch.current = null;
    setCurrentId(null);
    void deskNow().then((d) => d?.setCurrentBatch(null).catch(refuse));
  }, [deskNow, refuse]);
  return useMemo(
    () => ({ notice, currentId, restore, open: load, list, save, saveState, startNew }),
    [notice, currentId, restore, load, list, save, saveState, startNew],
  );
}
