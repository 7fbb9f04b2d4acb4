// The desk's database itself: its object stores (DESK_DB_VERSION), their keys and values as written, and how it is
// opened on a given IndexedDB factory — a browser that refuses storage, or another tab holding an older version,
// is said as a DeskStorageError, never waited for.
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DESK_MESSAGES, DeskStorageError, deskError } from './errors';
import type { StoredBatch, StoredItem } from './record';

export const DESK_DB_NAME = 'xxgk-nianbao-desk';
/** 1: batches, items, setAside, meta. */
export const DESK_DB_VERSION = 1;

export type ItemKey = [batchId: string, id: string];
export type SetAsideKey = [batchId: string, store: SetAsideStore, id: string, at: string];
export type SetAsideStore = 'items' | 'batches';

export interface SetAsideRecord {
  batchId: string;
  store: SetAsideStore;
  id: string;
  /** The record as it was found, whole. */
  raw: unknown;
  why: string;
  at: string;
}

// Values are typed as written; what is read back is treated as unknown until it passes record.ts.
interface DeskSchema extends DBSchema {
  batches: { key: string; value: StoredBatch };
  items: { key: ItemKey; value: StoredItem };
  setAside: { key: SetAsideKey; value: SetAsideRecord };
  meta: { key: string; value: string };
}

export type Db = IDBPDatabase<DeskSchema>;
export type Stores = StoreNames<DeskSchema>;
export type Tx<S extends Stores[], M extends IDBTransactionMode> = IDBPTransaction<DeskSchema, S, M>;

function upgrade(db: Db, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore('batches', { keyPath: 'id' });
    // No index by batchId: the key starts with it, so a key range finds a batch's items in key order, and
    // finds those whose value is damaged too (an index on the value's batchId would miss them).
    db.createObjectStore('items', { keyPath: ['batchId', 'id'] });
    db.createObjectStore('setAside');
    db.createObjectStore('meta');
  }
}

/**
 * idb's openDB opens through the global indexedDB only; the desk takes its factory (tests, a browser that
 * refuses), so it does what openDB does, through idb's wrap, on that factory.
 */
export function openDatabase(factory: IDBFactory | undefined, name: string): Promise<Db> {
  let request: IDBOpenDBRequest;
  try {
    if (!factory) throw new DOMException('indexedDB is not available', 'SecurityError');
    request = factory.open(name, DESK_DB_VERSION);
  } catch (e) {
    // a browser that throws here refuses storage altogether (an opaque origin, storage disabled)
    const error = deskError(e, 'open');
    return Promise.reject(
      error.kind === 'quota' ? error : new DeskStorageError('refused', DESK_MESSAGES.refused('open'), error.detail),
    );
  }
  request.addEventListener('upgradeneeded', (event) => {
    upgrade(wrap(request.result) as unknown as Db, event.oldVersion);
  });
  const opened = wrap(request) as unknown as Promise<Db>;
  return new Promise<Db>((resolve, reject) => {
    let settled = false;
    // Another tab holds the database at an older version and does not let go: the desk does not wait for it.
    request.addEventListener('blocked', () => {
      if (settled) return;
      settled = true;
      reject(new DeskStorageError('blocked', DESK_MESSAGES.blockedAtOpen, 'blocked'));
    });
    opened.then(
      (db) => {
        if (settled)
          db.close(); // opened after all, once the page had been told it would not
        else resolve(db);
        settled = true;
      },
      (e: unknown) => {
        if (!settled) reject(deskError(e, 'open'));
        settled = true;
      },
    );
  });
}
