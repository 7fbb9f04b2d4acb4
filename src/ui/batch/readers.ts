// The readers the batch uses in the page: the import's (docx, html, text; loaded on demand) and the PDF
// reader (its own script, loaded on the first PDF), both ending in the one matcher.
import { loadPdfReader } from '#batch-loaders';
import { loadImporter } from '#importer';
import type { BatchReaders } from '../../batch/read';
import { ImportError } from '../../import/types';

/** Lets the page paint and take input: a macrotask (a resolved promise would not). */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const loading = <T,>(load: () => Promise<T>, what: string) =>
  load().catch(() => {
    throw new ImportError(`${what}未能加载（浏览器内核过旧？需 Chromium 78 或更新）`);
  });

export function browserReaders(currentYear: number): BatchReaders {
  return {
    async import(source, fileName, bytes) {
      if (source === 'pdf') return (await loading(loadPdfReader, 'PDF阅读组件')).importPdf(bytes, currentYear, yieldToPage);
      const { report, notes } = (await loading(loadImporter, '导入组件')).importBytes(fileName, bytes, currentYear);
      return { report, notes };
    },
  };
}
