// The three PDF faces as the app ships them (heading faces subset at build time): for tests that make PDFs.
import { faceBytes } from '../build/pdfFonts';
import type { PdfFonts } from '../src/export/pdf';

export async function pdfTestFonts(): Promise<PdfFonts> {
  const [body, heading, kai] = await Promise.all((['body', 'heading', 'kai'] as const).map(faceBytes));
  return { body, heading, kai };
}
