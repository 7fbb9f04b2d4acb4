// Reads a chosen/dropped file or a paste with the import readers (loaded on first use). The file's size is
// checked before a byte of it is read. Every failure is one Chinese sentence; nothing is changed by any of it.
import { loadImporter } from '#importer';
import { tooLargeMessage } from '../../import/limits';
import type { ImportResult } from '../../import/match';

export type ImportInput = { kind: 'file'; file: File } | { kind: 'paste'; html: string | null; text: string };

export type ImportOutcome = { ok: true; result: ImportResult; what: string; ms: number } | { ok: false; message: string };

export async function runImport(input: ImportInput, currentYear: number): Promise<ImportOutcome> {
  const what = input.kind === 'file' ? input.file.name : '粘贴的内容';
  if (input.kind === 'file') {
    const tooLarge = tooLargeMessage(input.file.size);
    if (tooLarge) return { ok: false, message: `无法导入“${what}”：${tooLarge}。` };
  }
  let importer: Awaited<ReturnType<typeof loadImporter>>;
  try {
    importer = await loadImporter();
  } catch (e) {
    return { ok: false, message: `导入功能未能加载：${(e as Error).message}。` };
  }
  const started = performance.now();
  try {
    const result =
      input.kind === 'file'
        ? importer.importBytes(input.file.name, new Uint8Array(await input.file.arrayBuffer()), currentYear)
        : importer.importPaste({ html: input.html ?? undefined, text: input.text }, currentYear);
    return { ok: true, result, what, ms: performance.now() - started };
  } catch (e) {
    // an ImportError says why in Chinese; anything else is a fault of the reader, said as such
    const known = e instanceof importer.ImportError;
    return { ok: false, message: `无法导入“${what}”：${known ? (e as Error).message : `读取时出错（${(e as Error).message}）`}。当前报告没有任何改动。` };
  }
}
