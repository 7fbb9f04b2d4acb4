// Reads the files of a batch, a few at a time (a PDF parses in its worker while a .docx is read on the page),
// letting the page breathe between files, reporting progress. One file that fails becomes its own row; the
// others go on.
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
  /** How many files are read at once (1: one after the other). */
  concurrency?: number;
  /** Reads a file into its item (the page's reader thread); by default readBatchFile with `readers`. */
  read?: (id: string, fileName: string, bytes: Uint8Array) => Promise<BatchItem>;
}

export async function readQueue(files: readonly QueuedFile[], context: QueueContext): Promise<void> {
  let next = 0;
  let done = 0;
  const readOne = async (file: QueuedFile): Promise<BatchItem> => {
    try {
      const bytes = await file.bytes();
      return await (context.read ? context.read(file.id, file.name, bytes) : readBatchFile(file.id, file.name, bytes, context));
    } catch (e) {
      // the file itself could not be read from the disk (moved, permissions)
      const reason = `无法读取文件：${String((e as Error)?.message ?? e).slice(0, 120)}`;
      return { id: file.id, fileName: file.name, source: null, ok: false, reason, findings: [{ kind: '无法读取', severity: 'error', message: reason }] };
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
