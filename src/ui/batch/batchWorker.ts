// The page's side of the batch review's reader thread (src/batch/worker.ts): started once from its source
// text (a blob: URL), it reads one file per message. Null where the browser refuses it or it fails to start
// (a policy, a kernel too old): the batch then reads on the page (readers.ts).
import type { BatchItem } from '../../batch/types';
import type { ReadRequest, WorkerMessage } from '../../batch/workerProtocol';

/** Reads a file of the batch into its item. */
export type ReadFile = (id: string, fileName: string, bytes: Uint8Array) => Promise<BatchItem>;

/** How long the thread may take to load its readers before the page reads on its own. */
const START_MS = 30_000;

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
    const fail = (id: string, fileName: string, message: string): BatchItem => {
      const reason = `读取时出错：${message}`;
      return { id, fileName, source: null, ok: false, reason, findings: [{ kind: '无法读取', severity: 'error', message: reason }] };
    };
    let started = false;
    const timer = setTimeout(() => stop('启动超时'), START_MS);
    function stop(message: string) {
      clearTimeout(timer);
      worker.terminate();
      URL.revokeObjectURL(url);
      if (!started) resolve(null);
      // a thread that dies mid-batch: what it was reading gets its row with the reason; the batch goes on
      for (const [id, w] of waiting) w.resolve(fail(id, w.fileName, message));
      waiting.clear();
    }
    worker.addEventListener('error', (e) => stop(e.message || '读取线程出错'));
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
            waiting.set(id, { resolve: done, fileName });
            worker.postMessage(request, [bytes.buffer]);
          });
        });
        return;
      }
      const w = waiting.get(message.id);
      if (!w) return;
      waiting.delete(message.id);
      w.resolve(message.kind === 'read' ? message.item : fail(message.id, w.fileName, message.message));
    });
  });
}
