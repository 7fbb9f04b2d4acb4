// How many pages the report takes, and where each block starts, estimated from the page geometry of
// the spec: body lines of fixed height, 27 full-width characters a line, table rows that never split
// and repeat their header rows. Calibrated against LibreOffice's rendering of the exported DOCX
// (e2e/export.spec.ts checks the count against it), so the preview can say "共N页".
import type { Block, DocCell, DocTable } from './blocks';
import { BODY_LINE_PT, CELL_PADDING_TWIP, SIZES, TEXT_HEIGHT_PT, TEXT_WIDTH_PT } from './pageSetup';

/** Line pitch of table text (10.5 pt, single spacing) and a row's vertical padding, measured in LibreOffice. */
const TABLE_LINE_PT = 15.2;
const ROW_PADDING_PT = 3.5;
const TITLE_LINE_PT = SIZES.title * 1.5;

/** Width in ems: Latin letters and digits are half a full-width character. */
const charWidth = (ch: string) => (/[\x20-\x7e]/.test(ch) ? 0.5 : 1);
/** Punctuation that may hang past the end of a line rather than start the next one. */
const HANGING = new Set([...'，。、；：？！”’）》」』】…']);

/** Lines a text takes in a box `capacity` ems wide, the first line shortened by `indent` ems. */
export function lineCount(text: string, capacity: number, indent = 0): number {
  if (capacity < 1) capacity = 1;
  const tokens = text.match(/[\x21-\x7e]+|[\s\S]/g) ?? [];
  let lines = 1;
  let used = indent;
  for (const token of tokens) {
    const w = [...token].reduce((s, c) => s + charWidth(c), 0);
    if (used + w <= capacity + 1e-9) used += w;
    else if (HANGING.has(token) && used + w <= capacity + 1) used += w;
    else {
      lines++;
      used = w;
    }
  }
  return lines;
}

const BODY_CAPACITY = Math.floor(TEXT_WIDTH_PT / SIZES.body);

function cellHeight(cell: DocCell, widthPt: number): number {
  const capacity = Math.floor((widthPt - (2 * CELL_PADDING_TWIP.x) / 20) / SIZES.table);
  return (cell.text ? lineCount(cell.text, capacity) : 1) * TABLE_LINE_PT + ROW_PADDING_PT;
}

/** Each row's height; a merged cell's text is spread over its rows, so it does not set one row's height. */
export function rowHeights(table: DocTable): number[] {
  const total = table.columnWidths.reduce((a, b) => a + b, 0);
  const colPt = table.columnWidths.map((w) => (w / total) * TEXT_WIDTH_PT);
  return table.rows.map((row, r) => {
    let col = 0;
    let height = 0;
    for (const cell of row) {
      const width = colPt.slice(col, col + cell.colSpan).reduce((a, b) => a + b, 0);
      col += cell.colSpan;
      const merged = cell.vMerge === 'restart' && table.rows[r + 1]?.some((c) => c.vMerge === 'continue');
      if (!cell.vMerge || (cell.vMerge === 'restart' && !merged)) height = Math.max(height, cellHeight(cell, width));
    }
    return Math.max(height, TABLE_LINE_PT + ROW_PADDING_PT);
  });
}

export interface Pagination {
  pages: number;
  /** The page (1-based) on which each block starts. */
  startPage: number[];
}

export function paginate(blocks: Block[]): Pagination {
  let page = 1;
  let y = 0; // used height of the current page
  const newPage = () => {
    page++;
    y = 0;
  };
  /** Places `lines` body lines of `pitch`, breaking across pages. */
  const flowLines = (lines: number, pitch: number) => {
    for (let i = 0; i < lines; i++) {
      if (y + pitch > TEXT_HEIGHT_PT + 0.01) newPage();
      y += pitch;
    }
  };
  const startPage: number[] = [];
  blocks.forEach((block, i) => {
    // A heading stays with what follows it: it moves to the next page if that cannot start here.
    const next = blocks[i + 1];
    if (block.kind === 'heading1' && next) {
      const firstOfNext = next.kind === 'table' ? rowHeights(next).slice(0, next.headerRows + 1).reduce((a, b) => a + b, 0) : BODY_LINE_PT;
      if (y + BODY_LINE_PT + firstOfNext > TEXT_HEIGHT_PT + 0.01) newPage();
    }
    // A block starts where its first line (or first table row) fits.
    const first = block.kind === 'table' ? rowHeights(block)[0] : block.kind === 'title' ? TITLE_LINE_PT : BODY_LINE_PT;
    if (y + first > TEXT_HEIGHT_PT + 0.01) newPage();
    startPage.push(page);
    switch (block.kind) {
      case 'title':
        flowLines(lineCount(block.text, Math.floor(TEXT_WIDTH_PT / SIZES.title)), TITLE_LINE_PT);
        flowLines(1, BODY_LINE_PT);
        break;
      case 'heading1':
      case 'paragraph':
        flowLines(lineCount(block.text, BODY_CAPACITY, 2), BODY_LINE_PT);
        break;
      case 'heading2':
        flowLines(lineCount(block.heading + block.text, BODY_CAPACITY, 2), BODY_LINE_PT);
        break;
      case 'closing':
        flowLines(1 + block.lines.length, BODY_LINE_PT);
        break;
      case 'table': {
        const heights = rowHeights(block);
        const header = heights.slice(0, block.headerRows).reduce((a, b) => a + b, 0);
        heights.forEach((h, r) => {
          if (y + h > TEXT_HEIGHT_PT + 0.01 && y > 0) {
            newPage();
            if (r >= block.headerRows) y += header;
          }
          y += h;
        });
        flowLines(1, BODY_LINE_PT); // the empty line after a table
        break;
      }
    }
  });
  return { pages: page, startPage };
}
