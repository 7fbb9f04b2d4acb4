// The PDF reader: one classic script (import-pdf.js, built apart for the browser floor, see vite.config.ts), loaded
// on the first PDF of 导入已有报告, and run in the batch's reader thread (src/batch/worker.ts) or, where that
// cannot start, on the page.
// pdf.js runs its worker code on the page's thread ("fake worker"): from file:// no Worker can be built from a
// file, and this needs no CSP change; the reader lets the page breathe between pages instead. Nothing is
// fetched: no CMaps, no fonts.
import 'core-js/actual';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { WorkerMessageHandler } from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { matchReport, type ImportResult } from '../match';
import type { SourceDocument } from '../types';

// this script's own ImportError class, so that the page can tell a reason from a bug
export { ImportError } from '../types';
import { pdfToSource } from './layout';
import { readPdfPages, type PdfJs } from './read';

(globalThis as unknown as { pdfjsWorker: unknown }).pdfjsWorker = { WorkerMessageHandler };

export const pdfjsVersion: string = pdfjs.version;

export async function readPdf(bytes: Uint8Array, betweenPages?: () => Promise<void>): Promise<SourceDocument> {
  const pages = await readPdfPages(pdfjs as unknown as PdfJs, bytes, {
    betweenPages,
    paintImageOp: pdfjs.OPS.paintImageXObject,
  });
  return pdfToSource(pages);
}

/**
 * A PDF's report through the one matcher, as the other sources: all the matcher gives (what 识别 shows in
 * 导入已有报告; the batch keeps the report and the notes).
 */
export async function importPdf(
  bytes: Uint8Array,
  currentYear: number,
  betweenPages?: () => Promise<void>,
): Promise<ImportResult> {
  return matchReport(await readPdf(bytes, betweenPages), currentYear);
}
