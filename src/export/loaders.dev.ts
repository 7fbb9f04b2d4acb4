// The exporters on the dev server: plain dynamic imports (the built bundle uses loaders.build.ts); the
// faces (TrueType, base64) and their coverage come from the dev server's virtual modules (vite.config.ts).
import type { PdfFonts } from './pdf';
import { decodeBase64 } from './scriptLoader';

export const loadDocxWriter = () => import('./docx');
export const loadPdfWriter = () => import('./pdf');
export const loadHtmlWriter = () => import('./html');

export async function loadPdfFonts(): Promise<PdfFonts> {
  const [body, heading, kai] = await Promise.all([
    import('virtual:xxgk-pdf-face/body'),
    import('virtual:xxgk-pdf-face/heading'),
    import('virtual:xxgk-pdf-face/kai'),
  ]);
  return { body: decodeBase64(body.default), heading: decodeBase64(heading.default), kai: decodeBase64(kai.default) };
}

export const loadPdfRestFont = async () => decodeBase64((await import('virtual:xxgk-pdf-face/rest')).default);

export const loadFontCoverage = async () => (await import('virtual:xxgk-font-coverage')).default;

export const loadSampleText = async () => (await import('../draft/sampleText')).sampleText;
