// The page's side of the batch review's reader thread (src/batch/worker.ts): started from its source text (a
// blob: URL), it reads one file per message. Null where the browser refuses it or it fails to start (a policy,
// a kernel too old): the batch then reads on the page (readers.ts).
//
// No file may hold the desk, whatever it does: a file not read within its time limit (FILE_TIMEOUT_MS) gets its
// row, the thread is terminated — the only way to stop a script stuck in a loop, and its memory goes back with
// it — and a fresh one reads on. The files that were in the killed thread with it are read again, each alone
// first: from the page one cannot tell which of several files a thread was stuck in (a PDF awaits between its
// pages and another file runs meanwhile), so a file is blamed only when it ran out of time alone.
import { failed, READ_FAULT } from '../../batch/read';
import { fileKindOf } from '../../import/limits';
import type { BatchItem } from '../../batch/types';
import type { ReadRequest, WorkerMessage } from '../../batch/workerProtocol';

/** Reads a file of the batch into its item. */
export type ReadFile = (id: string, fileName: string, bytes: Uint8Array) => Promise<BatchItem>;

/**
 * How long the thread may take to read one file before it is stopped. A real report is read in well under a
 * second (a 20-page PDF ~0.7 s, a county's 100 files 7 s on the test machine), and on a slow office PC maybe ten
 * times that: 20 s is far beyond any real file, short enough that a crafted one (a .docx that inflates to
 * hundreds of MB, which froze the thread for minutes at 5 GB) costs the reviewer seconds, not the batch.
 * A file that ran out of time among others is read once more alone, so a bad file costs at most twice this.
 */
export const FILE_TIMEOUT_MS = 20_000;
/** How long a thread may take to load its readers before the page reads on its own. */
const START_MS = 30_000;

/** The row of a file not read in time. */
export const timeoutReason = (fileMs: number) =>
  `读取超时（超过${+(fileMs / 1000).toFixed(1)}秒），文件可能已损坏或过大`;

/** What the page needs of a Worker (a fake one in the unit test). */
export interface ThreadLike {
  postMessage(message: ReadRequest, transfer: Transferable[]): void;
  terminate(): void;
  addEventListener(type: 'message' | 'error', listener: (e: MessageEvent) => void): void;
}

export interface ReaderThreadOptions {
  /** Starts a thread (throws where the browser refuses). */
  spawn(): ThreadLike;
  currentYear: number;
  /** The time limit per file, FILE_TIMEOUT_MS but in tests. */
  fileMs: number;
  /** How long a thread may take to say it is ready (START_MS but in tests). */
  startMs?: number;
  /**
   * Reads a file on the page: only for the files left when a fresh thread cannot start after a kill (the first
   * one started, so hardly ever). A file that loops on the page cannot be stopped: it freezes the tab.
   */
  onPage: ReadFile;
}

interface Job {
  id: string;
  fileName: string;
  /** The page keeps the bytes until the file is read: the thread gets a copy, so a killed one's files can be sent again. */
  bytes: Uint8Array;
  resolve(item: BatchItem | Promise<BatchItem>): void;
  /** In a thread that was killed with other files in it: sent again alone, blamed only if it runs out of time alone. */
  suspect: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

interface Thread {
  worker: ThreadLike;
  ready: boolean;
}

/**
 * The reader thread, restarted whenever a file runs out of time. Resolves to the reader once the first thread
 * is ready, or to null when it cannot start (the page then reads the batch itself).
 */
export function startReaderThread(options: ReaderThreadOptions): Promise<ReadFile | null> {
  const { currentYear, fileMs, startMs = START_MS, onPage } = options;
  /** Files waiting on the page for the thread: the suspects of a killed thread first. */
  const pending: Job[] = [];
  /** Files in the thread now, in the order they were sent. */
  const inThread = new Map<string, Job>();
  let thread: Thread | null = null;
  /** No thread could be started again: the page reads what is left. */
  let onPageOnly = false;

  const read: ReadFile = (id, fileName, bytes) =>
    new Promise((resolve) => {
      if (onPageOnly) return resolve(onPage(id, fileName, bytes));
      pending.push({ id, fileName, bytes, resolve, suspect: false });
      pump();
    });

  /** Sends what the thread may take: any number of files, but a suspect only to an empty thread, and nothing with it. */
  function pump() {
    while (thread?.ready && pending.length > 0) {
      const job = pending[0];
      const suspectInside = Array.from(inThread.values()).some((j) => j.suspect);
      if (suspectInside || (job.suspect && inThread.size > 0)) return;
      pending.shift();
      send(thread.worker, job);
    }
  }

  /** A file's clock runs from when it is handed to the thread (behind at most two others: useBatch.ts reads three at a time). */
  function send(worker: ThreadLike, job: Job) {
    inThread.set(job.id, job);
    job.timer = setTimeout(() => timedOut(job), fileMs);
    const copy = job.bytes.slice();
    const request: ReadRequest = { id: job.id, fileName: job.fileName, bytes: copy, currentYear };
    worker.postMessage(request, [copy.buffer]);
  }

  function answered(id: string, item: (job: Job) => BatchItem) {
    const job = inThread.get(id);
    if (!job) return;
    clearTimeout(job.timer);
    inThread.delete(id);
    job.resolve(item(job));
    pump();
  }

  function timedOut(job: Job) {
    const all = Array.from(inThread.values());
    for (const j of all) clearTimeout(j.timer);
    inThread.clear();
    thread?.worker.terminate();
    thread = null;
    if (all.length === 1) job.resolve(failed(job.id, job.fileName, fileKindOf(job.fileName), timeoutReason(fileMs)));
    else {
      for (const j of all) j.suspect = true;
      pending.unshift(...all);
    }
    start().then((started) => {
      if (started) return pump();
      // no fresh thread (it started once: hardly ever): the page reads the rest
      onPageOnly = true;
      for (const j of pending.splice(0)) j.resolve(onPage(j.id, j.fileName, j.bytes));
    });
  }

  /** Starts a thread; true once it is ready, false when it cannot start. */
  function start(): Promise<boolean> {
    return new Promise((resolve) => {
      let worker: ThreadLike;
      try {
        worker = options.spawn();
      } catch {
        return resolve(false);
      }
      const current: Thread = { worker, ready: false };
      thread = current;
      const timer = setTimeout(() => fail(), startMs);
      function fail() {
        clearTimeout(timer);
        worker.terminate();
        if (thread === current) thread = null;
        resolve(false);
      }
      // Once started, an error in the thread does not end it (a worker lives on after an uncaught error); a file
      // whose reading it broke runs out of time.
      worker.addEventListener('error', () => !current.ready && fail());
      worker.addEventListener('message', (e: MessageEvent<WorkerMessage | { action?: string }>) => {
        const message = e.data;
        if (thread !== current || !message || !('kind' in message)) return; // a killed thread's last words, pdf.js's own "ready"
        if (message.kind === 'ready') {
          if (current.ready) return;
          current.ready = true;
          clearTimeout(timer);
          resolve(true);
          return;
        }
        if (message.kind === 'read') answered(message.id, () => message.item);
        // the thread's error is a library's words (English): said in Chinese, its words kept as detail
        else answered(message.id, (job) => failed(job.id, job.fileName, null, READ_FAULT, message.message));
      });
    });
  }

  return start().then((started) => (started ? read : null));
}

/** The reader thread from its source text; null where no thread starts. */
export function startBatchWorker(
  source: string,
  currentYear: number,
  fileMs: number,
  onPage: ReadFile,
): Promise<ReadFile | null> {
  // one blob for every thread of the desk: a restart does not re-encode the source (several MB)
  const blob = new Blob([source], { type: 'text/javascript' });
  return startReaderThread({
    currentYear,
    fileMs,
    onPage,
    spawn() {
      const url = URL.createObjectURL(blob);
      try {
        const worker = new Worker(url);
        // the thread has fetched its script once it says anything (or fails): the URL can go
        const revoke = () => URL.revokeObjectURL(url);
        worker.addEventListener('message', revoke, { once: true });
        worker.addEventListener('error', revoke, { once: true });
        return worker as ThreadLike;
      } catch (e) {
        URL.revokeObjectURL(url);
        throw e;
      }
    },
  });
}
