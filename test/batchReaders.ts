// The batch's readers in Node (tests): the import's readers with a small DOM, our PDF reader on pdf.js's
// legacy build, and the one matcher; what the page does, so a test can compute what the page must show.
import type { BatchReaders } from '../src/batch/read';
import { importBytes } from '../src/import';
import { matchReport } from '../src/import/match';
import { pdfToSource } from '../src/import/pdf/layout';
import { readPdfPages, type PdfJs } from '../src/import/pdf/read';
import { nodeParser } from './domParser';

export function nodeReaders(currentYear: number): BatchReaders {
  return {
    async import(source, fileName, bytes) {
      if (source === 'pdf') {
        const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
        const pages = await readPdfPages(pdfjs as unknown as PdfJs, bytes, {
          paintImageOp: pdfjs.OPS.paintImageXObject,
        });
        const { report, notes } = matchReport(pdfToSource(pages), currentYear);
        return { report, notes };
      }
      const { report, notes } = importBytes(fileName, bytes, currentYear, nodeParser);
      return { report, notes };
    },
  };
}
