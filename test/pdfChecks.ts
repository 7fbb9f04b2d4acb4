// Test helper: what a PDF of the Yindu seed must hold, read back with poppler, as a list of problems.
import { expectedNumberRows, expectedTableCells, HEADINGS } from './docxChecks';
import { execFileSync } from 'node:child_process';
import { firstMissingInOrder, inkRatio, readPdf } from './render';

/** The faces a PDF embeds (`pdffonts`), each `NAME subset?` — e.g. `NotoSansSC-Medium subset`. */
export function embeddedFaces(path: string): string[] {
  return execFileSync('pdffonts', [path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const [name] = line.split(/\s+/);
      const base = name.replace(/^[A-Z]{6}\+/, '');
      return `${base}${base !== name && /CID TrueType\s+Identity-H\s+yes yes yes/.test(line) ? ' subset' : ''}`;
    })
    .sort();
}

/** What the three faces of our PDF are called in it. */
export const PDF_FACES = ['LXGWWenKai-Regular subset', 'NotoSansSC-Medium subset', 'NotoSerifSC-Regular subset'];

export function seedPdfProblems(
  path: string,
  title: string,
  figures: ReadonlyMap<string, number>,
  expectedPages: number,
): string[] {
  const pdf = readPdf(path);
  const problems: string[] = [];
  if (Math.abs(pdf.pageSize[0] - 595.28) > 0.5 || Math.abs(pdf.pageSize[1] - 841.89) > 0.5)
    problems.push(`page size ${pdf.pageSize}`);
  if (pdf.pages !== expectedPages) problems.push(`${pdf.pages} pages, the preview says ${expectedPages}`);
  const missing = firstMissingInOrder(pdf.tokens, [title, ...HEADINGS]);
  if (missing) problems.push(`text not found in order: ${missing}`);
  expectedTableCells(figures).forEach((cells, i) => {
    const m = firstMissingInOrder(pdf.tokens, cells);
    if (m) problems.push(`table ${i + 1}: "${m}" not found in order`);
  });
  if (JSON.stringify(pdf.numberRows) !== JSON.stringify(expectedNumberRows(figures)))
    problems.push('table rows differ in pdftotext -layout');
  for (let page = 1; page <= pdf.pages; page++) {
    if (!pdf.tokens.join(' ').includes(`— ${page} —`)) problems.push(`no page number — ${page} —`);
    const ink = inkRatio(path, page);
    if (ink < 0.01) problems.push(`page ${page} has almost no ink (${ink.toFixed(4)}): glyphs missing?`);
  }
  return problems;
}
