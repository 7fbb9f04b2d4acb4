// How a table's rows group and print across pages: captioned groups that must stay whole (table 二's
// `第二十条第（X）项` blocks) and merged group labels printed again where a table continues on a new page.
// Shared by the page flow (pages.ts), the PDF, the DOCX and the preview.
import type { DocCell, DocTable } from './blocks';

const gridWidth = (row: DocCell[]) => row.reduce((n, c) => n + c.colSpan, 0);

/** A caption row: one header cell across the whole grid, below the header rows (`第二十条第（一）项`). */
export function isCaptionRow(table: DocTable, r: number): boolean {
  const row = table.rows[r];
  return r >= table.headerRows && row.length === 1 && row[0].kind === 'header' && row[0].colSpan === gridWidth(row);
}

/**
 * How a table's row labels align: centred in a captioned table (table 二, as the official template has
 * `规章`, `行政许可`…), left elsewhere (table 三's long labels). Captions themselves are left-aligned.
 */
export function labelAlignment(table: DocTable): 'left' | 'center' {
  return table.rows.some((_, r) => isCaptionRow(table, r)) ? 'center' : 'left';
}

/** Each caption row and the rows up to the next caption: `[start, end)` row indices. */
export function captionGroups(table: DocTable): { start: number; end: number }[] {
  const starts = table.rows.map((_, r) => r).filter((r) => isCaptionRow(table, r));
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? table.rows.length }));
}

/** The cell that covers a grid column in a row, and the column it starts at. */
export function cellAt(row: DocCell[] | undefined, column: number): { cell: DocCell; start: number } | null {
  let col = 0;
  for (const cell of row ?? []) {
    if (column >= col && column < col + cell.colSpan) return { cell, start: col };
    col += cell.colSpan;
  }
  return null;
}

/**
 * Row `r` as it prints at the top of a page: each cell that continues a merge from above carries the
 * merged label again, and opens a new merge if the label goes on below.
 */
export function printedCells(table: DocTable, r: number): DocCell[] {
  let col = 0;
  return table.rows[r].map((cell) => {
    const at = col;
    col += cell.colSpan;
    if (cell.vMerge !== 'continue') return cell;
    let above = r - 1;
    while (above >= 0 && cellAt(table.rows[above], at)?.cell.vMerge === 'continue') above--;
    const label = cellAt(table.rows[above], at)?.cell;
    const goesOn = cellAt(table.rows[r + 1], at)?.cell.vMerge === 'continue';
    return {
      text: label?.text ?? '',
      colSpan: cell.colSpan,
      kind: label?.kind ?? cell.kind,
      ...(goesOn ? { vMerge: 'restart' as const } : {}),
    };
  });
}

/**
 * The rows of a table as they print on one page (given each row's cells there): spans resolved for HTML. `column`:
 * where the cell starts in the table's grid — a row below a merged label has fewer cells than columns, so its
 * cells cannot be placed by counting the ones before them.
 */
export function segmentRows(rows: DocCell[][]): { cell: DocCell; rowSpan: number; column: number }[][] {
  return rows.map((row, r) => {
    let col = 0;
    const out: { cell: DocCell; rowSpan: number; column: number }[] = [];
    for (const cell of row) {
      const at = col;
      col += cell.colSpan;
      if (cell.vMerge === 'continue') continue;
      let rowSpan = 1;
      if (cell.vMerge === 'restart') while (cellAt(rows[r + rowSpan], at)?.cell.vMerge === 'continue') rowSpan++;
      out.push({ cell, rowSpan, column: at });
    }
    return out;
  });
}
