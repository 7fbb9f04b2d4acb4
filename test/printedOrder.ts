// Test helper: whether a PDF's text (pdftotext -raw) gives the expected paragraphs in order, each starting on a
// line of its own, and each heading alone on its line. Wrapped lines are joined; spaces (justification, a space
// between a digit and a Chinese character) and page numbers are not counted.
import { execFileSync } from 'node:child_process';

export type Printed = { line: string } | { paragraph: string };

const squeeze = (s: string) => s.replace(/\s/g, '');

export const rawText = (pdf: string) => execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });

/** Closing marks that a renderer may hang past the end of a line. */
const HANGING = '，。、；：！？';

/**
 * The problems found, in words (empty when every item is there, in order, as it should stand).
 * `hungPunctuation`: collects the closing marks missing at a line's end (LibreOffice does not draw a comma it hangs
 * past the right margin) instead of counting them as differences.
 */
export function printedOrderProblems(
  raw: string,
  expected: Printed[],
  options: { hungPunctuation?: string[] } = {},
): string[] {
  const lines = raw
    .split('\n')
    .map(squeeze)
    .filter((l) => l && !/^—\d+—$/.test(l));
  const problems: string[] = [];
  let at = 0;
  for (const item of expected) {
    const text = squeeze('line' in item ? item.line : item.paragraph);
    const prefix = text.slice(0, 12);
    // a line starts the item when the item's text starts with it (up to 12 characters: a short line is a whole line)
    const start = lines.findIndex((l, j) => j >= at && (l.startsWith(prefix) || text.startsWith(l.slice(0, 12))));
    if (start < 0) {
      const anywhere = lines.slice(at).some((l) => l.includes(prefix));
      problems.push(`${anywhere ? 'not at the start of a line' : 'missing (in order)'}: ${text.slice(0, 30)}`);
      continue;
    }
    if ('line' in item) {
      if (lines[start] !== text) problems.push(`heading not alone on its line: "${lines[start].slice(0, 40)}"`);
      at = start + 1;
      continue;
    }
    // the paragraph's lines, joined; a mark the renderer hung past the line's end and did not draw is skipped
    // when allowed (and counted), never anywhere else
    let joined = '';
    let end = start;
    let k = 0;
    const hung = new Set<number>();
    while (end < lines.length && k < text.length) {
      const l = lines[end++];
      if (options.hungPunctuation && joined && l[0] !== text[k] && HANGING.includes(text[k])) {
        options.hungPunctuation.push(text.slice(Math.max(0, k - 6), k + 1));
        hung.add(k++);
      }
      joined += l;
      k += l.length;
    }
    const expected = [...text].filter((_, i) => !hung.has(i)).join('');
    if (joined !== expected) {
      let c = 0;
      while (c < expected.length && joined[c] === expected[c]) c++;
      problems.push(
        `paragraph differs at character ${c}: expected "…${expected.slice(c, c + 20)}", printed "…${joined.slice(c, c + 20)}"`,
      );
    }
    at = end;
  }
  return problems;
}
