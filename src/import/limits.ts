// What the import accepts, kept apart from the readers so that the first screen can name it without loading them.

/** Larger than any report (a .docx with photos is a few MB): a bigger file is refused before it is read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** What 选择文件 offers: a `.pdf` is read by the PDF reader of 批量检查 (src/ui/import/runImport.ts), the rest here. */
export const IMPORT_ACCEPT = '.docx,.pdf,.html,.htm,.txt';

/**
 * A dropped file for the import dialog (a dropped `.nianbao.json` is a draft, and opens as one), a `.pdf` included.
 * An old `.doc` goes there too, to be told in one sentence what to do instead.
 */
export const isImportable = (name: string) => /\.(docx?|html?|txt|pdf)$/i.test(name);

export function tooLargeMessage(size: number): string | null {
  return size > MAX_IMPORT_BYTES
    ? `文件过大（${(size / 1024 / 1024).toFixed(1)} MB），年度报告的文件不会超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB：请确认选对了文件`
    : null;
}
