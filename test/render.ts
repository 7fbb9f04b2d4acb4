// Test helper: renders a DOCX with LibreOffice, as a reviewer without Word would see it, and reads the PDF back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export interface ReadPdf {
  pdf: string;
  pages: number;
  /** Points, of the first page. */
  pageSize: [number, number];
  /** pdftotext -raw: the text in reading order, one token per word or wrapped line. */
  tokens: string[];
  /** pdftotext -layout: each printed line that ends in numbers (a table row), those numbers. */
  numberRows: string[][];
}

export type Rendered = ReadPdf;

export function renderWithLibreOffice(docxPath: string): Rendered {
  const out = mkdtempSync(join(tmpdir(), 'render-'));
  execFileSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${out}/profile`, '--convert-to', 'pdf', '--outdir', out, docxPath],
    {
      stdio: 'ignore',
      timeout: 120_000,
    },
  );
  const pdf = join(out, basename(docxPath).replace(/\.docx$/, '.pdf'));
  if (!readdirSync(out).includes(basename(pdf))) throw new Error(`LibreOffice made no PDF of ${docxPath}`);
  return readPdf(pdf);
}

/** Reads a PDF back with poppler: page count and size, its text in reading order, its table rows. */
export function readPdf(pdf: string): ReadPdf {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const raw = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
  const layout = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const numberRows = layout
    .split('\n')
    // table columns stand apart by runs of spaces; a number at the end of a text line follows one space
    .map((line) => (/(?:(?:^\s*|\s{2,})\d+(?:\.\d+)?)+\s*$/.exec(line)?.[0] ?? '').trim().split(/\s+/).filter(Boolean))
    .filter((numbers) => numbers.length > 0);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
  return {
    pdf,
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    pageSize: [Number(size[1]), Number(size[2])],
    tokens: raw.split(/\s+/).filter(Boolean),
    numberRows,
  };
}

/** The share of dark pixels of a page rendered at 50 dpi (text that is really drawn, not only extractable). */
export function inkRatio(pdf: string, page: number): number {
  const pgm = execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '50', '-gray', pdf], {
    maxBuffer: 1 << 26,
  });
  // P5 header: "P5\n<w> <h>\n255\n", then one byte a pixel
  let at = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    let end = at;
    while (pgm[end] !== 0x0a && pgm[end] !== 0x20) end++;
    fields.push(pgm.subarray(at, end).toString());
    at = end + 1;
  }
  const pixels = pgm.subarray(at);
  let dark = 0;
  for (const p of pixels) if (p < 128) dark++;
  return dark / pixels.length;
}

/**
 * Finds each expected text in the tokens, in order; a text may be split over consecutive tokens
 * (a label wrapped in its cell). Returns the first text not found after the previous one, or null.
 */
export function firstMissingInOrder(tokens: string[], expected: string[]): string | null {
  let at = 0;
  for (const raw of expected) {
    const text = raw.replace(/\s/g, '');
    if (!text) continue;
    let found = -1;
    for (let j = at; j < tokens.length && found < 0; j++) {
      let joined = '';
      for (let k = j; k < tokens.length && text.startsWith(joined + tokens[k]); k++) {
        joined += tokens[k];
        if (joined === text) {
          found = k;
          break;
        }
      }
    }
    if (found < 0) return raw;
    at = found + 1;
  }
  return null;
}
