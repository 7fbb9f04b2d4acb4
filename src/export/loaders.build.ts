// The exporters of the built bundle: classic scripts built apart (see vite.config.ts), loaded on first use.
import { decodeBase64, loadScriptGlobal } from './scriptLoader';

export const loadDocxWriter = () => loadScriptGlobal<typeof import('./docx')>('XxgkDocx', 'export-docx.js');
export const loadPdfWriter = () => loadScriptGlobal<typeof import('./pdf')>('XxgkPdf', 'export-pdf.js');

let font: Promise<Uint8Array> | null = null;
/** The PDF font's bytes (Noto Serif SC, OFL), shipped as a script so that it loads from disk too. */
export function loadPdfFont(): Promise<Uint8Array> {
  font ??= loadScriptGlobal<string>('XxgkPdfFont', 'export-pdf-font.js').then(decodeBase64);
  font.catch(() => (font = null));
  return font;
}
