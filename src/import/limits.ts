// Every limit a file from outside meets, in one table, applied before any work and the same in 导入已有报告 and
// 批量检查 (one reader, one set of limits). Each is a generous multiple of any real report — a 20-page report is a
// 2 MB PDF, a document.xml of 1–3 MB, ~50,000 elements — so that a crafted file is refused in one sentence long
// before it can exhaust the tab's memory or time. Kept apart from the readers, so that the first screen can name
// what the import accepts without loading them.

const MB = 1024 * 1024;
/** A file of any kind (a .docx with photos is a few MB, a scanned PDF tens). Apart from READ_LIMITS: the first screen
 * needs only this one, and the table stays with the readers. */
const FILE_BYTES = 50 * MB;

export const READ_LIMITS = {
  fileBytes: FILE_BYTES,
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

/** What the import accepts, kept apart from the readers, so that the first screen can name it without loading them. */
export const MAX_IMPORT_BYTES = FILE_BYTES;

export const IMPORT_ACCEPT = '.docx,.pdf,.html,.htm,.txt';

/**
 * A dropped file for the import dialog (a dropped `.nianbao.json` is a draft, and opens as one), a `.pdf` included.
 * An old `.doc` goes there too, to be told in one sentence what to do instead.
 */
export const isImportable = (name: string) => /\.(docx?|html?|txt|pdf)$/i.test(name);

export function tooLargeMessage(size: number): string | null {
  return size > FILE_BYTES
    ? `文件过大（${(size / MB).toFixed(1)} MB），年度报告的文件不会超过 ${FILE_BYTES / MB} MB：请确认选对了文件`
    : null;
}
