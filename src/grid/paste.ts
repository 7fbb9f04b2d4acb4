// A block pasted into a table, starting at the focused cell: what is written, what is skipped and why.
import type { CellValue } from '../report/schema';
import { parseNumberInput, quoteInput, splitSpacedNumbers } from '../report/number';
import type { CellDef } from '../template/resolve';
import type { GridMap } from './navigation';

export interface RefusedValue {
  path: string;
  label: string;
  raw: string;
  message: string;
}

export interface PastePlan {
  /** What is written: a number, or null where the pasted cell was blank (the cell is cleared). */
  changes: Map<string, CellValue>;
  /** Values that landed on derived cells: not written, but compared with the computed totals. */
  stated: Map<string, number>;
  refused: RefusedValue[];
  /** Text that landed on derived cells: nothing to write and nothing to compare, so the clerk is told. */
  uncheckedTotals: RefusedValue[];
  /** Values read in a way worth telling (e.g. `—` as 0, a cell split into several numbers). */
  notes: string[];
  /** Pasted cells that held several space-separated numbers and were spread over neighbouring cells. */
  split: number;
  /** Values beyond the table's edge. */
  outside: number;
}

interface PastedValue {
  raw: string;
  /** Set on the first piece of a cell that was split: the whole cell and how many pieces it gave. */
  splitFrom?: { raw: string; pieces: number };
}

/** A row as the clerk meant it: a cell holding `21 0 0 0 21` (copied from a PDF) becomes five cells. */
function expandRow(values: string[]): PastedValue[] {
  return values.flatMap((raw) => {
    const pieces = splitSpacedNumbers(raw);
    if (!pieces) return [{ raw }];
    return pieces.map((piece, k) =>
      k === 0 ? { raw: piece, splitFrom: { raw, pieces: pieces.length } } : { raw: piece },
    );
  });
}

export function planPaste(
  grid: GridMap,
  cells: ReadonlyMap<string, CellDef>,
  anchorPath: string,
  block: string[][],
): PastePlan {
  const plan: PastePlan = {
    changes: new Map(),
    stated: new Map(),
    refused: [],
    uncheckedTotals: [],
    notes: [],
    split: 0,
    outside: 0,
  };
  const anchor = grid.byPath.get(anchorPath);
  if (!anchor) return plan;
  const startRow = grid.rows.findIndex((r) => r.includes(anchor));
  const startCol = grid.rows[startRow].indexOf(anchor);
  block.forEach((values, i) => {
    const line = grid.rows[startRow + i];
    expandRow(values).forEach(({ raw, splitFrom }, j) => {
      const pos = line?.[startCol + j];
      if (splitFrom) {
        plan.split++;
        const where = pos ? `${cells.get(pos.path)!.label}起的` : '表格范围外的';
        plan.notes.push(
          `${quoteInput(splitFrom.raw)}是以空格分隔的${splitFrom.pieces}个数，已拆分填入${where}${splitFrom.pieces}个单元格`,
        );
      }
      if (!pos) {
        if (raw.trim() !== '') plan.outside++;
        return;
      }
      const cell = cells.get(pos.path)!;
      const parsed = parseNumberInput(raw, cell.kind, { noneAsZero: true });
      const refusal = (message: string) => ({ path: cell.path, label: cell.label, raw, message });
      if (cell.sumOf) {
        if (parsed.ok && parsed.value !== null) plan.stated.set(cell.path, parsed.value);
        else if (!parsed.ok) plan.uncheckedTotals.push(refusal(parsed.message));
        return;
      }
      if (!parsed.ok) plan.refused.push(refusal(parsed.message));
      else {
        plan.changes.set(cell.path, parsed.value);
        if (parsed.note) plan.notes.push(`${cell.label}：${parsed.note}`);
      }
    });
  });
  return plan;
}
