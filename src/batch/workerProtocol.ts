// The messages between the page and the batch review's reader thread (src/batch/worker.ts).
import type { BatchItem } from './types';

/** One file to read: its bytes are transferred, not copied. */
export interface ReadRequest {
  id: string;
  fileName: string;
  bytes: Uint8Array;
  currentYear: number;
}

export type WorkerMessage =
  /** The thread has loaded its readers and takes requests. */
  | { kind: 'ready' }
  | { kind: 'read'; id: string; item: BatchItem }
  /** A bug, not a bad file (a bad file is an item with its reason). */
  | { kind: 'failed'; id: string; message: string };
