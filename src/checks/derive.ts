import type { CellValue, Report } from '../report/schema';
import { getCellValue } from '../report/cells';
import type { ResolvedTemplate } from '../template/resolve';

/** The sum of a total's inputs, with blanks as nothing; blank (null) while none of them is filled in. */
export function sumInputs(paths: readonly string[], valueOf: (path: string) => CellValue): CellValue {
  let sum: CellValue = null;
  for (const p of paths) {
    const v = valueOf(p);
    if (v !== null) sum = (sum ?? 0) + v;
  }
  return sum;
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

/** The entered cells a cell stands for: itself, or every entered cell a derived cell adds up. */
export function enteredInputs(resolved: ResolvedTemplate, path: string): string[] {
  const cell = resolved.cellByPath.get(path);
  return cell?.sumOf ? cell.sumOf.flatMap((p) => enteredInputs(resolved, p)) : [path];
}
