// How the batch reads its files: in its reader thread (batchWorker.ts) where the browser allows one, else on
// the page with the import's readers (docx, html, text; loaded on demand) and the PDF reader (its own script,
// loaded on the first PDF), all ending in the one matcher.
import { loadBatchWorkerSource, loadPdfReader } from '#batch-loaders';
import { loadImporter } from '#importer';
import { readBatchFile, type BatchReaders } from '../../batch/read';
import { ImportError } from '../../import/types';
import { startBatchWorker, type ReadFile } from './batchWorker';

/** Lets the page paint and take input: a macrotask (a resolved promise would not). */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const loading = <T,>(load: () => Promise<T>, what: string) =>
  load().catch(() => {
    throw new ImportError(`${what}未能加载（浏览器内核过旧？需 Chromium 78 或更新）`);
  });

/**
 * Each reader is a script of its own with its own ImportError class: a reason it gives is turned into this
 * script's ImportError (a reason to show), anything else stays an error (shown as 读取时出错).
 */
async function asReason<T>(own: new (...args: never[]) => Error, read: () => Promise<T> | T): Promise<T> {
  try {
    return await read();
  } catch (e) {
    throw e instanceof own ? new ImportError(e.message) : e;
  }
}

export function browserReaders(currentYear: number): BatchReaders {
  return {
    async import(source, fileName, bytes) {
      if (source === 'pdf') {
        const pdf = await loading(loadPdfReader, 'PDF阅读组件');
        const { report, notes } = await asReason(pdf.ImportError, () => pdf.importPdf(bytes, currentYear, yieldToPage));
        return { report, notes };
      }
      const importer = await loading(loadImporter, '导入组件');
      const { report, notes } = await asReason(importer.ImportError, () => importer.importBytes(fileName, bytes, currentYear));
      return { report, notes };
    },
  };
}

/** Reads a file of the batch: in the reader thread, started on the first file, or on the page without one. */
export function batchReader(currentYear: number): ReadFile {
  let thread: Promise<ReadFile | null> | undefined;
  const onPage = browserReaders(currentYear);
  return async (id, fileName, bytes) => {
    thread ??= loadBatchWorkerSource()
      .then((source) => (source ? startBatchWorker(source, currentYear) : null))
      .catch(() => null);
    const read = await thread;
    return read ? read(id, fileName, bytes) : readBatchFile(id, fileName, bytes, { currentYear, readers: onPage });
  };
}
