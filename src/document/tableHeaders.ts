// Which header cells name each figure of a table (WCAG H43: a screen reader reads a figure with them). With
// merged header cells over several levels (table 三) and a column header row inside each captioned group
// (table 二), `scope` alone is ambiguous; this lists them explicitly, for the web page's `headers` attribute.
import type { DocCell, DocTable } from './blocks';
import { isCaptionRow, segmentRows } from './tableLayout';

/** A cell where it starts on the table's grid, with its spans. */
export interface GridCell {
  row: number;
  col: number;
  cell: DocCell;
  rowSpan: number;
}

/** The cells that start in each row (merge continuations left out), with their grid column. */
export function gridCells(table: DocTable): GridCell[][] {
  return segmentRows(table.rows).map((row, r) => {
    let col = 0;
    let k = 0;
    return row.map(({ cell, rowSpan }) => {
      // skip the grid columns that merges from above cover in this row
      while (table.rows[r][k].vMerge === 'continue') col += table.rows[r][k++].colSpan;
      k++;
      const at = col;
      col += cell.colSpan;
      return { row: r, col: at, cell, rowSpan };
    });
  });
}

const overlaps = (a: GridCell, b: GridCell) => a.col < b.col + b.cell.colSpan && b.col < a.col + a.cell.colSpan;

/**
 * For each figure cell, the header cells that name it, in reading order: its group's caption (table 二's
 * `第二十条第（一）项`), the column headers above it (in the nearest run of header rows), then the row
 * labels to its left (a merged group label included on every row it spans). Keyed by the cells of `grid`.
 */
export function figureHeaders(table: DocTable, grid: GridCell[][] = gridCells(table)): Map<GridCell, GridCell[]> {
  const out = new Map<GridCell, GridCell[]>();
  const isHeaderRow = (r: number) =>
    r >= 0 && !isCaptionRow(table, r) && grid[r].length > 0 && grid[r].every((c) => c.cell.kind === 'header');
  let band: number[] = [];
  let caption: GridCell | null = null;
  grid.forEach((row, r) => {
    if (isCaptionRow(table, r)) {
      caption = row[0];
      band = [];
      return;
    }
    if (isHeaderRow(r)) {
      band = isHeaderRow(r - 1) ? [...band, r] : [r];
      return;
    }
    const labels = grid.flat().filter((l) => l.cell.kind === 'label' && l.row <= r && r < l.row + l.rowSpan);
    for (const figure of row.filter((c) => c.cell.kind === 'number')) {
      const columns = band.flatMap((b) => grid[b].filter((h) => overlaps(h, figure)));
      const rowLabels = labels.filter((l) => l.col + l.cell.colSpan <= figure.col);
      out.set(figure, [...(caption ? [caption] : []), ...columns, ...rowLabels]);
    }
  });
  return out;
}
