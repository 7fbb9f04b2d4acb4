// Chinese line breaking (GB/T 15834 punctuation rules as word processors apply them): no line starts with
// closing punctuation, no line ends with opening punctuation, and a run of digits or Latin letters is never
// split. The PDF lays its text with it and the page flow (pages.ts) counts lines with it, so the preview's
// page breaks and the PDF's agree. pdfkit's own wrapping knows none of these rules.

/** May not start a line. */
export const CLOSING = new Set([...'，。、；：？！）》”’」』】…〕］｝〉·,.;:?!)]}%']);
/** May not end a line. */
export const OPENING = new Set([...'（《“‘「『【〔［｛〈([{']);

/** Width in ems: Latin letters and digits are half a full-width character, a space a quarter. */
export const charWidth = (ch: string) => (ch === ' ' ? 0.25 : /[\x21-\x7e]/.test(ch) ? 0.5 : 1);
export const textWidth = (text: string) => [...text].reduce((s, c) => s + charWidth(c), 0);

/**
 * The unbreakable pieces of a text: a run of ASCII letters, digits and signs (`2024`, `12.5%`, `PDF`),
 * a run of full-width digits or letters, or one character (surrogate pairs kept whole).
 */
export function tokens(text: string): string[] {
  return text.match(/[\x21-\x7e]+|[０-９Ａ-Ｚａ-ｚ]+|[\s\S]/gu) ?? [];
}

const first = (token: string) => [...token][0];
const last = (token: string) => [...token].pop()!;
/** May the text break between these two pieces? */
const breakable = (before: string, after: string) => !OPENING.has(last(before)) && !CLOSING.has(first(after));

/**
 * Breaks a text into lines `capacity` ems wide, the first line shortened by `indent` ems. One closing
 * mark may hang past the end of a line (as LibreOffice and Word do); otherwise the line breaks at the
 * last place the rules allow, and the pieces after it move to the next line with the mark.
 */
export function breakLines(text: string, capacity: number, indent = 0): string[] {
  const cap = Math.max(capacity, 1);
  const lines: string[][] = [];
  let line: string[] = [];
  let used = indent;
  let hanging = false;
  const pieces = tokens(text).flatMap((t) => (textWidth(t) > cap ? [...t] : [t])); // a word wider than a line is split
  for (const token of pieces) {
    const w = textWidth(token);
    if (line.length === 0 || (!hanging && used + w <= cap + 1e-9)) {
      line.push(token);
      used += w;
      continue;
    }
    if (/^\s$/.test(token)) continue; // a space where a line breaks is swallowed, as in a word processor
    if (!hanging && CLOSING.has(token) && used + w <= cap + 1 + 1e-9) {
      line.push(token);
      used += w;
      hanging = true;
      continue;
    }
    // Break before `token`, or further back where the rules allow.
    const pending = [...line, token];
    let at = pending.length - 1;
    while (at > 0 && !breakable(pending[at - 1], pending[at])) at--;
    if (at === 0) at = pending.length - 1; // nowhere allowed: break anyway rather than overflow
    lines.push(trimEnd(pending.slice(0, at)));
    line = pending.slice(at);
    used = textWidth(line.join(''));
    hanging = false;
  }
  lines.push(line);
  return lines.map((l) => l.join(''));
}

function trimEnd(line: string[]): string[] {
  let end = line.length;
  while (end > 1 && /^\s$/.test(line[end - 1])) end--;
  return line.slice(0, end);
}

export const lineCount = (text: string, capacity: number, indent = 0) => breakLines(text, capacity, indent).length;
