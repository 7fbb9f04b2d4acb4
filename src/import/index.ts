// Import of an existing report: the entry the app loads on demand (a classic script in the built bundle,
// like the exporters). A file or a paste → the matched report, or an ImportError saying why not.
import { browserParser, type ParseDom } from './dom';
import { matchReport, type ImportResult } from './match';
import { readDocxFile } from './readDocx';
import { readHtmlFile, readHtmlString } from './readHtml';
import { readTextFile, readTextString } from './readText';
import { fileKindOf, tooLargeMessage } from './limits';
import { ImportError, type SourceDocument } from './types';

export { ImportError } from './types';
export type { ImportResult } from './match';
export { toReportSections } from './match';
export { IMPORT_ACCEPT, isImportable, tooLargeMessage } from './limits';

function readFile(name: string, bytes: Uint8Array, parse: ParseDom): SourceDocument {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (ext === 'docx') return readDocxFile(bytes, parse);
  if (ext === 'html' || ext === 'htm') return readHtmlFile(bytes, parse);
  if (ext === 'txt') return readTextFile(bytes);
  if (ext === 'doc')
    throw new ImportError('这是旧版Word文档（.doc），无法直接读取：请在Word或WPS中“另存为”.docx后再导入');
  // the page reads a PDF with the PDF reader (src/import/pdf/browser.ts, its own script): this is for callers in Node
  if (ext === 'pdf')
    throw new ImportError('PDF文件由PDF阅读组件读取，不在这里读取：请在“导入已有报告”中选择或拖入该PDF文件');
  throw new ImportError(
    `不能导入“.${ext || '无扩展名'}”文件：可导入Word文档（.docx）、PDF文件（.pdf）、网页（.html/.htm）或文本文件（.txt）`,
  );
}

export function importBytes(
  name: string,
  bytes: Uint8Array,
  currentYear: number,
  parse: ParseDom = browserParser,
): ImportResult {
  const kind = fileKindOf(name);
  // a file of no kind the app reads is refused by readFile, whatever its size
  const tooLarge = kind && tooLargeMessage(kind, bytes.length);
  if (tooLarge) throw new ImportError(tooLarge);
  return matchReport(readFile(name, bytes, parse), currentYear);
}

/** A paste: its HTML when the clipboard had some (a copy from a browser), else its plain text. */
export function importPaste(
  paste: { html?: string; text?: string },
  currentYear: number,
  parse: ParseDom = browserParser,
): ImportResult {
  const html = paste.html?.trim() ?? '';
  const text = paste.text?.trim() ?? '';
  if (!html && !text)
    throw new ImportError('粘贴的内容是空的：请先在网页、Word或PDF阅读器中全选并复制报告全文，再粘贴');
  if (html && /<(table|p|div|br|tr)\b/i.test(html))
    return matchReport(readHtmlString(html, parse, 'html'), currentYear);
  return matchReport(readTextString(text, 'paste'), currentYear);
}
export { matchPastedTable } from './pastedTable';
export { splitPastedSection } from './sectionPaste';
