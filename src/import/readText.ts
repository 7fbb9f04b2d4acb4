// A .txt file or pasted plain text: one paragraph per line, read line by line by the matcher. Lines of a pipe
// table (`| 一、本年新收… | 21 | 0 |`, as Markdown and OCR tools write tables) are table rows, cell by cell.
import { decodeText } from './decode';
import { plainLine } from './normalize';
import type { SourceBlock, SourceDocument } from './types';

const PIPE_ROW = /^\s*\|.*\|\s*$/;
/** A pipe table's rule under its header: `| --- | :---: |`. */
const PIPE_RULE = /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/;

/** A page number printed with its dashes or words (`- 3 -`, `— 3 —`, `第3页`, `第3页 共10页`): page furniture, not text. A bare
 * `3` stays: in a text copied from a PDF viewer it may be a table's figure. */
const PAGE_NUMBER = /^\s*(?:[-—－–]+\s*\d{1,3}\s*[-—－–]+|第\s*\d{1,3}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,3}\s*页)?)\s*$/;

const pipeCells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => ({ text: plainLine(c), colSpan: 1, rowSpan: 1 }));

/**
 * Page furniture of a text copied from a PDF: page numbers, and a running header or footer (the same line beside two
 * or more page breaks — a form feed or a page number — such as the agency's name or the title), which would
 * otherwise land in a section's text and be carried into next year's report.
 */
function furniture(lines: string[]): Set<number> {
  const pageNumber = lines.map((l) => PAGE_NUMBER.test(l.replace(/\f/g, '')));
  // a form feed starts a page (pdftotext writes it before the page's first line)
  const breaks = lines.map((l, i) => pageNumber[i] || l.includes('\f'));
  const nearBreak = (i: number) => breaks.slice(Math.max(0, i - 2), i + 3).some(Boolean);
  const seen = new Map<string, number[]>();
  lines.forEach((l, i) => {
    const text = plainLine(l.replace(/\f/g, ''));
    if (text.length >= 4 && !pageNumber[i] && nearBreak(i) && !/^[\d\s.,，．/-]+$/.test(text))
      seen.set(text, [...(seen.get(text) ?? []), i]);
  });
  const out = new Set(lines.map((_, i) => i).filter((i) => pageNumber[i]));
  for (const at of seen.values()) if (at.length >= 2) at.forEach((i) => out.add(i));
  return out;
}

export function readTextString(text: string, source: SourceDocument['source'] = 'text'): SourceDocument {
  const blocks: SourceBlock[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  const skip = furniture(lines);
  lines.forEach((raw, i) => {
    const line = raw
      .replace(/\f/g, '')
      .replace(/[\u00a0\u3000]/g, ' ')
      .replace(/\s+$/, '');
    if (skip.has(i) || plainLine(line) === '' || PIPE_RULE.test(line)) return;
    if (PIPE_ROW.test(line)) {
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'table') last.rows.push(pipeCells(line));
      else blocks.push({ kind: 'table', rows: [pipeCells(line)] });
    } else blocks.push({ kind: 'paragraph', text: line });
  });
  return { source, blocks };
}

export function readTextFile(bytes: Uint8Array): SourceDocument {
  return readTextString(decodeText(bytes));
}
