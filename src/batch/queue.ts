// Reads the files of a batch, a few at a time (the page's reader thread always has the next file), letting
// the page breathe between files, reporting progress. One file that fails becomes its own row; the others go on.
import { failed } from './read';
import type { BatchItem } from './types';

export interface QueuedFile {
  id: string;
  name: string;
  bytes(): Promise<Uint8Array>;
}

export interface QueueContext {
  /** Reads a file into its item and never throws: readBatchFile, in the page's reader thread or on the page. */
  read(id: string, fileName: string, bytes: Uint8Array): Promise<BatchItem>;
  /** Resolves when the page has had a chance to paint and take input (a macrotask in the browser). */
  yieldToPage(): Promise<void>;
  onItem(item: BatchItem, done: number, total: number): void;
  /** How many files are read at once (1: one after the other). */
  concurrency?: number;
}

export async function readQueue(files: readonly QueuedFile[], context: QueueContext): Promise<void> {
  let next = 0;
  let done = 0;
  const readOne = async (file: QueuedFile): Promise<BatchItem> => {
    try {
      return await context.read(file.id, file.name, await file.bytes());
    } catch (e) {
      // the file itself could not be read from the disk (moved, permissions)
      return failed(file.id, file.name, null, `无法读取文件：${String((e as Error)?.message ?? e).slice(0, 120)}`);
    }
  };
  const lane = async () => {
    while (next < files.length) {
      const file = files[next++];
      await context.yieldToPage();
      const item = await readOne(file);
      done++;
      context.onItem(item, done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(context.concurrency ?? 1, files.length)) }, lane));
}
