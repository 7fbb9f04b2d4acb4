// The reader's blocks as the matcher walks them: lines (a paragraph, or a table row) and, for tables, a stream
// of text and value tokens in reading order, whatever the source (a tab-separated text copy, a PDF's broken
// lines, or a real table with merged and empty cells).
import { isNoneMark } from '../report/number';
import { plainLine } from './normalize';
import type { SourceDocument } from './types';

export interface Line {
  /** The paragraph's text, or a table row's cells joined by tabs. */
  text: string;
  /** Cells of a table row; null for a paragraph. */
  cells: string[] | null;
}

export type Token = { kind: 'text'; text: string } | { kind: 'value'; raw: string; blank: boolean };

export function toLines(doc: SourceDocument): Line[] {
  const lines: Line[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') {
      const text = plainLine(block.text);
      if (text) lines.push({ text: block.text, cells: null });
    } else
      for (const row of block.rows) {
        const cells = row.map((c) => plainLine(c.text));
        if (cells.some(Boolean)) lines.push({ text: cells.join('\t'), cells });
      }
  }
  return lines;
}

/** A figure as reports print it: digits, maybe a unit, maybe a remark in brackets (`22（其中修订16件）`). */
export const VALUE_PIECE =
  /^[-－]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?(?:万元|元|件|条|个|项|次)?(?:[（(][^（()）]*[）)])?$/;
const isValue = (piece: string) => VALUE_PIECE.test(piece) || isNoneMark(piece);

/** Column headers an OCR tool or a spreadsheet writes in place of the real ones (`数据1`…`数据7`, `列3`): text. */
const PLACEHOLDER_HEADER = /^(?:数据|列|字段|Column|col)\s*\d+$/i;

/**
 * A piece where labels and figures ran together, as a crawler stores a page (`…申请数量230 000023二、上年结转…`),
 * cut at every change from text to figures: a run of digits after a label is a figure, except a label's own
 * number (`…00000001.属于国家秘密`: the `1.` starts the next label) and digits that belong to the words
 * (`2024年`, `第3页`, `16件` keeps its unit).
 */
function splitRunOn(piece: string): string[] {
  if (PLACEHOLDER_HEADER.test(piece) || isValue(piece) || !/[0-9０-９]/.test(piece) || !/[\u4e00-\u9fff]/.test(piece))
    return [piece];
  const out: string[] = [];
  let text = '';
  // a minus between two figures starts the second (`35-15`: 本年增/减 may be negative)
  const re = /(?<=[0-9０-９])[-－](?=[0-9０-９])|[0-9０-９]+(?:[.．][0-9０-９]+)?/g;
  let last = 0;
  for (let m = re.exec(piece); m; m = re.exec(piece)) {
    const before = piece.slice(last, m.index);
    const after = piece.slice(m.index + m[0].length);
    text += before;
    last = m.index + m[0].length;
    if (m[0] === '-' || m[0] === '－') {
      // right after a figure, the sign of the next one (carried by `text`, empty there); after words, a dash in them
      text = text === '' ? '-' : text + m[0];
      continue;
    }
    const digits = text === '-' ? `-${m[0]}` : m[0];
    if (text === '-') text = '';
    const prevChar = text.slice(-1);
    const numbering = /^[.．、]\D/.test(after) || /^[.．、]$/.test(after);
    // inside brackets digits are words (`（单位：0万元）`, `（其中修订16件）`)
    const bracketed = (text.match(/[（(]/g)?.length ?? 0) > (text.match(/[）)]/g)?.length ?? 0);
    // a range in words (`第3-5项`, `1至3月`) is words too
    const range = text.length > 1 && /[-－~～至到]$/.test(text);
    const partOfWords =
      bracketed ||
      range ||
      /^[年月日号页%％]/.test(after) ||
      /^[第约近逾]$/.test(prevChar) ||
      /^[余多]/.test(after) ||
      /[A-Za-z]$/.test(prevChar);
    const unit = /^(?:万元|元|件|条|个|项|次)/.exec(after)?.[0] ?? '';
    if (
      partOfWords ||
      (text === '' && out.length === 0 && ((numbering && digits.length === 1) || (unit === '' && after === '')))
    ) {
      text += digits;
      continue;
    }
    if (numbering) {
      // the last digit numbers the next label; digits before it are the row's figures
      if (digits.length > 1 && !digits.includes('.') && !digits.includes('．')) {
        if (text) out.push(text);
        out.push(digits.slice(0, -1));
        text = digits.slice(-1);
      } else text += digits;
      continue;
    }
    if (text) out.push(text);
    text = '';
    out.push(digits + unit);
    last += unit.length;
  }
  text += piece.slice(last);
  if (text) out.push(text);
  return out.length ? out : [piece];
}

/** The pieces of a line of plain text: separated by spaces or tabs, a space inside brackets not separating. */
function textPieces(text: string): string[] {
  const joined = text.replace(/[（(][^（()）]*[）)]/g, (group) => group.replace(/\s+/g, ''));
  const pieces = joined.split(/\s+/).filter(Boolean).flatMap(splitRunOn);
  // a remark in brackets after a figure belongs to it (`22 （其中修订16件）`)
  const out: string[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    if (prev !== undefined && VALUE_PIECE.test(prev) && /^[（(].*(\d|其中|含|包括).*[）)]$/.test(p))
      out[out.length - 1] = prev + p;
    else out.push(p);
  }
  return out;
}

export function tokens(lines: Line[]): Token[] {
  const out: Token[] = [];
  for (const line of lines) {
    if (line.cells) {
      for (const cell of line.cells) {
        if (cell === '') out.push({ kind: 'value', raw: '', blank: true });
        else if (isValue(cell.replace(/\s+/g, '')))
          out.push({ kind: 'value', raw: cell.replace(/\s+/g, ''), blank: false });
        else if (textPieces(cell).every(isValue))
          for (const p of textPieces(cell)) out.push({ kind: 'value', raw: p, blank: false });
        else out.push({ kind: 'text', text: cell });
      }
    } else
      for (const p of textPieces(line.text))
        out.push(isValue(p) ? { kind: 'value', raw: p, blank: false } : { kind: 'text', text: p });
  }
  return out;
}
