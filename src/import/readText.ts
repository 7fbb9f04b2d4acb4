// A .txt file or pasted plain text: one paragraph per line, read line by line by the matcher. Lines of a pipe
// table (`| 一、本年新收… | 21 | 0 |`, as Markdown and OCR tools write tables) are table rows, cell by cell.
import { decodeText } from './decode';
import { cleanText } from './normalize';
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
    .map((c) => ({ text: cleanText(c), colSpan: 1, rowSpan: 1 }));

export function readTextString(text: string, source: SourceDocument['source'] = 'text'): SourceDocument {
  const blocks: SourceBlock[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/[\u00a0\u3000]/g, ' ').replace(/\s+$/, '');
    if (cleanText(line) === '' || PIPE_RULE.test(line) || PAGE_NUMBER.test(line)) continue;
    if (PIPE_ROW.test(line)) {
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'table') last.rows.push(pipeCells(line));
      else blocks.push({ kind: 'table', rows: [pipeCells(line)] });
    } else blocks.push({ kind: 'paragraph', text: line });
  }
  return { source, blocks };
}

export function readTextFile(bytes: Uint8Array): SourceDocument {
  return readTextString(decodeText(bytes));
}
