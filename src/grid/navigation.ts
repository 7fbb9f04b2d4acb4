// Where a number cell sits in its table's grid (merged cells taken into account), and which cell
// an arrow key, Enter or a pasted block reaches from it.
import type { TableLayout } from '../template/resolve';

export interface CellPosition {
  path: string;
  row: number;
  colStart: number;
  colEnd: number;
}

export interface GridMap {
  /** Number cells by body row, left to right; rows without number cells are left out. */
  rows: CellPosition[][];
  byPath: Map<string, CellPosition>;
}

export function mapGrid(layout: TableLayout): GridMap {
  const occupied: boolean[][] = layout.body.map(() => []);
  const rows: CellPosition[][] = [];
  layout.body.forEach((line, r) => {
    let col = 0;
    const numbers: CellPosition[] = [];
    for (const cell of line) {
      while (occupied[r][col]) col++;
      for (let dr = 0; dr < cell.rowSpan; dr++)
        for (let dc = 0; dc < cell.colSpan; dc++) (occupied[r + dr] ??= [])[col + dc] = true;
      if (cell.path) numbers.push({ path: cell.path, row: r, colStart: col, colEnd: col + cell.colSpan - 1 });
      col += cell.colSpan;
    }
    if (numbers.length) rows.push(numbers);
  });
  return { rows, byPath: new Map(rows.flat().map((p) => [p.path, p])) };
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/** The next number cell in a direction, or null at the table's edge. `accept` skips cells (e.g. derived ones). */
export function neighbour(
  grid: GridMap,
  path: string,
  dir: Direction,
  accept: (path: string) => boolean = () => true,
): string | null {
  const at = grid.byPath.get(path);
  if (!at) return null;
  const rowIndex = grid.rows.findIndex((r) => r.includes(at));
  if (dir === 'left' || dir === 'right') {
    const line = grid.rows[rowIndex];
    const step = dir === 'right' ? 1 : -1;
    for (let i = line.indexOf(at) + step; i >= 0 && i < line.length; i += step)
      if (accept(line[i].path)) return line[i].path;
    return null;
  }
  const step = dir === 'down' ? 1 : -1;
  for (let r = rowIndex + step; r >= 0 && r < grid.rows.length; r += step) {
    const below = grid.rows[r].find((p) => p.colStart <= at.colStart && at.colStart <= p.colEnd);
    if (below && accept(below.path)) return below.path;
  }
  return null;
}
