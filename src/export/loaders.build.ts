// The exporters of the built bundle: classic scripts built apart (see vite.config.ts), loaded on first use.
import type { PdfFonts } from './pdf';
import { byteText, loadScriptGlobal } from './scriptLoader';

export const loadDocxWriter = () => loadScriptGlobal<typeof import('./docx')>('XxgkDocx', 'export-docx.js');
export const loadPdfWriter = () => loadScriptGlobal<typeof import('./pdf')>('XxgkPdf', 'export-pdf.js');
export const loadHtmlWriter = () => loadScriptGlobal<typeof import('./html')>('XxgkHtml', 'export-html.js');

/** A face's TrueType bytes: its script read byte for byte, then unpacked by the PDF writer's brotli (build/pdfFonts.ts). */
const face = (global: string, file: string) =>
  Promise.all([loadPdfWriter(), loadScriptGlobal<string>(global, file, 'x-user-defined')]).then(([writer, text]) =>
    writer.unpackFace(byteText(text)),
  );

let fonts: Promise<PdfFonts> | null = null;
/**
 * The PDF's faces (Noto Serif SC, Noto Sans SC, LXGW WenKai; OFL), shipped as scripts so that they load from disk too.
 * The body face's rarer characters are not among them: see loadPdfRestFont.
 */
export function loadPdfFonts(): Promise<PdfFonts> {
  fonts ??= Promise.all([
    face('XxgkPdfFont', 'export-pdf-font.js'),
    face('XxgkPdfFontHeading', 'export-pdf-font-heading.js'),
    face('XxgkPdfFontKai', 'export-pdf-font-kai.js'),
  ]).then(([body, heading, kai]) => ({ body, heading, kai }));
  fonts.catch(() => (fonts = null));
  return fonts;
}

let rest: Promise<Uint8Array> | null = null;
/** The body face's characters beyond its subset (GBK's, 堃, 鿍): asked for by the PDF writer only when a report has one. */
export function loadPdfRestFont(): Promise<Uint8Array> {
  rest ??= face('XxgkPdfFontRest', 'export-pdf-font-rest.js');
  rest.catch(() => (rest = null));
  return rest;
}

/** Which characters the faces have (a few KB): read when the clerk reaches 检查与导出, to name missing ones. */
export const loadFontCoverage = () => loadScriptGlobal<string>('XxgkFontCoverage', 'font-coverage.js');

/** Not an exporter: the sample report's text (打开示例), loaded the same way. */
export const loadSampleText = () =>
  loadScriptGlobal<typeof import('../draft/sampleText')>('XxgkSample', 'sample-report.js').then((m) => m.sampleText);
