// The batch review's reader thread: every file of a batch is read here — drafts, .docx/.html/.txt through the
// import readers (on linkedom's DOM: a worker has no DOMParser), PDF through pdf.js — with the one matcher and
// the report's own checks, so that reading a county's 100 files never blocks the page. Built apart as one
// classic script and handed to the page as text, which starts it from a blob: URL (vite.config.ts,
// src/ui/batch/batchWorker.ts): from file:// no Worker can be built from a file, and module workers are refused.
import 'core-js/actual';
import { DOMParser } from 'linkedom/worker';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { WorkerMessageHandler } from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import type { ParseDom } from '../import/dom';
import { importBytes } from '../import/index';
import { matchReport } from '../import/match';
import { pdfToSource } from '../import/pdf/layout';
import { readPdfPages, type PdfJs } from '../import/pdf/read';
import { readBatchFile, type BatchReaders } from './read';
import type { ReadRequest, WorkerMessage } from './workerProtocol';

// pdf.js's parser runs on this thread ("fake worker"): this thread is the worker.
(globalThis as unknown as { pdfjsWorker: unknown }).pdfjsWorker = { WorkerMessageHandler };
const parse: ParseDom = (text, type) => new DOMParser().parseFromString(text, type) as unknown as Document;

const readersFor = (currentYear: number): BatchReaders => ({
  async import(source, fileName, bytes) {
    if (source !== 'pdf') return importBytes(fileName, bytes, currentYear, parse);
    const pages = await readPdfPages(pdfjs as unknown as PdfJs, bytes, { paintImageOp: pdfjs.OPS.paintImageXObject });
    return matchReport(pdfToSource(pages), currentYear);
  },
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
