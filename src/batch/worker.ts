// The batch review's reader thread: every file of a batch is read here — drafts, .docx/.html/.txt through the
// import readers (on linkedom's DOM: a worker has no DOMParser), PDF through the page's PDF reader
// (src/import/pdf/browser.ts: pdf.js, whose parser runs on this thread) — with the one matcher and the report's own
// checks, so that reading a county's 100 files never blocks the page. From file:// no Worker can be built from a
// file and module workers are refused: the page starts this thread from a blob: URL, its text made of the factories
// of the scripts it uses and of this one (build/classicScripts.ts, src/ui/batch/batchWorker.ts).
import { DOMParser } from 'linkedom/worker';
import type { ParseDom } from '../import/dom';
import { importBytes } from '../import/index';
import { importPdf } from '../import/pdf/browser';
import { readBatchFile, type BatchReaders } from './read';
import type { ReadRequest, WorkerMessage } from './workerProtocol';

const parse: ParseDom = (text, type) => new DOMParser().parseFromString(text, type) as unknown as Document;

const readersFor = (currentYear: number): BatchReaders => ({
  import: async (source, fileName, bytes) =>
    source === 'pdf' ? importPdf(bytes, currentYear) : importBytes(fileName, bytes, currentYear, parse),
});

const scope = self as unknown as {
  postMessage(m: WorkerMessage): void;
  addEventListener(t: 'message', l: (e: MessageEvent) => void): void;
};
scope.addEventListener('message', (e) => {
  const request = e.data as ReadRequest | { targetName?: string };
  if (!('id' in request)) return; // pdf.js's own messages share this thread's port
  const { id, fileName, bytes, currentYear } = request;
  readBatchFile(id, fileName, bytes, { currentYear, readers: readersFor(currentYear) }).then(
    (item) => scope.postMessage({ kind: 'read', id, item }),
    (error: unknown) =>
      scope.postMessage({ kind: 'failed', id, message: String((error as Error)?.message ?? error).slice(0, 120) }),
  );
});
scope.postMessage({ kind: 'ready' });
