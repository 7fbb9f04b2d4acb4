// The page's side of the reader thread with a fake thread and fake timers: a file that runs out of time gets its
// row and its thread is terminated; a fresh thread reads on; the files that were in the killed thread are sent
// again (each alone) and read, never blamed for the bad one; where no fresh thread starts, the page reads the rest.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { BatchItem } from '../../batch/types';
import type { ReadRequest, WorkerMessage } from '../../batch/workerProtocol';
import { distinctReport } from '../../../test/batchReports';
import { startReaderThread, type ReadFile, type ThreadLike } from './batchWorker';

const LIMIT = 1_000;
/** The row of a file not read within LIMIT, as the reviewer reads it. */
const TIMED_OUT = '读取超时（超过1秒），文件可能已损坏或过大';

/** A thread that reads nothing by itself: the test answers (or does not) each request it got. */
class FakeThread implements ThreadLike {
  requests: ReadRequest[] = [];
  terminated = false;
  private listeners: { type: string; listener: (e: MessageEvent) => void }[] = [];
  postMessage(message: ReadRequest, transfer: Transferable[]) {
    if (this.terminated) throw new Error('posted to a terminated thread');
    // as the browser does: the bytes move to the thread, the page's copy is detached
    this.requests.push(structuredClone(message, { transfer }));
  }
  terminate() {
    this.terminated = true;
  }
  addEventListener(type: 'message' | 'error', listener: (e: MessageEvent) => void) {
    this.listeners.push({ type, listener });
  }
  say(message: WorkerMessage | { action: string }) {
    for (const l of this.listeners) if (l.type === 'message') l.listener({ data: message } as MessageEvent);
  }
  crash() {
    for (const l of this.listeners) if (l.type === 'error') l.listener({} as MessageEvent);
  }
  ready() {
    this.say({ action: 'ready' }); // pdf.js's own, ignored
    this.say({ kind: 'ready' });
  }
  /** Reads the file it was sent: the item names the agency written in its bytes. */
  answer(id: string) {
    const request = this.requests.find((r) => r.id === id);
    if (!request) throw new Error(`${id} was not sent to this thread`);
    const agency = new TextDecoder().decode(request.bytes);
    this.say({
      kind: 'read',
      id,
      item: {
        id,
        fileName: request.fileName,
        source: 'text',
        ok: true,
        report: distinctReport(agency, 2024, 1),
        findings: [],
      },
    });
  }
  sent = () => this.requests.map((r) => r.id);
}

let threads: FakeThread[];
/** What each call to spawn does: a fake thread (started by the test), or a refusal. */
let spawnNext: () => FakeThread;
let onPage: ReturnType<typeof vi.fn<ReadFile>>;

beforeEach(() => {
  vi.useFakeTimers();
  threads = [];
  spawnNext = () => new FakeThread();
  onPage = vi.fn<ReadFile>(async (id, fileName) => ({
    id,
    fileName,
    source: 'text',
    ok: false,
    reason: 'read on the page',
    findings: [],
  }));
});
afterEach(() => vi.useRealTimers());

async function reader(): Promise<ReadFile> {
  const started = startReaderThread({
    currentYear: 2025,
    fileMs: LIMIT,
    startMs: 5_000,
    onPage,
    spawn: () => {
      const t = spawnNext();
      threads.push(t);
      return t;
    },
  });
  threads[0].ready();
  const read = await started;
  if (!read) throw new Error('no thread');
  return read;
}

const bytesOf = (text: string) => new TextEncoder().encode(text);
/** Files handed to the reader: their items as they come, by id. */
function hand(read: ReadFile, ids: string[]) {
  const items = new Map<string, BatchItem>();
  const sent = ids.map((id) => ({ id, bytes: bytesOf(`单位${id}`) }));
  for (const { id, bytes } of sent) void read(id, `${id}.txt`, bytes).then((item) => items.set(id, item));
  return { items, sent };
}
const agencyOf = (item: BatchItem | undefined) => (item?.ok ? item.report.meta.agency : item?.reason);
/** Lets the promises settle without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('the reader thread', () => {
  test('reads files sent together; no thread is stopped while files come back in time', async () => {
    const read = await reader();
    const { items } = hand(read, ['a', 'b', 'c']);
    await settle();
    expect(threads[0].sent()).toEqual(['a', 'b', 'c']);
    await vi.advanceTimersByTimeAsync(LIMIT - 1);
    for (const id of ['c', 'a', 'b']) threads[0].answer(id);
    await settle();
    expect([...items.keys()].sort().map((id) => agencyOf(items.get(id)))).toEqual(['单位a', '单位b', '单位c']);
    await vi.advanceTimersByTimeAsync(LIMIT * 5);
    expect(threads).toHaveLength(1);
    expect(threads[0].terminated).toBe(false);
  });

  test('a file alone in the thread that runs out of time: its row, the thread terminated, a fresh one reads the next files', async () => {
    const read = await reader();
    const { items } = hand(read, ['bad']);
    await vi.advanceTimersByTimeAsync(LIMIT - 1);
    expect(items.size).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(items.get('bad')).toMatchObject({
      ok: false,
      fileName: 'bad.txt',
      source: 'text',
      reason: '读取超时（超过1秒），文件可能已损坏或过大',
    });
    expect(items.get('bad')!.findings).toEqual([{ kind: '无法读取', severity: 'error', message: TIMED_OUT }]);
    expect(threads[0].terminated).toBe(true);
    expect(threads).toHaveLength(2);
    // the next file waits for the fresh thread to be ready, and is read there
    const next = hand(read, ['d']);
    await settle();
    expect(threads[1].sent()).toEqual([]);
    threads[1].ready();
    await settle();
    expect(threads[1].sent()).toEqual(['d']);
    threads[1].answer('d');
    await settle();
    expect(agencyOf(next.items.get('d'))).toBe('单位d');
    // a killed thread's late answer changes nothing
    threads[0].say({
      kind: 'read',
      id: 'bad',
      item: {
        id: 'bad',
        fileName: 'bad.txt',
        source: 'text',
        ok: true,
        report: distinctReport('迟到', 2024, 1),
        findings: [],
      },
    });
    await settle();
    expect(agencyOf(items.get('bad'))).toBe(TIMED_OUT);
  });

  test('a file that freezes the thread with two good ones behind it: each sent again alone; the bad one blamed, the good ones read, the files after read together', async () => {
    const read = await reader();
    const { items, sent } = hand(read, ['bad', 'g1', 'g2']);
    await settle();
    expect(threads[0].sent()).toEqual(['bad', 'g1', 'g2']);
    // the thread is stuck in `bad`: nothing comes back
    await vi.advanceTimersByTimeAsync(LIMIT);
    expect(threads[0].terminated).toBe(true);
    expect(items.size).toBe(0); // three were in the thread: no one is blamed yet
    threads[1].ready();
    await settle();
    expect(threads[1].sent()).toEqual(['bad']); // alone
    const later = hand(read, ['g3', 'g4']);
    await vi.advanceTimersByTimeAsync(LIMIT - 1);
    expect(threads[1].sent()).toEqual(['bad']); // nothing joins a suspect
    await vi.advanceTimersByTimeAsync(1);
    expect(agencyOf(items.get('bad'))).toBe(TIMED_OUT);
    expect(threads[1].terminated).toBe(true);
    threads[2].ready();
    await settle();
    expect(threads[2].sent()).toEqual(['g1']); // the next suspect, alone
    threads[2].answer('g1');
    await settle();
    expect(threads[2].sent()).toEqual(['g1', 'g2']);
    threads[2].answer('g2');
    await settle();
    // no suspect left: the files behind go together again
    expect(threads[2].sent()).toEqual(['g1', 'g2', 'g3', 'g4']);
    threads[2].answer('g4');
    threads[2].answer('g3');
    await settle();
    expect(['g1', 'g2', 'g3', 'g4'].map((id) => agencyOf(items.get(id) ?? later.items.get(id)))).toEqual([
      '单位g1',
      '单位g2',
      '单位g3',
      '单位g4',
    ]);
    expect(threads.map((t) => t.terminated)).toEqual([true, true, false]);
    // the page kept each file's bytes whole (the threads got copies), and sent them again unchanged
    expect(new TextDecoder().decode(sent[1].bytes)).toBe('单位g1');
    expect(threads[2].requests[0]).toEqual({
      id: 'g1',
      fileName: 'g1.txt',
      bytes: bytesOf('单位g1'),
      currentYear: 2025,
    });
  });

  test('a good file that ran out of time only because another froze the thread is read alone, and the bad one blamed', async () => {
    // a PDF awaits between its pages: the thread starts the next file meanwhile, and that one freezes it
    const read = await reader();
    const { items } = hand(read, ['pdf', 'bad']);
    await vi.advanceTimersByTimeAsync(LIMIT); // `pdf` was sent first: its clock runs out first
    expect(items.size).toBe(0);
    threads[1].ready();
    await settle();
    expect(threads[1].sent()).toEqual(['pdf']);
    threads[1].answer('pdf');
    await settle();
    expect(agencyOf(items.get('pdf'))).toBe('单位pdf');
    expect(threads[1].sent()).toEqual(['pdf', 'bad']);
    await vi.advanceTimersByTimeAsync(LIMIT);
    expect(agencyOf(items.get('bad'))).toBe(TIMED_OUT);
    expect(threads).toHaveLength(3);
  });

  test('an error the thread reports for a file is that file’s row; the thread reads on', async () => {
    const read = await reader();
    const { items } = hand(read, ['x', 'y']);
    await settle();
    threads[0].say({ kind: 'failed', id: 'x', message: 'boom' });
    threads[0].answer('y');
    await settle();
    expect(items.get('x')).toMatchObject({
      ok: false,
      reason: '读取时出错，文件可能已损坏：请用Word、WPS或PDF阅读器打开、另存后再试',
      detail: 'boom',
    });
    expect(agencyOf(items.get('y'))).toBe('单位y');
    expect(threads).toHaveLength(1);
  });

  test('where no fresh thread starts after a kill, the page reads the files left and those after', async () => {
    const read = await reader();
    const { items } = hand(read, ['bad', 'g1']);
    await settle();
    spawnNext = () => {
      throw new Error('refused');
    };
    await vi.advanceTimersByTimeAsync(LIMIT);
    await settle();
    expect(onPage.mock.calls.map((c) => c[0])).toEqual(['bad', 'g1']);
    expect(agencyOf(items.get('g1'))).toBe('read on the page');
    const after = hand(read, ['g2']);
    await settle();
    expect(agencyOf(after.items.get('g2'))).toBe('read on the page');
  });

  test('a fresh thread that fails to start, or never says ready: the page reads the rest', async () => {
    const read = await reader();
    const { items } = hand(read, ['bad']);
    await vi.advanceTimersByTimeAsync(LIMIT);
    const { items: behind } = hand(read, ['g1']);
    threads[1].crash();
    await settle();
    expect(threads[1].terminated).toBe(true);
    expect(agencyOf(items.get('bad'))).toBe(TIMED_OUT);
    expect(agencyOf(behind.get('g1'))).toBe('read on the page');
  });

  test('no thread at all: null, and the caller reads on the page', async () => {
    const refused = startReaderThread({
      currentYear: 2025,
      fileMs: LIMIT,
      onPage,
      spawn: () => {
        throw new Error('refused');
      },
    });
    expect(await refused).toBeNull();
    let silent: FakeThread | undefined;
    const never = startReaderThread({
      currentYear: 2025,
      fileMs: LIMIT,
      startMs: 3_000,
      onPage,
      spawn: () => (silent = new FakeThread()),
    });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(await never).toBeNull();
    expect(silent!.terminated).toBe(true);
  });
});
