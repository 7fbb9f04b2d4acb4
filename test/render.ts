// Test helper: renders a DOCX with LibreOffice, as a reviewer without Word would see it, and reads the PDF back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export interface Rendered {
  pdf: string;
  pages: number;
  /** pdftotext -raw: the text in reading order, one token per word or wrapped line. */
  tokens: string[];
  /** pdftotext -layout: each printed line that ends in numbers (a table row), those numbers. */
  numberRows: string[][];
}

export function renderWithLibreOffice(docxPath: string): Rendered {
  const out = mkdtempSync(join(tmpdir(), 'render-'));
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${out}/profile`, '--convert-to', 'pdf', '--outdir', out, docxPath], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  const pdf = join(out, basename(docxPath).replace(/\.docx$/, '.pdf'));
  if (!readdirSync(out).includes(basename(pdf))) throw new Error(`LibreOffice made no PDF of ${docxPath}`);
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const raw = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
  const layout = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const numberRows = layout
    .split('\n')
    // table columns stand apart by runs of spaces; a number at the end of a text line follows one space
    .map((line) => (/(?:(?:^\s*|\s{2,})\d+(?:\.\d+)?)+\s*$/.exec(line)?.[0] ?? '').trim().split(/\s+/).filter(Boolean))
    .filter((numbers) => numbers.length > 0);
  return { pdf, pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), tokens: raw.split(/\s+/).filter(Boolean), numberRows };
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
