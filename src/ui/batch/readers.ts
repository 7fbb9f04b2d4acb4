// How the batch reads its files: in its reader thread (batchWorker.ts) where the browser allows one, else on
// the page with the import's readers (docx, html, text; loaded on demand) and the PDF reader (its own script,
// loaded on the first PDF), all ending in the one matcher.
import { loadBatchWorkerSource, loadPdfReader } from '#batch-loaders';
import { loadImporter } from '#importer';
import { readBatchFile, type BatchReaders } from '../../batch/read';
import { ImportError } from '../../import/types';
import { FILE_TIMEOUT_MS, startBatchWorker, type ReadFile } from './batchWorker';

/** Lets the page paint and take input: a macrotask (a resolved promise would not). */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const loading = <T>(load: () => Promise<T>, what: string) =>
  load().catch(() => {
    throw new ImportError(`${what}未能加载（浏览器内核过旧？需 Chromium 78 或更新）`);
  });

export function browserReaders(currentYear: number): BatchReaders {
  return {
    async import(source, fileName, bytes) {
      if (source === 'pdf') {
        const pdf = await loading(loadPdfReader, 'PDF阅读组件');
        const { report, notes } = await pdf.importPdf(bytes, currentYear, yieldToPage);
        return { report, notes };
      }
      const importer = await loading(loadImporter, '导入组件');
      const { report, notes } = await importer.importBytes(fileName, bytes, currentYear);
      return { report, notes };
    },
  };
}

/**
 * The time limit per file in the reader thread: FILE_TIMEOUT_MS, or what an e2e test set before the page loaded
 * (`window.__xxgkBatchFileTimeoutMs`, a number of ms, through Playwright's addInitScript), read when the thread
 * starts. Nothing a file holds can set it: files are only ever read as data, and the page runs no script but
 * its own (its CSP).
 */
function fileTimeoutMs(): number {
  const set = (globalThis as { __xxgkBatchFileTimeoutMs?: unknown }).__xxgkBatchFileTimeoutMs;
  return typeof set === 'number' && set > 0 && Number.isFinite(set) ? set : FILE_TIMEOUT_MS;
}

/**
 * Reads a file of the batch: in the reader thread, started on the first file, or on the page without one. In the
 * thread a file has a time limit, and one that runs out is stopped with its thread (batchWorker.ts); on the page
 * nothing can stop a file that loops (the page is the only thread): it freezes the tab, as any script would.
 */
export function batchReader(currentYear: number): ReadFile {
  let thread: Promise<ReadFile | null> | undefined;
  const readers = browserReaders(currentYear);
  const onPage: ReadFile = (id, fileName, bytes) => readBatchFile(id, fileName, bytes, { currentYear, readers });
  return async (id, fileName, bytes) => {
    thread ??= loadBatchWorkerSource()
      .then((source) => (source ? startBatchWorker(source, currentYear, fileTimeoutMs(), onPage) : null))
      .catch(() => null);
    const read = await thread;
    return (read ?? onPage)(id, fileName, bytes);
  };
}
