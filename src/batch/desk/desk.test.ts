// The desk's storage on fake-indexeddb: the globals idb needs (IDBRequest…) from /auto, and a fresh
// factory per test, so that no test sees another's database.
import 'fake-indexeddb/auto';
import { IDBFactory, forceCloseDatabase } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { wrap, type IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSeed, YINDU } from '../../../test/seed';
import { failed } from '../read';
import type { BatchItem } from '../types';
import { DESK_DB_NAME, DESK_DB_VERSION, DeskStorageError, openDesk, type Desk, type DeskOptions } from './db';
import { DESK_MESSAGES } from './errors';
import { storedItem, type StoredItem } from './record';

const seed = readSeed(YINDU).report;

const readItem = (id: string, agency = '殷都区人民政府办公室'): BatchItem => ({
  id,
  fileName: `${agency}2024年报.docx`,
  source: 'docx',
  ok: true,
  report: { ...seed, meta: { agency, year: 2024, date: '2025-01-20' } },
  findings: [
    {
      kind: '勾稽不符',
      severity: 'error',
      message: '本年新收申请合计：报告中为12，各项相加为11',
      target: 'tables.requests.new.total',
      printed: 12,
    },
  ],
});
const unreadItem = (id: string) => failed(id, '空白.pdf', 'pdf', '文件是空的（0字节）');

/** A clock a second further at each call: batches created one after the other differ in time. */
function clock() {
  let t = Date.parse('2025-03-01T08:00:00.000Z');
  return () => new Date((t += 1000));
}

let opened: Desk[] = [];
async function open(factory = new IDBFactory(), options: DeskOptions = {}) {
  const desk = await openDesk(factory, { now: clock(), ...options });
  opened.push(desk);
  return { desk, factory };
}
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(opened.map((d) => d.close()));
  opened = [];
});

/** The database as another program would see it: for writing records the desk would never write. */
async function raw(factory: IDBFactory): Promise<IDBPDatabase> {
  return (await wrap(factory.open(DESK_DB_NAME))) as IDBPDatabase;
}

async function rejection(promise: Promise<unknown>): Promise<DeskStorageError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof DeskStorageError) return e;
    throw e;
  }
  throw new Error('resolved');
}

describe('a batch kept across reloads', () => {
  it('gives back each item as it was put: report, findings, printed totals, and a file that was not read', async () => {
    const { desk, factory } = await open();
    const batch = await desk.createBatch('2024年度 各乡镇');
    const items = [storedItem(batch.id, readItem('f1'), 0, '待审'), storedItem(batch.id, unreadItem('f2'), 1)];
    await desk.putItems(batch.id, items);
    await desk.close();

    const again = (await open(factory)).desk;
    const loaded = await again.load(batch.id);
    expect(loaded?.batch).toMatchObject({
      id: batch.id,
      name: '2024年度 各乡镇',
      createdAt: batch.createdAt,
      version: 1,
    });
    expect(loaded?.items).toEqual(items);
    expect(loaded?.setAside).toEqual([]);
    const [first, second] = loaded!.items;
    expect(first.item.ok && first.item.report.tables).toEqual(seed.tables);
    expect(first.item.findings[0]).toMatchObject({ target: 'tables.requests.new.total', printed: 12 });
    expect(second.item).toMatchObject({ ok: false, reason: '文件是空的（0字节）', fileName: '空白.pdf' });
  });

  it('keeps each state and remark set in review, and moves the batch’s updatedAt', async () => {
    const { desk, factory } = await open();
    const batch = await desk.createBatch('甲');
    await desk.putItems(batch.id, [storedItem(batch.id, readItem('f1'), 0), storedItem(batch.id, unreadItem('f2'), 1)]);
    await desk.setState(batch.id, 'f1', '已通过');
    await desk.setState(batch.id, 'f2', '已退回');
    const item = readItem('f1');
    const remark = {
      id: 'c1',
      target: 'meta.agency',
      author: '县政务公开办',
      at: '2025-03-02T09:00:00.000Z',
      text: '机关名称请写全称',
      resolved: false,
    };
    if (item.ok) item.report = { ...item.report, comments: [remark] };
    await desk.putItem(storedItem(batch.id, item, 0, '已批注'));
    await desk.close();

    const loaded = await (await open(factory)).desk.load(batch.id);
    expect(loaded?.items.map((i) => [i.id, i.state])).toEqual([
      ['f1', '已批注'],
      ['f2', '已退回'],
    ]);
    expect(loaded?.items[0].item.ok && loaded.items[0].item.report.comments).toEqual([remark]);
    expect(loaded!.batch.updatedAt > batch.updatedAt).toBe(true);
  });

  it('gives the items in the order they were given, whatever order they were written in', async () => {
    const { desk } = await open();
    const batch = await desk.createBatch('乙');
    const put = (id: string, order: number) => storedItem(batch.id, unreadItem(id), order);
    await desk.putItems(batch.id, [put('z', 2), put('a', 3)]);
    await desk.putItems(batch.id, [put('m', 0), put('b', 1)]);
    expect((await desk.load(batch.id))?.items.map((i) => i.id)).toEqual(['m', 'b', 'z', 'a']);
  });

  it('keeps two batches apart, lists them newest first with their counts, and remembers the current one', async () => {
    const { desk, factory } = await open();
    const older = await desk.createBatch('2023年度');
    const newer = await desk.createBatch('2024年度');
    await desk.putItems(older.id, [storedItem(older.id, readItem('f1'), 0)]);
    await desk.putItems(newer.id, [
      storedItem(newer.id, readItem('f1', '铁炉镇人民政府'), 0),
      storedItem(newer.id, unreadItem('f2'), 1),
    ]);
    expect(await desk.currentBatchId()).toBe(null);
    await desk.setCurrentBatch(older.id);
    await desk.close();

    const again = (await open(factory)).desk;
    expect((await again.batches()).map((b) => [b.name, b.itemCount])).toEqual([
      ['2024年度', 2],
      ['2023年度', 1],
    ]);
    expect(await again.currentBatchId()).toBe(older.id);
    const a = await again.load(older.id);
    const b = await again.load(newer.id);
    expect(a?.items.map((i) => i.item.ok && i.item.report.meta.agency)).toEqual(['殷都区人民政府办公室']);
    expect(b?.items.map((i) => i.item.ok && i.item.report.meta.agency)).toEqual(['铁炉镇人民政府', false]);
  });

  it('deletes a batch with its items, and forgets it as the current one; the other stays', async () => {
    const { desk } = await open();
    const keep = await desk.createBatch('留');
    const gone = await desk.createBatch('删');
    await desk.putItems(keep.id, [storedItem(keep.id, readItem('f1'), 0)]);
    await desk.putItems(gone.id, [storedItem(gone.id, readItem('f1'), 0), storedItem(gone.id, unreadItem('f2'), 1)]);
    await desk.setCurrentBatch(gone.id);
    await desk.deleteBatch(gone.id);
    expect(await desk.load(gone.id)).toBe(null);
    expect(await desk.currentBatchId()).toBe(null);
    expect((await desk.batches()).map((b) => [b.id, b.itemCount])).toEqual([[keep.id, 1]]);
    expect((await desk.load(keep.id))?.items.map((i) => i.id)).toEqual(['f1']);
  });

  it('puts and loads 1,000 full reports in one go', async () => {
    const { desk } = await open();
    const batch = await desk.createBatch('全县');
    const items = Array.from({ length: 1000 }, (_, i) =>
      storedItem(batch.id, readItem(`f${i}`, `第${i}个乡镇人民政府`), i),
    );
    await desk.putItems(batch.id, items);
    const loaded = await desk.load(batch.id);
    expect(loaded?.items.length).toBe(1000);
    expect(loaded?.items[999].item.ok && loaded.items[999].item.report.meta.agency).toBe('第999个乡镇人民政府');
    expect(loaded?.items.map((i) => i.order)).toEqual(items.map((i) => i.order));
    expect((await desk.batches())[0].itemCount).toBe(1000);
  }, 60_000);
});

describe('records that do not read are set aside, never lost', () => {
  it('shows the others, lists the damaged ones, and keeps them whole in setAside', async () => {
    const { desk, factory } = await open();
    const batch = await desk.createBatch('丙');
    await desk.putItems(batch.id, [storedItem(batch.id, readItem('f1'), 0), storedItem(batch.id, unreadItem('f2'), 1)]);
    const db = await raw(factory);
    const junk = { batchId: batch.id, id: 'junk', order: 'x', item: '乱码' };
    const badState = { ...storedItem(batch.id, readItem('f3', '柏庄镇人民政府'), 2), state: '已归档' };
    await db.put('items', junk);
    await db.put('items', badState);
    db.close();

    const loaded = await desk.load(batch.id);
    expect(loaded?.items.map((i) => i.id)).toEqual(['f1', 'f2']);
    expect(loaded?.setAside).toEqual([
      {
        key: 'f3',
        store: 'items',
        why: 'state：应为 待审、已批注、已退回、已通过 之一，记录中为 "已归档"',
        at: '2025-03-01T08:00:03.000Z',
        fileName: '柏庄镇人民政府2024年报.docx',
      },
      { key: 'junk', store: 'items', why: 'version：应为正整数，记录中为 缺失', at: '2025-03-01T08:00:03.000Z' },
    ]);

    // moved: out of the items, whole in setAside, and still listed at the next load
    const after = await raw(factory);
    expect(await after.getAllKeys('items')).toEqual([
      [batch.id, 'f1'],
      [batch.id, 'f2'],
    ]);
    const aside = await after.getAll('setAside');
    after.close();
    expect(aside.map((r) => [r.id, r.raw])).toEqual([
      ['f3', badState],
      ['junk', junk],
    ]);
    const next = await desk.load(batch.id);
    expect(next?.items.map((i) => i.id)).toEqual(['f1', 'f2']);
    expect(next?.setAside.map((s) => s.key)).toEqual(['f3', 'junk']);
    expect((await desk.batches())[0].itemCount).toBe(2);
  });

  it('leaves a record of a newer app where it is, not shown, and says why', async () => {
    const { desk, factory } = await open();
    const batch = await desk.createBatch('丁');
    await desk.putItems(batch.id, [storedItem(batch.id, readItem('f1'), 0)]);
    const db = await raw(factory);
    await db.put('items', { ...storedItem(batch.id, unreadItem('f2'), 1), version: 2 });
    db.close();
    const loaded = await desk.load(batch.id);
    expect(loaded?.items.map((i) => i.id)).toEqual(['f1']);
    expect(loaded?.setAside).toMatchObject([
      { key: 'f2', why: '由更新版本的年报助手保存（记录格式第2版，本页只认识到第1版）' },
    ]);
    const after = await raw(factory);
    expect(await after.count('items')).toBe(2);
    expect(await after.count('setAside')).toBe(0);
    after.close();
  });

  it('a batch record that does not read: its items still show, under a name that says so', async () => {
    const { desk, factory } = await open();
    const batch = await desk.createBatch('戊');
    await desk.putItems(batch.id, [storedItem(batch.id, readItem('f1'), 0)]);
    const db = await raw(factory);
    await db.put('batches', { id: batch.id, name: 42 });
    db.close();
    const loaded = await desk.load(batch.id);
    expect(loaded?.batch).toEqual({ id: batch.id, name: '（名称无法读取）', createdAt: '', updatedAt: '', version: 1 });
    expect(loaded?.items.map((i) => i.id)).toEqual(['f1']);
    expect(loaded?.setAside).toMatchObject([{ key: batch.id, store: 'batches', why: 'name：应为文字，记录中为 42' }]);
    // the repaired record is stored, so that writes to the batch go on
    await desk.setState(batch.id, 'f1', '已通过');
    expect((await desk.load(batch.id))?.items[0].state).toBe('已通过');
  });

  it('reads a version-1 record written by the app of that version', async () => {
    const { desk, factory } = await open();
    const fixture = JSON.parse(
      readFileSync(resolve(import.meta.dirname, 'fixtures/items-v1.json'), 'utf8'),
    ) as StoredItem[];
    const db = await raw(factory);
    await db.put('batches', {
      id: 'batch-2024',
      name: '2024年度',
      createdAt: '2025-02-01T08:00:00.000Z',
      updatedAt: '2025-02-01T09:00:00.000Z',
      version: 1,
    });
    for (const record of fixture) await db.put('items', record);
    db.close();
    const loaded = await desk.load('batch-2024');
    expect(loaded?.items).toEqual(fixture);
    expect(loaded?.items.map((i) => i.state)).toEqual(['已批注', '已退回']);
    expect(loaded?.setAside).toEqual([]);
  });
});

describe('writes that are refused', () => {
  it('refuses a record the next load would set aside, writing nothing', async () => {
    const { desk } = await open();
    const batch = await desk.createBatch('己');
    const bad = { ...storedItem(batch.id, readItem('f2'), 1), state: '已归档' } as unknown as StoredItem;
    const error = await rejection(desk.putItems(batch.id, [storedItem(batch.id, readItem('f1'), 0), bad]));
    expect(error).toMatchObject({ kind: 'other', message: DESK_MESSAGES.invalid });
    expect(error.detail).toContain('f2: state：');
    expect((await desk.load(batch.id))?.items).toEqual([]);
  });

  it('a batch deleted meanwhile (another tab) stops the write', async () => {
    const { desk } = await open();
    const batch = await desk.createBatch('庚');
    await desk.deleteBatch(batch.id);
    const error = await rejection(desk.putItems(batch.id, [storedItem(batch.id, readItem('f1'), 0)]));
    expect(error).toMatchObject({ kind: 'other', message: DESK_MESSAGES.batchGone });
    expect(await rejection(desk.setState(batch.id, 'f1', '已通过'))).toMatchObject({
      kind: 'other',
      message: DESK_MESSAGES.itemGone,
    });
  });

  it('storage full: told as quota, and no item of the write is kept', async () => {
    const { desk } = await open();
    const batch = await desk.createBatch('辛');
    await desk.putItems(batch.id, [storedItem(batch.id, readItem('f0'), 0)]);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'items' && ++calls === 2)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const error = await rejection(
      desk.putItems(batch.id, [storedItem(batch.id, readItem('f1'), 1), storedItem(batch.id, readItem('f2'), 2)]),
    );
    expect(error).toBeInstanceOf(DeskStorageError);
    expect(error.kind).toBe('quota');
    expect(error.message).toBe(
      '浏览器存储空间已满，批量检查的结果无法保存：本次的结果仍在页面上，可导出检查结果（.xlsx）',
    );
    expect(error.detail).toBe('QuotaExceededError: The quota has been exceeded.');
    vi.restoreAllMocks();
    expect((await desk.load(batch.id))?.items.map((i) => i.id)).toEqual(['f0']);
  });
});

describe('a browser that will not keep the desk', () => {
  it('an IDBFactory whose open throws: refused, with the browser’s words kept', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('access denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const error = await rejection(openDesk(refusing));
    expect(error).toMatchObject({
      kind: 'refused',
      message: '浏览器不允许本页保存数据（可能是无痕窗口或已关闭网站数据），批量检查照常可用，但关闭页面后结果不会保留',
      detail: 'SecurityError: access denied',
    });
    const broken = {
      open: () => {
        throw new TypeError('open is not a function');
      },
    } as unknown as IDBFactory;
    expect((await rejection(openDesk(broken))).kind).toBe('refused');
  });

  it('a database a newer app made: refused with a clear message, the database untouched', async () => {
    const factory = new IDBFactory();
    const newer = (await wrap(factory.open(DESK_DB_NAME, DESK_DB_VERSION + 1))) as IDBPDatabase;
    newer.close();
    const error = await rejection(openDesk(factory));
    expect(error).toMatchObject({ kind: 'refused', message: DESK_MESSAGES.newer });
    expect(error.detail).toMatch(/^VersionError/);
  });

  it('gives the database up to a newer app’s tab, and says so at once and at each later call', async () => {
    const lost: DeskStorageError[] = [];
    const { desk, factory } = await open(new IDBFactory(), { onLost: (e) => lost.push(e) });
    await desk.createBatch('壬');
    const newer = (await wrap(factory.open(DESK_DB_NAME, DESK_DB_VERSION + 1))) as IDBPDatabase; // not blocked
    newer.close();
    expect(lost.map((e) => [e.kind, e.message])).toEqual([['blocked', DESK_MESSAGES.yielded]]);
    expect(await rejection(desk.batches())).toBe(lost[0]);
  });

  it('a connection the browser drops: told, and later calls refused', async () => {
    const lost: DeskStorageError[] = [];
    const factory = new IDBFactory();
    // a factory that lets the test reach the connection, to drop it as a browser does (site data cleared)
    const requests: IDBOpenDBRequest[] = [];
    const watched = {
      open: (name: string, version?: number) => requests[requests.push(factory.open(name, version)) - 1],
    } as unknown as IDBFactory;
    const { desk } = await open(watched, { onLost: (e) => lost.push(e) });
    await desk.createBatch('癸');
    forceCloseDatabase(requests[0].result as never);
    expect(lost.map((e) => [e.kind, e.message])).toEqual([['other', DESK_MESSAGES.terminated]]);
    expect(await rejection(desk.batches())).toBe(lost[0]);
  });
});
