// The PDF faces as the app ships them (subsets made at build time), the body face's rest included: for tests that make PDFs.
import { faceBytes } from '../build/pdfFonts';
import type { PdfFonts } from '../src/export/pdf';

export async function pdfTestFonts(): Promise<PdfFonts> {
  const [body, heading, kai, rest] = await Promise.all((['body', 'heading', 'kai', 'rest'] as const).map(faceBytes));
  return { body, heading, kai, rest };
}
