// The page's side of the batch review's reader thread (src/batch/worker.ts): started once from its source
// text (a blob: URL), it reads one file per message. Null where the browser refuses it or it fails to start
// (a policy, a kernel too old): the batch then reads on the page (readers.ts).
import { failed } from '../../batch/read';
import type { BatchItem } from '../../batch/types';
import type { ReadRequest, WorkerMessage } from '../../batch/workerProtocol';

/** Reads a file of the batch into its item. */
export type ReadFile = (id: string, fileName: string, bytes: Uint8Array) => Promise<BatchItem>;

/** How long the thread may take to load its readers before the page reads on its own. */
const START_MS = 30_000;
/** How long one file may take: a file that never comes back gets its row, and the batch goes on. */
const FILE_MS = 120_000;

export function startBatchWorker(source: string, currentYear: number): Promise<ReadFile | null> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    let worker: Worker;
    try {
      worker = new Worker(url);
    } catch {
      URL.revokeObjectURL(url);
      resolve(null);
      return;
    }
    const waiting = new Map<string, { resolve(item: BatchItem): void; fileName: string }>();
    const fail = (id: string, fileName: string, message: string) => failed(id, fileName, null, `读取时出错：${message}`);
    let started = false;
    // a thread that cannot start: the page reads the batch itself
    const timer = setTimeout(() => stop(), START_MS);
    function stop() {
      clearTimeout(timer);
      worker.terminate();
      URL.revokeObjectURL(url);
      resolve(null);
    }
    // Once started, an error in the thread does not end it (a worker lives on after an uncaught error); a file
    // whose reading it broke comes back as failed after FILE_MS.
    worker.addEventListener('error', () => !started && stop());
    worker.addEventListener('message', (e: MessageEvent<WorkerMessage | { action?: string }>) => {
      const message = e.data;
      if (!('kind' in message)) return; // pdf.js's own "ready"
      if (message.kind === 'ready') {
        started = true;
        clearTimeout(timer);
        URL.revokeObjectURL(url);
        resolve((id, fileName, bytes) => {
          const request: ReadRequest = { id, fileName, bytes, currentYear };
          return new Promise((done) => {
            const late = setTimeout(() => finish(id, fail(id, fileName, `${FILE_MS / 1000}秒内未读完`)), FILE_MS);
            waiting.set(id, { resolve: (item) => (clearTimeout(late), done(item)), fileName });
            worker.postMessage(request, [bytes.buffer]);
          });
        });
        return;
      }
      const w = waiting.get(message.id);
      if (w) finish(message.id, message.kind === 'read' ? message.item : fail(message.id, w.fileName, message.message));
    });
    function finish(id: string, item: BatchItem) {
      const w = waiting.get(id);
      if (!w) return;
      waiting.delete(id);
      w.resolve(item);
    }
  });
}
