// Where everything of the report falls on A4 pages: every text line and every table row, with its page
// and height. Body lines have a fixed height and hold 27 full-width characters; table rows never split
// and repeat their header rows on a new page. The metrics are those LibreOffice renders the exported
// DOCX with (e2e/export.spec.ts checks the page count against it). The preview's page count and the PDF
// writer both come from this one flow, so the PDF has exactly the pages the preview announces.
import type { Block, DocCell, DocTable } from './blocks';
import { BODY_LINE_PT, CELL_PADDING_TWIP, SIZES, TEXT_HEIGHT_PT, TEXT_WIDTH_PT } from './pageSetup';

/** Line pitch of table text (10.5 pt, single spacing) and a row's vertical padding, measured in LibreOffice. */
export const TABLE_LINE_PT = 15.2;
export const ROW_PADDING_PT = 3.5;
export const TITLE_LINE_PT = SIZES.title * 1.5;
const EPSILON = 0.01;

/** Width in ems: Latin letters and digits are half a full-width character, a space a quarter. */
export const charWidth = (ch: string) => (ch === ' ' ? 0.25 : /[\x21-\x7e]/.test(ch) ? 0.5 : 1);
export const textWidth = (text: string) => [...text].reduce((s, c) => s + charWidth(c), 0);
/** Punctuation that may hang past the end of a line rather than start the next one. */
const HANGING = new Set([...'，。、；：？！”’）》」』】…']);

/** Breaks a text into lines `capacity` ems wide, the first line shortened by `indent` ems. */
export function breakLines(text: string, capacity: number, indent = 0): string[] {
  const cap = Math.max(capacity, 1);
  const tokens = text.match(/[\x21-\x7e]+|[\s\S]/g) ?? [];
  const lines: string[] = [];
  let line = '';
  let used = indent;
  for (const token of tokens) {
    const w = textWidth(token);
    if (used + w <= cap + 1e-9 || (HANGING.has(token) && used + w <= cap + 1) || line === '') {
      line += token;
      used += w;
    } else if (/^\s$/.test(token)) {
      continue; // a space where a line breaks is swallowed, as in a word processor
    } else {
      lines.push(line);
      line = token;
      used = w;
    }
  }
  lines.push(line);
  return lines;
}

export const lineCount = (text: string, capacity: number, indent = 0) => breakLines(text, capacity, indent).length;

export const BODY_CAPACITY = Math.floor(TEXT_WIDTH_PT / SIZES.body);
const TITLE_CAPACITY = Math.floor(TEXT_WIDTH_PT / SIZES.title);

/** Grid column widths of a table, in points. */
export function columnWidthsPt(table: DocTable): number[] {
  const total = table.columnWidths.reduce((a, b) => a + b, 0);
  return table.columnWidths.map((w) => (w / total) * TEXT_WIDTH_PT);
}

/** The lines of a cell's text in a cell `widthPt` wide. */
export function cellLines(cell: DocCell, widthPt: number): string[] {
  const capacity = Math.floor((widthPt - (2 * CELL_PADDING_TWIP.x) / 20) / SIZES.table);
  return cell.text ? breakLines(cell.text, capacity) : [''];
}

/** Each row's height; a merged cell's text is spread over its rows, so it does not set one row's height. */
export function rowHeights(table: DocTable): number[] {
  const colPt = columnWidthsPt(table);
  return table.rows.map((row, r) => {
    let col = 0;
    let height = 0;
    for (const cell of row) {
      const width = colPt.slice(col, col + cell.colSpan).reduce((a, b) => a + b, 0);
      col += cell.colSpan;
      const merged = cell.vMerge === 'restart' && table.rows[r + 1]?.some((c) => c.vMerge === 'continue');
      if (!cell.vMerge || (cell.vMerge === 'restart' && !merged))
        height = Math.max(height, cellLines(cell, width).length * TABLE_LINE_PT + ROW_PADDING_PT);
    }
    return Math.max(height, TABLE_LINE_PT + ROW_PADDING_PT);
  });
}

export type LineRole = 'title' | 'heading1' | 'heading2' | 'body' | 'closing';

export interface PlacedLine {
  kind: 'line';
  block: number;
  page: number;
  /** Top of the line box, from the top of the text block, in points. */
  y: number;
  height: number;
  text: string;
  /** For a run-in heading: how many characters of the line's start are the heading. */
  headingChars: number;
  role: LineRole;
  /** First-line indent, in ems. */
  indent: number;
  /** The last line of a paragraph is not stretched to the full width. */
  last: boolean;
}

export interface PlacedRow {
  kind: 'row';
  block: number;
  page: number;
  y: number;
  height: number;
  table: DocTable;
  row: number;
  /** A header row drawn again at the top of a new page. */
  repeated: boolean;
}

export type Placement = PlacedLine | PlacedRow;

export interface Flow {
  pages: number;
  /** The page (1-based) on which each block starts. */
  startPage: number[];
  placements: Placement[];
}

export function flowDocument(blocks: Block[]): Flow {
  let page = 1;
  let y = 0;
  const placements: Placement[] = [];
  const startPage: number[] = [];
  const newPage = () => {
    page++;
    y = 0;
  };
  const fits = (h: number) => y + h <= TEXT_HEIGHT_PT + EPSILON;
  const placeLines = (block: number, lines: string[], pitch: number, role: LineRole, indent: number, headingChars = 0) => {
    let heading = headingChars;
    lines.forEach((text, i) => {
      if (!fits(pitch)) newPage();
      placements.push({
        kind: 'line', block, page, y, height: pitch, text, role,
        headingChars: Math.min(heading, text.length), indent: i === 0 ? indent : 0, last: i === lines.length - 1,
      });
      heading = Math.max(0, heading - text.length);
      y += pitch;
    });
  };

  blocks.forEach((block, i) => {
    // A heading stays with what follows it: it moves to the next page if that cannot start here.
    const next = blocks[i + 1];
    if (block.kind === 'heading1' && next) {
      const firstOfNext = next.kind === 'table' ? rowHeights(next).slice(0, next.headerRows + 1).reduce((a, b) => a + b, 0) : BODY_LINE_PT;
      if (!fits(BODY_LINE_PT + firstOfNext)) newPage();
    }
    // A block starts where its first line (or first table row) fits.
    const first = block.kind === 'table' ? rowHeights(block)[0] : block.kind === 'title' ? TITLE_LINE_PT : BODY_LINE_PT;
    if (!fits(first)) newPage();
    startPage.push(page);
    switch (block.kind) {
      case 'title':
        placeLines(i, breakLines(block.text, TITLE_CAPACITY), TITLE_LINE_PT, 'title', 0);
        y += BODY_LINE_PT; // one blank line below the title
        break;
      case 'heading1':
        placeLines(i, breakLines(block.text, BODY_CAPACITY, 2), BODY_LINE_PT, 'heading1', 2);
        break;
      case 'paragraph':
        placeLines(i, breakLines(block.text, BODY_CAPACITY, 2), BODY_LINE_PT, 'body', 2);
        break;
      case 'heading2':
        placeLines(i, breakLines(block.heading + block.text, BODY_CAPACITY, 2), BODY_LINE_PT, 'heading2', 2, block.heading.length);
        break;
      case 'closing':
        if (!fits(BODY_LINE_PT)) newPage();
        y += BODY_LINE_PT; // a blank line before the signature
        placeLines(i, block.lines.flatMap((l) => breakLines(l, BODY_CAPACITY)), BODY_LINE_PT, 'closing', 0);
        break;
      case 'table': {
        const heights = rowHeights(block);
        heights.forEach((height, r) => {
          if (!fits(height) && y > 0) {
            newPage();
            if (r >= block.headerRows)
              for (let h = 0; h < block.headerRows; h++) {
                placements.push({ kind: 'row', block: i, page, y, height: heights[h], table: block, row: h, repeated: true });
                y += heights[h];
              }
          }
          placements.push({ kind: 'row', block: i, page, y, height, table: block, row: r, repeated: false });
          y += height;
        });
        // the empty line after a table (it may open the next page, as in LibreOffice)
        if (!fits(BODY_LINE_PT)) newPage();
        y += BODY_LINE_PT;
        break;
      }
    }
  });
  return { pages: page, startPage, placements };
}

/** The page count and where each block starts (what the preview shows). */
export function paginate(blocks: Block[]): Pick<Flow, 'pages' | 'startPage'> {
  const { pages, startPage } = flowDocument(blocks);
  return { pages, startPage };
}
