// Reads the text of a PDF with its positions, page by page, through pdf.js. pdf.js itself is passed in:
// the legacy build in Node (tests), the classic script built for the browser floor in the page (./browser.ts).
// Every failure becomes one Chinese sentence (ImportError); nothing here touches the DOM.
import { READ_LIMITS, tooLargeMessage } from '../limits';
import { ImportError } from '../types';
import type { PdfPage, PdfTextItem } from './layout';

/** The part of pdf.js this reader uses (the same in the legacy build and in our browser build). */
export interface PdfJs {
  getDocument(src: { data: Uint8Array; verbosity?: number; isEvalSupported?: boolean; useSystemFonts?: boolean }): {
    promise: Promise<PdfJsDocument>;
    destroy(): Promise<void>;
  };
}
interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfJsPage>;
}
interface PdfJsPage {
  getTextContent(): Promise<{ items: unknown[]; styles: Record<string, { vertical?: boolean }> }>;
  getOperatorList(): Promise<{ fnArray: number[] }>;
  cleanup(): void;
}
interface RawItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

export const SCANNED_PDF = '此PDF为扫描图片，无法识别文字';

export interface ReadPdfOptions {
  /** Called between pages, so that a caller on the main thread can let the page breathe. */
  betweenPages?: () => Promise<void>;
  /** pdf.js's operator code for a painted image (OPS.paintImageXObject), to tell a scan from a blank page. */
  paintImageOp?: number;
}

function reason(error: unknown): string {
  const name = (error as { name?: string })?.name ?? '';
  const message = String((error as { message?: string })?.message ?? error);
  if (name === 'PasswordException') return 'PDF设有打开密码，无法读取：请提供未加密的文件';
  if (/zero bytes|is empty/i.test(message)) return '文件是空的（0字节）';
  if (name === 'InvalidPDFException' || /Invalid PDF/i.test(message)) return 'PDF文件已损坏或不是PDF，无法读取';
  return DAMAGED_PDF;
}

/** Whatever else pdf.js says (`Pages tree contains circular reference.`): one Chinese sentence, its words kept as detail. */
const DAMAGED_PDF = 'PDF文件已损坏或结构有误，无法读取：请在PDF阅读器中打开、另存为PDF后再试';

export async function readPdfPages(pdfjs: PdfJs, bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfPage[]> {
  if (bytes.length === 0) throw new ImportError('文件是空的（0字节）');
  const tooLarge = tooLargeMessage('pdf', bytes.length);
  if (tooLarge) throw new ImportError(tooLarge);
  // pdf.js takes the buffer over (the caller's array is emptied): give it a copy
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, useSystemFonts: true });
  try {
    return await readPages(await task.promise, options);
  } catch (e) {
    throw e instanceof ImportError ? e : new ImportError(reason(e), String((e as Error)?.message ?? e));
  } finally {
    await task.destroy();
  }
}

async function readPages(doc: PdfJsDocument, options: ReadPdfOptions): Promise<PdfPage[]> {
  if (doc.numPages > READ_LIMITS.pdfPages)
    throw new ImportError(`PDF有${doc.numPages}页，年度报告不会超过${READ_LIMITS.pdfPages}页：请确认选对了文件`);
  let textItems = 0;
  const pages: PdfPage[] = [];
  let images = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    for (const raw of content.items as RawItem[]) {
      if (typeof raw.str !== 'string' || raw.str.trim() === '') continue; // whitespace items carry bogus widths
      if (content.styles[raw.fontName]?.vertical) continue; // a vertical label loses characters; the template names it
      items.push({
        str: raw.str,
        x: raw.transform[4],
        y: raw.transform[5],
        w: raw.width,
        h: Math.abs(raw.height) || Math.abs(raw.transform[3]),
      });
    }
    textItems += items.length;
    if (textItems > READ_LIMITS.pdfTextItems)
      throw new ImportError(`PDF中的文字过多（超过${READ_LIMITS.pdfTextItems}段），不像年度报告：请确认选对了文件`);
    if (items.length === 0 && options.paintImageOp !== undefined) {
      const ops = await page.getOperatorList();
      images += ops.fnArray.filter((op) => op === options.paintImageOp).length;
    }
    pages.push({ items });
    page.cleanup();
    if (options.betweenPages) await options.betweenPages();
  }
  if (pages.every((p) => p.items.length === 0))
    throw new ImportError(images > 0 || options.paintImageOp === undefined ? SCANNED_PDF : 'PDF中没有文字');
  return pages;
}
