// Reads a chosen/dropped file or a paste with the import readers (loaded on first use); a PDF with the PDF reader
// of 批量检查 (its own script, loaded on the first PDF), which lets the page paint between pages. The file's size
// is checked before a byte of it is read. Every failure is one Chinese sentence; nothing is changed by any of it.
import { loadPdfReader } from '#batch-loaders';
import { loadImporter } from '#importer';
import { fileKindOf, tooLargeMessage } from '../../import/limits';
import type { ImportResult } from '../../import/match';
import { ImportError } from '../../import/types';

export type ImportInput = { kind: 'file'; file: File } | { kind: 'paste'; html: string | null; text: string };

export type ImportOutcome =
  | { ok: true; result: ImportResult; what: string; ms: number }
  /** `detail`: a library's or the browser's own words, for support (shown folded, never as the sentence). */
  | { ok: false; message: string; detail?: string };

/** A macrotask between PDF pages: the page paints and takes input (a resolved promise would not let it). */
const betweenPages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The reader an input needs, loaded on first use. */
async function readerFor(input: ImportInput, currentYear: number): Promise<() => Promise<ImportResult>> {
  if (input.kind === 'file' && /\.pdf$/i.test(input.file.name)) {
    const pdf = await loadPdfReader();
    return async () => pdf.importPdf(new Uint8Array(await input.file.arrayBuffer()), currentYear, betweenPages);
  }
  const importer = await loadImporter();
  return async () =>
    input.kind === 'file'
      ? importer.importBytes(input.file.name, new Uint8Array(await input.file.arrayBuffer()), currentYear)
      : importer.importPaste({ html: input.html ?? undefined, text: input.text }, currentYear);
}

export async function runImport(input: ImportInput, currentYear: number): Promise<ImportOutcome> {
  const what = input.kind === 'file' ? input.file.name : '粘贴的内容';
  if (input.kind === 'file') {
    const kind = fileKindOf(input.file.name);
    const tooLarge = kind && tooLargeMessage(kind, input.file.size);
    if (tooLarge) return { ok: false, message: `无法导入“${what}”：${tooLarge}。` };
  }
  let reader: Awaited<ReturnType<typeof readerFor>>;
  try {
    reader = await readerFor(input, currentYear);
  } catch (e) {
    return { ok: false, message: '导入功能未能加载，请刷新页面后再试。', detail: String((e as Error)?.message ?? e) };
  }
  const started = performance.now();
  try {
    return { ok: true, result: await reader(), what, ms: performance.now() - started };
  } catch (e) {
    // an ImportError says why in Chinese; anything else is a fault of the reader, said as such, its words kept apart
    const known = e instanceof ImportError;
    const sentence = known ? (e as Error).message : '读取时出错，文件可能已损坏';
    const detail = known ? (e as { detail?: string }).detail : String((e as Error)?.stack ?? e);
    return {
      ok: false,
      message: `无法导入“${what}”：${sentence}。当前报告没有任何改动。`,
      ...(detail ? { detail } : {}),
    };
  }
}
