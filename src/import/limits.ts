// Every limit a file from outside meets, in one table, applied before any work and the same in 导入已有报告 and
// 批量检查 (one reader, one set of limits). Each is a generous multiple of any real report — a 20-page report is a
// 2 MB PDF, a document.xml of 1–3 MB, ~50,000 elements — so that a crafted file is refused in one sentence long
// before it can exhaust the tab's memory or time. Kept apart from the readers, so that the first screen can name
// what the import accepts without loading them.

const MB = 1024 * 1024;

/** The kinds of file the app reads: a draft of its own, or a report as a .docx, PDF, web page or text file. */
export type FileKind = 'draft' | 'docx' | 'pdf' | 'html' | 'text';

/** A file's kind by its name, or null for a file the app does not read (an old `.doc` included). */
export function fileKindOf(fileName: string): FileKind | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.nianbao.json') || name.endsWith('.json')) return 'draft';
  if (name.endsWith('.docx')) return 'docx';
  if (name.endsWith('.pdf')) return 'pdf';
  if (name.endsWith('.html') || name.endsWith('.htm')) return 'html';
  if (name.endsWith('.txt')) return 'text';
  return null;
}

export const READ_LIMITS = {
  /**
   * Size of a file by its kind, checked before a byte of it is read, in 导入已有报告 and 批量检查 alike. A draft
   * holds at most 1.5 million characters of text (report/text.ts), under 5 MB; a report's .docx with photos is a
   * few MB, a scanned PDF tens.
   */
  fileBytes: { draft: 5 * MB, docx: 50 * MB, pdf: 50 * MB, html: 50 * MB, text: 50 * MB } satisfies Record<
    FileKind,
    number
  >,
  /** Entries in a .docx (a real one has 10–40). */
  zipEntries: 5_000,
  /** The unzipped word/document.xml, counted while inflating: never trusted from the zip's headers. */
  xmlBytes: 20 * 1024 * 1024,
  /** Elements of a document.xml or a web page (a real report: ~50,000). */
  elements: 400_000,
  /** Nesting depth of its elements (a real one: ~25). */
  depth: 200,
  /** Pages of a PDF (a report: 5–20). */
  pdfPages: 100,
  /** Text pieces pdf.js finds in a PDF (a 20-page report: ~10,000). */
  pdfTextItems: 300_000,
} as const;

export const IMPORT_ACCEPT = '.docx,.pdf,.html,.htm,.txt';

/**
 * A dropped file for the import dialog (a dropped `.nianbao.json` is a draft, and opens as one), a `.pdf` included.
 * An old `.doc` goes there too, to be told in one sentence what to do instead.
 */
export const isImportable = (name: string) => /\.(docx?|html?|txt|pdf)$/i.test(name);

/** Why a file of this kind and size is refused, or null when its size is within the limit of its kind. */
export function tooLargeMessage(kind: FileKind, size: number): string | null {
  const limit = READ_LIMITS.fileBytes[kind];
  if (size <= limit) return null;
  const what = kind === 'draft' ? '草稿文件' : '年度报告的文件';
  return `文件过大（${(size / MB).toFixed(1)} MB），${what}不会超过 ${limit / MB} MB：请确认选对了文件`;
}
