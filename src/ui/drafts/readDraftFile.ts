// Reads a dropped or chosen file as a draft — its size is checked before a byte of it is read, so that a
// 2 GB video dropped by mistake is refused at once instead of being loaded into memory.
import { MAX_DRAFT_BYTES, readDraft, type ReadResult } from '../../draft/read';

export async function readDraftFile(file: Pick<Blob, 'size' | 'arrayBuffer'>): Promise<ReadResult> {
  if (file.size > MAX_DRAFT_BYTES)
    return {
      ok: false,
      error: {
        kind: 'tooLarge',
        message: `文件过大（${(file.size / 1024 / 1024).toFixed(1)} MB），草稿文件不会超过 ${MAX_DRAFT_BYTES / 1024 / 1024} MB：请确认选对了文件`,
      },
    };
  return readDraft(new Uint8Array(await file.arrayBuffer()));
}
