// Where everything of the report falls on A4 pages: every text line and every table row, with its page
// and height. Body lines have a fixed height and hold 27 full-width characters; table rows never split
// and repeat their header rows on a new page. The metrics are those LibreOffice renders the exported
// DOCX with (e2e/export.spec.ts checks the page count against it). The preview's page count and the PDF
// writer both come from this one flow, so the PDF has exactly the pages the preview announces.
import type { Block, DocCell, DocTable } from './blocks';
import { breakLines, textWidth } from './lineBreak';
import { BODY_LINE_PT, CELL_PADDING_TWIP, SIZES, TEXT_HEIGHT_PT, TEXT_WIDTH_PT } from './pageSetup';
import { captionGroups, cellAt, printedCells } from './tableLayout';

export { breakLines, charWidth, lineCount, textWidth } from './lineBreak';

/** Line pitch of table text (10.5 pt, single spacing) and a row's vertical padding, measured in LibreOffice. */
export const TABLE_LINE_PT = 15.2;
export const ROW_PADDING_PT = 3.5;
export const TITLE_LINE_PT = SIZES.title * 1.5;
const EPSILON = 0.01;

export const BODY_CAPACITY = Math.floor(TEXT_WIDTH_PT / SIZES.body);
/**
 * The space between a heading and a table right below it: the table's top edge sits as far below the
 * heading's characters as one body line's characters sit below the line above.
 */
export const HEADING_TABLE_GAP_PT = (BODY_LINE_PT - SIZES.body * 1.25) / 2;

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
  /**
   * Ended more than a character short of the measure (a number, a Latin word or a bracket with what follows it
   * moved to the next line): set ragged, as Chinese typesetting does, not stretched with wide letter spacing.
   */
  ragged: boolean;
}

/** How far short of the measure a line may end and still be justified: the one character kinsoku moves. */
const JUSTIFY_SLACK_EM = 1;

export interface PlacedRow {
  kind: 'row';
  block: number;
  page: number;
  y: number;
  height: number;
  table: DocTable;
  row: number;
  /**
   * The row's cells as they print on this page: on the first body row of a new page, a merged group
   * label that continues from the page before is printed again (its `continue` cell becomes a `restart`).
   */
  cells: DocCell[];
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
  const placeLines = (
    block: number,
    lines: string[],
    pitch: number,
    role: LineRole,
    indent: number,
    headingChars = 0,
  ) => {
    let heading = headingChars;
    lines.forEach((text, i) => {
      if (!fits(pitch)) newPage();
      placements.push({
        kind: 'line',
        block,
        page,
        y,
        height: pitch,
        text,
        role,
        headingChars: Math.min(heading, text.length),
        indent: i === 0 ? indent : 0,
        last: i === lines.length - 1,
        ragged: BODY_CAPACITY - (i === 0 ? indent : 0) - textWidth(text) > JUSTIFY_SLACK_EM + 1e-9,
      });
      heading = Math.max(0, heading - text.length);
      y += pitch;
    });
  };

  blocks.forEach((block, i) => {
    // A heading stays with what follows it: it moves to the next page if that cannot start here.
    const next = blocks[i + 1];
    if (standsAlone(block) && next) {
      const firstOfNext = next.kind === 'table' ? HEADING_TABLE_GAP_PT + firstRowsHeight(next) : BODY_LINE_PT;
      if (!fits(BODY_LINE_PT + firstOfNext)) newPage();
    }
    // A block starts where its first line (or first table row) fits.
    const first = block.kind === 'table' ? rowHeights(block)[0] : block.kind === 'title' ? TITLE_LINE_PT : BODY_LINE_PT;
    if (!fits(first)) newPage();
    startPage.push(page);
    switch (block.kind) {
      case 'title':
        placeLines(i, block.lines, TITLE_LINE_PT, 'title', 0);
        y += BODY_LINE_PT; // one blank line below the title
        break;
      case 'heading1':
        placeLines(i, breakLines(block.text, BODY_CAPACITY, 2), BODY_LINE_PT, 'heading1', 2);
        break;
      case 'paragraph':
        placeLines(i, breakLines(block.text, BODY_CAPACITY, 2), BODY_LINE_PT, 'body', 2);
        break;
      case 'heading2':
        placeLines(
          i,
          breakLines(block.heading + block.text, BODY_CAPACITY, 2),
          BODY_LINE_PT,
          'heading2',
          2,
          block.heading.length,
        );
        break;
      case 'closing':
        if (!fits(BODY_LINE_PT)) newPage();
        y += BODY_LINE_PT; // a blank line before the signature
        placeLines(
          i,
          block.lines.flatMap((l) => breakLines(l, BODY_CAPACITY)),
          BODY_LINE_PT,
          'closing',
          0,
        );
        break;
      case 'table': {
        if (i > 0 && standsAlone(blocks[i - 1])) y += HEADING_TABLE_GAP_PT;
        const heights = rowHeights(block);
        // A captioned group (table 二's `第二十条第（X）项` blocks) moves whole to a new page rather than leave its caption behind.
        const groupEnd = new Map(captionGroups(block).map((g) => [g.start, g.end]));
        let pageStart = 0; // the first row of the table on this page
        for (let r = 0; r < heights.length; r++) {
          const height = heights[r];
          const end = groupEnd.get(r);
          const need = end !== undefined ? heights.slice(r, end).reduce((a, b) => a + b, 0) : height;
          if ((!fits(need) && y > 0 && end !== undefined && need <= TEXT_HEIGHT_PT) || (!fits(height) && y > 0)) {
            // a merged label cut by the break must fit in its rows above it: else those rows go on with it
            const back = breakKeepingLabels(block, heights, pageStart, r);
            if (back < r) {
              const taken = placements.splice(placements.length - (r - back));
              y -= taken.reduce((sum, t) => sum + t.height, 0);
              r = back;
            }
            newPage();
            pageStart = r;
            if (r >= block.headerRows)
              for (let h = 0; h < block.headerRows; h++) {
                placements.push({
                  kind: 'row',
                  block: i,
                  page,
                  y,
                  height: heights[h],
                  table: block,
                  row: h,
                  cells: block.rows[h],
                  repeated: true,
                });
                y += heights[h];
              }
          }
          const cells = r === pageStart && r >= block.headerRows ? printedCells(block, r) : block.rows[r];
          placements.push({
            kind: 'row',
            block: i,
            page,
            y,
            height: heights[r],
            table: block,
            row: r,
            cells,
            repeated: false,
          });
          y += heights[r];
        }
        // the empty line after a table (it may open the next page, as in LibreOffice)
        if (!fits(BODY_LINE_PT)) newPage();
        y += BODY_LINE_PT;
        break;
      }
    }
  });
  return { pages: page, startPage, placements };
}

/**
 * Where a table's page should end, at or before row `end` (the first row that does not fit), so that every merged
 * label the break cuts (三、本年度办理结果, （三）不予公开) has room for its lines in its rows on this page: a label
 * that would not is moved to the next page with all of its rows (it is printed again there anyway, as the template's
 * continued pages do). The rows from `pageStart` on are on this page; at least one of them stays.
 */
function breakKeepingLabels(table: DocTable, heights: number[], pageStart: number, end: number): number {
  const widths = columnWidthsPt(table);
  const first = Math.max(pageStart, table.headerRows) + 1;
  for (let moved = true; moved && end > first;) {
    moved = false;
    for (let col = 0; col < widths.length && !moved; col++) {
      const next = cellAt(table.rows[end], col);
      if (next?.start !== col || next.cell.vMerge !== 'continue') continue;
      let start = end - 1;
      while (start > 0 && cellAt(table.rows[start], col)?.cell.vMerge === 'continue') start--;
      const label = cellAt(table.rows[start], col)!.cell;
      const width = widths.slice(col, col + label.colSpan).reduce((a, b) => a + b, 0);
      const needs = cellLines(label, width).length * TABLE_LINE_PT + ROW_PADDING_PT;
      const from = Math.max(start, pageStart);
      const has = heights.slice(from, end).reduce((a, b) => a + b, 0);
      if (has + EPSILON < needs && start >= first) {
        end = start;
        moved = true;
      }
    }
  }
  return end;
}

/** A level-1 heading, or a level-2 heading on a line of its own: it is kept with what follows. */
const standsAlone = (block: Block) => block.kind === 'heading1' || (block.kind === 'heading2' && block.text === '');

/** The height of a table's header rows and first body row: what must fit below a heading. */
function firstRowsHeight(table: DocTable): number {
  const first = captionGroups(table)[0];
  const rows = first?.start === table.headerRows ? first.end : table.headerRows + 1;
  return rowHeights(table)
    .slice(0, rows)
    .reduce((a, b) => a + b, 0);
}

/** The page count and where each block starts (what the preview shows). */
export function paginate(blocks: Block[]): Pick<Flow, 'pages' | 'startPage'> {
  const { pages, startPage } = flowDocument(blocks);
  return { pages, startPage };
}
