// The readers the batch uses in the page: the PDF reader loaded on demand, the import's readers and matcher.
import { loadPdfReader } from '#batch-loaders';
import type { BatchReaders } from '../../batch/read';
import { ImportError, type SourceDocument } from '../../import/types';

/** Lets the page paint and take input: a macrotask (a resolved promise would not). */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function browserReaders(): BatchReaders {
  return {
    async read(source, bytes): Promise<SourceDocument> {
      if (source === 'pdf') {
        let reader;
        try {
          reader = await loadPdfReader();
        } catch {
          throw new ImportError('PDF阅读组件未能加载（浏览器内核过旧？需 Chromium 78 或更新）');
        }
        return reader.readPdf(bytes, yieldToPage);
      }
      throw new ImportError(`暂不能读取此类文件（${source}）：导入功能尚未接入`);
    },
    match() {
      throw new ImportError('导入功能尚未接入：暂只能读取草稿文件');
    },
  };
}
