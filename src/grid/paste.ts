// A block pasted into a table, starting at the focused cell: what is written, what is skipped and why.
import type { CellValue } from '../report/schema';
import { parseNumberInput } from '../report/number';
import type { CellDef } from '../template/resolve';
import type { GridMap } from './navigation';

export interface RefusedValue {
  path: string;
  label: string;
  raw: string;
  message: string;
}

export interface PastePlan {
  changes: Map<string, CellValue>;
  /** Values that landed on derived cells: not written, but compared with the computed totals. */
  stated: Map<string, number>;
  refused: RefusedValue[];
  /** Values read in a way worth telling (e.g. `—` as 0). */
  notes: string[];
  /** Values beyond the table's edge. */
  outside: number;
}

export function planPaste(
  grid: GridMap,
  cells: ReadonlyMap<string, CellDef>,
  anchorPath: string,
  block: string[][],
): PastePlan {
  const plan: PastePlan = { changes: new Map(), stated: new Map(), refused: [], notes: [], outside: 0 };
  const anchor = grid.byPath.get(anchorPath);
  if (!anchor) return plan;
  const startRow = grid.rows.findIndex((r) => r.includes(anchor));
  const startCol = grid.rows[startRow].indexOf(anchor);
  block.forEach((values, i) => {
    const line = grid.rows[startRow + i];
    values.forEach((raw, j) => {
      const pos = line?.[startCol + j];
      if (!pos) {
        if (raw.trim() !== '') plan.outside++;
        return;
      }
      const cell = cells.get(pos.path)!;
      const parsed = parseNumberInput(raw, cell.kind, { noneAsZero: true });
      if (cell.sumOf) {
        if (parsed.ok && parsed.value !== null) plan.stated.set(cell.path, parsed.value);
        return;
      }
      if (!parsed.ok) plan.refused.push({ path: cell.path, label: cell.label, raw, message: parsed.message });
      else {
        plan.changes.set(cell.path, parsed.value);
        if (parsed.note) plan.notes.push(`${cell.label}：${parsed.note}`);
      }
    });
  });
  return plan;
}
