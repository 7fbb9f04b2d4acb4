// Reads a dropped or chosen file as a draft — its size is checked before a byte of it is read, so that a
// 2 GB video dropped by mistake is refused at once instead of being loaded into memory.
import { readDraft, type ReadResult } from '../../draft/read';
import { tooLargeMessage } from '../../import/limits';

export async function readDraftFile(file: Pick<Blob, 'size' | 'arrayBuffer'>): Promise<ReadResult> {
  const tooLarge = tooLargeMessage('draft', file.size);
  if (tooLarge) return { ok: false, error: { kind: 'tooLarge', message: tooLarge } };
  return readDraft(new Uint8Array(await file.arrayBuffer()));
}
