import type { CellValue, Report } from '../report/schema';
import { getCellValue } from '../report/cells';
import { MAX_DECIMALS } from '../report/number';
import type { ResolvedTemplate } from '../template/resolve';

/**
 * Sums in units of the smallest stored fraction (万元 have at most 4 decimals), so that 0.1 + 0.2 is 0.3.
 * Every entered value is at most MAX_CELL_VALUE, so the scaled sums stay far inside exact integer range.
 */
const SCALE = 10 ** MAX_DECIMALS;

/** The sum of a total's inputs, with blanks as nothing; blank (null) while none of them is filled in. */
export function sumInputs(paths: readonly string[], valueOf: (path: string) => CellValue): CellValue {
  let scaled: number | null = null;
  for (const p of paths) {
    const v = valueOf(p);
    if (v !== null) scaled = (scaled ?? 0) + Math.round(v * SCALE);
  }
  return scaled === null ? null : scaled / SCALE;
}

/** Every derived cell's value (see sumInputs). */
export function computeDerived(resolved: ResolvedTemplate, report: Report): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  const valueOf = (path: string): CellValue => {
    const cell = resolved.cellByPath.get(path);
    if (!cell?.sumOf) return getCellValue(report, path);
    if (out.has(path)) return out.get(path)!;
    const sum = sumInputs(cell.sumOf, valueOf);
    out.set(path, sum);
    return sum;
  };
  for (const cell of resolved.cells) if (cell.sumOf) valueOf(cell.path);
  return out;
}

/** Read by the checks on every keystroke: each template's answers are worked out once. */
const inputsByTemplate = new WeakMap<ResolvedTemplate, Map<string, readonly string[]>>();

/** The entered cells a cell stands for: itself, or every entered cell a derived cell adds up. */
export function enteredInputs(resolved: ResolvedTemplate, path: string): readonly string[] {
  let known = inputsByTemplate.get(resolved);
  if (!known) inputsByTemplate.set(resolved, (known = new Map()));
  let inputs = known.get(path);
  if (!inputs) {
    const cell = resolved.cellByPath.get(path);
    known.set(path, (inputs = cell?.sumOf ? cell.sumOf.flatMap((p) => enteredInputs(resolved, p)) : [path]));
  }
  return inputs;
}
