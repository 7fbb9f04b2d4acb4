// The files of a drop, folders included where the browser lets a page walk them (webkitGetAsEntry: Chromium).
// Each file is read only when its turn comes (bytes()), so 200 files dropped at once cost nothing up front.
import { useEffect } from 'react';
import type { QueuedFile } from '../../batch/queue';

let next = 0;
// ids stay unique beside the files of earlier visits, which come back from the browser's storage
const visit = Date.now().toString(36);
export const queuedFile = (file: File, path = file.name): QueuedFile => ({
  id: `f${visit}-${++next}`,
  name: path,
  bytes: async () => new Uint8Array(await file.arrayBuffer()),
});

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

async function entriesOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries answers in slices (100 at a time in Chromium) until it answers nothing
  for (;;) {
    const slice = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (slice.length === 0) return all;
    all.push(...slice);
  }
}

async function walk(entry: FileSystemEntry, prefix: string, out: QueuedFile[]): Promise<void> {
  if (entry.isFile) out.push(queuedFile(await fileOf(entry as FileSystemFileEntry), prefix + entry.name));
  else if (entry.isDirectory)
    for (const child of await entriesOf(entry as FileSystemDirectoryEntry))
      await walk(child, `${prefix}${entry.name}/`, out);
}

export async function droppedFiles(data: DataTransfer): Promise<QueuedFile[]> {
  const entries = Array.from(data.items ?? [])
    .filter((i) => i.kind === 'file')
    .map((i) => (typeof i.webkitGetAsEntry === 'function' ? i.webkitGetAsEntry() : null));
  if (entries.length === 0 || entries.some((e) => e === null)) return Array.from(data.files).map((f) => queuedFile(f));
  const out: QueuedFile[] = [];
  for (const entry of entries) await walk(entry!, '', out);
  return out;
}

/**
 * While the desk is open, files dropped anywhere on the page (its top bar included) join the batch: caught on the
 * window before anything else (capture), so the header's own drop (open a draft, import one report) never sees them.
 */
export function useDropAnywhere(add: (files: QueuedFile[]) => void) {
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      e.stopPropagation();
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      e.stopPropagation();
      void droppedFiles(e.dataTransfer).then(add);
    };
    window.addEventListener('dragover', over, true);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragover', over, true);
      window.removeEventListener('drop', drop, true);
    };
  }, [add]);
}
