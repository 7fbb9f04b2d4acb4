// Reads the text of a PDF with its positions, page by page, through pdf.js. pdf.js itself is passed in:
// the legacy build in Node (tests), the classic script built for the browser floor in the page (./entry.ts).
// Every failure becomes one Chinese sentence (ImportError); nothing here touches the DOM.
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
/** Beyond this a PDF is not a yearly report (they run to 5–20 pages): refused before reading. */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;
export const MAX_PDF_PAGES = 100;

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
  return `PDF无法读取（${message.slice(0, 80)}）`;
}

export async function readPdfPages(pdfjs: PdfJs, bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfPage[]> {
  if (bytes.length === 0) throw new ImportError('文件是空的（0字节）');
  if (bytes.length > MAX_PDF_BYTES) throw new ImportError(`文件过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB），不像年度报告`);
  // pdf.js takes the buffer over (the caller's array is emptied): give it a copy
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, useSystemFonts: true });
  try {
    let doc: PdfJsDocument;
    try {
      doc = await task.promise;
    } catch (e) {
      throw new ImportError(reason(e));
    }
    if (doc.numPages > MAX_PDF_PAGES) throw new ImportError(`PDF有${doc.numPages}页，年度报告不会超过${MAX_PDF_PAGES}页`);
    const pages: PdfPage[] = [];
    let images = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const raw of content.items as RawItem[]) {
        if (typeof raw.str !== 'string' || raw.str.trim() === '') continue; // whitespace items carry bogus widths
        if (content.styles[raw.fontName]?.vertical) continue; // a vertical label loses characters; the template names it
        items.push({ str: raw.str, x: raw.transform[4], y: raw.transform[5], w: raw.width, h: Math.abs(raw.height) || Math.abs(raw.transform[3]) });
      }
      if (items.length === 0 && options.paintImageOp !== undefined) {
        const ops = await page.getOperatorList();
        images += ops.fnArray.filter((op) => op === options.paintImageOp).length;
      }
      pages.push({ items });
      page.cleanup();
      if (options.betweenPages) await options.betweenPages();
    }
    if (pages.every((p) => p.items.length === 0)) throw new ImportError(images > 0 || options.paintImageOp === undefined ? SCANNED_PDF : 'PDF中没有文字');
    return pages;
  } finally {
    await task.destroy();
  }
}
