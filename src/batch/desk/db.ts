// The reviewer's desk kept in the browser (IndexedDB, through idb): the batches, each report of a batch
// with its findings and state, the records that did not read (set aside, never deleted), and which batch
// was open. Every failure is a DeskStorageError saying in Chinese what the desk does now.
//
// The database's own version (DB_VERSION) is its object stores; the records carry their format's version
// (record.ts), brought up to date on reading. A database of a newer app is refused, never opened.
import { DESK_MESSAGES, DeskStorageError, deskError, type DeskPhase } from './errors';
import { DESK_DB_NAME, openDatabase, type Db, type ItemKey, type SetAsideStore, type Stores, type Tx } from './open';
import {
  DESK_FORMAT_VERSION,
  REVIEW_STATES,
  batchProblem,
  itemProblem,
  migrateItem,
  type ReviewState,
  type StoredBatch,
  type StoredItem,
} from './record';

export { DeskStorageError } from './errors';
export { DESK_DB_NAME, DESK_DB_VERSION } from './open';

const CURRENT_BATCH = 'currentBatch';

export interface BatchSummary extends StoredBatch {
  /** Records stored for the batch, set-aside ones not counted. */
  itemCount: number;
}

/** A record of the batch that is not shown: where it was, why, when it was found, and its file if that can be told. */
export interface SetAsideEntry {
  /** The item's id, or the batch's id for its own record (`store: 'batches'`). */
  key: string;
  store: SetAsideStore;
  why: string;
  at: string;
  fileName?: string;
}

export interface DeskLoad {
  batch: StoredBatch;
  /** By `order`. */
  items: StoredItem[];
  setAside: SetAsideEntry[];
}

export interface Desk {
  /** Newest first (by creation). */
  batches(): Promise<BatchSummary[]>;
  /** A new, empty batch; it does not become the current one (setCurrentBatch). */
  createBatch(name: string): Promise<StoredBatch>;
  /** The batch open at the last visit, if it is still stored. */
  currentBatchId(): Promise<string | null>;
  setCurrentBatch(id: string | null): Promise<void>;
  /** The batch with its items, or null when it is not stored (deleted, maybe in another tab). */
  load(batchId: string): Promise<DeskLoad | null>;
  /** Adds or replaces items of the batch, all or none. */
  putItems(batchId: string, items: readonly StoredItem[]): Promise<void>;
  putItem(item: StoredItem): Promise<void>;
  setState(batchId: string, itemId: string, state: ReviewState): Promise<void>;
  /** The batch, its items and its set-aside records. */
  deleteBatch(id: string): Promise<void>;
  close(): Promise<void>;
}

export interface DeskOptions {
  /** The database's name (tests). */
  name?: string;
  now?: () => Date;
  /**
   * The connection was taken away after opening (a newer app's tab needs the database, or the browser
   * dropped it): every later call throws this error. Told once, so that the page can say so at once.
   */
  onLost?: (error: DeskStorageError) => void;
}

/** Opens (and on first use creates) the desk's database. Throws DeskStorageError. */
export async function openDesk(factory: IDBFactory = globalThis.indexedDB, options: DeskOptions = {}): Promise<Desk> {
  const db = await openDatabase(factory, options.name ?? DESK_DB_NAME);
  return createDesk(db, options);
}

/**
 * The requests of one step of a transaction, placed at once: one the browser refuses on the spot (a value it
 * cannot copy, storage full) rejects like the others instead of throwing past them, leaving none unhandled.
 */
function requests<T extends unknown[]>(...make: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  return Promise.all(make.map(async (request) => request())) as Promise<T>;
}

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** Every key of a batch's records: arrays sort after strings, so [id, []] is above any [id, 'x', …]. */
const batchRange = (batchId: string) => IDBKeyRange.bound([batchId], [batchId, []]);

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/** A stored batch record, or one made from its key when it does not read (the raw record then goes aside). */
function readBatch(raw: unknown, id: string): { batch: StoredBatch; why: string | null } {
  const why = batchProblem(raw) ?? ((raw as StoredBatch).id === id ? null : `id：应为 ${id}`);
  if (why === null) return { batch: raw as StoredBatch, why };
  const name = isObject(raw) && typeof raw.name === 'string' ? raw.name : '（名称无法读取）';
  return { batch: { id, name, createdAt: '', updatedAt: '', version: DESK_FORMAT_VERSION }, why };
}

const newestFirst = (a: StoredBatch, b: StoredBatch) =>
  a.createdAt !== b.createdAt
    ? a.createdAt < b.createdAt
      ? 1
      : -1
    : a.updatedAt < b.updatedAt
      ? 1
      : a.updatedAt > b.updatedAt
        ? -1
        : 0;

const byOrder = (a: StoredItem, b: StoredItem) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

interface Failed {
  id: string;
  why: string;
  /** A record of a newer app stays where it is: that app still reads it. */
  move: boolean;
  fileName?: string;
}

const entryOf = (f: Failed, at: string): SetAsideEntry => ({
  key: f.id,
  store: 'items',
  why: f.why,
  at,
  ...(f.fileName ? { fileName: f.fileName } : {}),
});

function readItems(keys: ItemKey[], values: unknown[]): { items: StoredItem[]; failed: Failed[] } {
  const items: StoredItem[] = [];
  const failed: Failed[] = [];
  values.forEach((raw, i) => {
    const read = migrateItem(raw);
    if (read.ok) items.push(read.item);
    else failed.push({ id: keys[i][1], why: read.why, move: !read.newer, ...fileNameOf(raw) });
  });
  return { items: items.sort(byOrder), failed };
}

function createDesk(db: Db, options: DeskOptions): Desk {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  let lost: DeskStorageError | null = null;
  const lose = (error: DeskStorageError) => {
    if (lost) return;
    lost = error;
    options.onLost?.(error);
  };
  // a newer app's tab needs the database: this tab lets go at once rather than block it
  db.addEventListener('versionchange', () => {
    db.close();
    lose(new DeskStorageError('blocked', DESK_MESSAGES.yielded, 'versionchange'));
  });
  db.addEventListener('close', () => lose(new DeskStorageError('other', DESK_MESSAGES.terminated, 'close')));

  /** One transaction: its body, then its commit; a failure aborts it (nothing half written) and is told. */
  async function run<S extends Stores[], M extends IDBTransactionMode, T>(
    phase: DeskPhase,
    stores: S,
    mode: M,
    body: (tx: Tx<S, M>) => Promise<T>,
  ): Promise<T> {
    if (lost) throw lost;
    let tx: Tx<S, M>;
    try {
      tx = db.transaction(stores, mode);
    } catch (e) {
      throw deskError(e, phase);
    }
    const done = tx.done;
    done.catch(() => {}); // awaited below; a body that fails first must not leave it unhandled
    try {
      const result = await body(tx);
      await done;
      return result;
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // already finished or aborted by the browser
      }
      if (e instanceof DeskStorageError) throw e;
      // the browser aborts a transaction with its reason (quota) and rejects the requests with a bare AbortError
      throw deskError(transactionError(tx) ?? e, phase);
    }
  }

  /** The batch's updatedAt moves with each write of it; a batch deleted meanwhile stops the write. */
  async function touch(tx: Tx<('batches' | 'items')[], 'readwrite'>, batchId: string) {
    const raw: unknown = await tx.objectStore('batches').get(batchId);
    if (raw === undefined) throw new DeskStorageError('other', DESK_MESSAGES.batchGone, `no batch ${batchId}`);
    // a damaged batch record is left for load() to set aside, not written over here
    if (batchProblem(raw) === null) await tx.objectStore('batches').put({ ...(raw as StoredBatch), updatedAt: now() });
  }

  async function putItems(batchId: string, items: readonly StoredItem[]) {
    const records = items.map((item) => ({ ...item, batchId }));
    for (const record of records) {
      // nothing is written that the next load would set aside
      const why = itemProblem(record);
      if (why) throw new DeskStorageError('other', DESK_MESSAGES.invalid, `${record.id}: ${why}`);
    }
    await run('write', ['batches', 'items'], 'readwrite', async (tx) => {
      const store = tx.objectStore('items');
      await requests(() => touch(tx, batchId), ...records.map((r) => () => store.put(r)));
    });
  }

  /** Moves the records that did not read to setAside; best effort: left in place, they are listed all the same. */
  async function setAside(batchId: string, failed: Failed[], batch: { raw: unknown } | null, at: string) {
    const moving = failed.filter((f) => f.move);
    if (moving.length === 0 && !batch) return;
    try {
      await run('write', ['batches', 'items', 'setAside'], 'readwrite', async (tx) => {
        const aside = tx.objectStore('setAside');
        for (const f of moving) {
          // read again: another tab may have written a good record since
          const raw: unknown = await tx.objectStore('items').get([batchId, f.id]);
          if (raw === undefined || migrateItem(raw).ok) continue;
          await aside.put({ batchId, store: 'items', id: f.id, raw, why: f.why, at }, [batchId, 'items', f.id, at]);
          await tx.objectStore('items').delete([batchId, f.id]);
        }
        if (batch) {
          const raw: unknown = await tx.objectStore('batches').get(batchId);
          const read = readBatch(raw, batchId);
          if (raw === undefined || read.why === null) return;
          await aside.put({ batchId, store: 'batches', id: batchId, raw, why: read.why, at }, [
            batchId,
            'batches',
            batchId,
            at,
          ]);
          await tx.objectStore('batches').put(read.batch);
        }
      });
    } catch {
      // storage full or gone: the records stay where they were, still not shown, and are moved at a later load
    }
  }

  return {
    async batches() {
      return run('read', ['batches', 'items'], 'readonly', async (tx) => {
        const batches = tx.objectStore('batches');
        const [keys, values] = await requests(
          () => batches.getAllKeys(),
          () => batches.getAll() as Promise<unknown[]>,
        );
        const counts = await requests(...keys.map((id) => () => tx.objectStore('items').count(batchRange(id))));
        return values.map((raw, i) => ({ ...readBatch(raw, keys[i]).batch, itemCount: counts[i] })).sort(newestFirst);
      });
    },

    async createBatch(name) {
      const at = now();
      const batch: StoredBatch = { id: newId(), name, createdAt: at, updatedAt: at, version: DESK_FORMAT_VERSION };
      await run('write', ['batches'], 'readwrite', async (tx) => {
        await tx.objectStore('batches').add(batch);
      });
      return batch;
    },

    async currentBatchId() {
      return run('read', ['meta', 'batches'], 'readonly', async (tx) => {
        const id = await tx.objectStore('meta').get(CURRENT_BATCH);
        if (typeof id !== 'string') return null;
        return (await tx.objectStore('batches').getKey(id)) === undefined ? null : id;
      });
    },

    async setCurrentBatch(id) {
      await run('write', ['meta'], 'readwrite', async (tx) => {
        const meta = tx.objectStore('meta');
        await (id === null ? meta.delete(CURRENT_BATCH) : meta.put(id, CURRENT_BATCH));
      });
    },

    async load(batchId) {
      const stored = await run('read', ['batches', 'items', 'setAside'], 'readonly', async (tx) => {
        const items = tx.objectStore('items');
        const aside = tx.objectStore('setAside');
        const [batch, keys, values, earlier] = await requests(
          () => tx.objectStore('batches').get(batchId) as Promise<unknown>,
          () => items.getAllKeys(batchRange(batchId)),
          () => items.getAll(batchRange(batchId)) as Promise<unknown[]>,
          () => aside.getAll(batchRange(batchId)),
        );
        return { batch, keys, values, earlier };
      });
      if (stored.batch === undefined) return null;
      const at = now();
      const { batch, why } = readBatch(stored.batch, batchId);
      const { items, failed } = readItems(stored.keys, stored.values);
      await setAside(batchId, failed, why === null ? null : { raw: stored.batch }, at);
      const entries: SetAsideEntry[] = [
        ...stored.earlier.map((r) => ({ key: r.id, store: r.store, why: r.why, at: r.at, ...fileNameOf(r.raw) })),
        ...(why === null ? [] : [{ key: batchId, store: 'batches' as const, why, at }]),
        ...failed.map((f) => entryOf(f, at)),
      ];
      return { batch, items, setAside: entries };
    },

    putItems,

    putItem: (item) => putItems(item.batchId, [item]),

    async setState(batchId, itemId, state) {
      if (!(REVIEW_STATES as readonly string[]).includes(state))
        throw new DeskStorageError('other', DESK_MESSAGES.invalid, `state: ${String(state)}`);
      await run('write', ['batches', 'items'], 'readwrite', async (tx) => {
        const read = migrateItem(await tx.objectStore('items').get([batchId, itemId]));
        if (!read.ok) throw new DeskStorageError('other', DESK_MESSAGES.itemGone, `${batchId}/${itemId}: ${read.why}`);
        await requests(
          () => touch(tx, batchId),
          () => tx.objectStore('items').put({ ...read.item, state }),
        );
      });
    },

    async deleteBatch(id) {
      await run('write', ['batches', 'items', 'setAside', 'meta'], 'readwrite', async (tx) => {
        const meta = tx.objectStore('meta');
        const current = await meta.get(CURRENT_BATCH);
        await requests(
          () => tx.objectStore('batches').delete(id),
          () => tx.objectStore('items').delete(batchRange(id)),
          () => tx.objectStore('setAside').delete(batchRange(id)),
          async () => (current === id ? meta.delete(CURRENT_BATCH) : undefined),
        );
      });
    },

    async close() {
      if (!lost) lost = new DeskStorageError('other', DESK_MESSAGES.closed, 'closed');
      db.close();
    },
  };
}

function fileNameOf(raw: unknown): { fileName?: string } {
  return isObject(raw) && typeof raw.fileName === 'string' ? { fileName: raw.fileName } : {};
}

function transactionError(tx: { error: DOMException | null }): DOMException | null {
  try {
    return tx.error;
  } catch {
    return null;
  }
}
