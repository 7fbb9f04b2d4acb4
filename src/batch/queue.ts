// Reads the files of a batch one after the other, letting the page breathe between files (and between the
// pages of a PDF, in the reader), reporting progress. One file that fails becomes its own row; the others go on.
import { readBatchFile, type BatchReaders } from './read';
import type { BatchItem } from './types';

export interface QueuedFile {
  id: string;
  name: string;
  bytes(): Promise<Uint8Array>;
}

export interface QueueContext {
  currentYear: number;
  readers: BatchReaders;
  /** Resolves when the page has had a chance to paint and take input (a macrotask in the browser). */
  yieldToPage(): Promise<void>;
  onItem(item: BatchItem, done: number, total: number): void;
}

export async function readQueue(files: readonly QueuedFile[], context: QueueContext): Promise<void> {
  let done = 0;
  for (const file of files) {
    await context.yieldToPage();
    let item: BatchItem;
    try {
      item = await readBatchFile(file.id, file.name, await file.bytes(), context);
    } catch (e) {
      // the file itself could not be read from the disk (moved, permissions)
      const reason = `无法读取文件：${String((e as Error)?.message ?? e).slice(0, 120)}`;
      item = { id: file.id, fileName: file.name, source: null, ok: false, reason, findings: [{ kind: '无法读取', severity: 'error', message: reason }] };
    }
    done++;
    context.onItem(item, done, files.length);
  }
}
