// The reader's blocks as the matcher walks them: lines (a paragraph, or a table row) and, for tables, a stream
// of text and value tokens in reading order, whatever the source (a tab-separated text copy, a PDF's broken
// lines, or a real table with merged and empty cells).
import { cleanText } from './normalize';
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
      const text = cleanText(block.text);
      if (text) lines.push({ text: block.text, cells: null });
    } else
      for (const row of block.rows) {
        const cells = row.map((c) => cleanText(c.text));
        if (cells.some(Boolean)) lines.push({ text: cells.join('\t'), cells });
      }
  }
  return lines;
}

/** A figure as reports print it: digits, maybe a unit, maybe a remark in brackets (`22（其中修订16件）`). */
export const VALUE_PIECE = /^[-－]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?(?:万元|元|件|条|个|项|次)?(?:[（(][^（()）]*[）)])?$/;
/** Marks published reports use for "none". */
export const NONE_PIECE = /^(?:[-－—–―/／]+|无)$/;

const isValue = (piece: string) => VALUE_PIECE.test(piece) || NONE_PIECE.test(piece);

/** A run-on label and figure (`行政许可0`) split in two; a numbered label (`1.属于国家秘密`) left whole. */
function splitRunOn(piece: string): string[] {
  const m = /^(.*[\u4e00-\u9fff）)”"])([0-9０-９][0-9０-９,，.．]*)$/.exec(piece);
  return m && !/[.．、]$/.test(m[2]) ? [m[1], m[2]] : [piece];
}

/** The pieces of a line of plain text: separated by spaces or tabs, a space inside brackets not separating. */
function textPieces(text: string): string[] {
  const joined = text.replace(/[（(][^（()）]*[）)]/g, (group) => group.replace(/\s+/g, ''));
  const pieces = joined.split(/\s+/).filter(Boolean).flatMap(splitRunOn);
  // a remark in brackets after a figure belongs to it (`22 （其中修订16件）`)
  const out: string[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    if (prev !== undefined && VALUE_PIECE.test(prev) && /^[（(].*(\d|其中|含|包括).*[）)]$/.test(p)) out[out.length - 1] = prev + p;
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
        else if (isValue(cell.replace(/\s+/g, ''))) out.push({ kind: 'value', raw: cell.replace(/\s+/g, ''), blank: false });
        else if (textPieces(cell).every(isValue)) for (const p of textPieces(cell)) out.push({ kind: 'value', raw: p, blank: false });
        else out.push({ kind: 'text', text: cell });
      }
    } else
      for (const p of textPieces(line.text)) out.push(isValue(p) ? { kind: 'value', raw: p, blank: false } : { kind: 'text', text: p });
  }
  return out;
}
