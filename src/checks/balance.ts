// Rule 3 of table 三: in every column, 一 + 二 = 三（七）+ 四. It relates independent entries, so it is
// only ever checked. It is reported the moment it is certainly broken: both sides complete and unequal,
// or one side complete and already exceeded by the other (blank cells can only add).
import type { Report } from '../report/schema';
import { getCellValue } from '../report/cells';
import { cellPath } from '../template/paths';
import type { ResolvedTable, ResolvedTemplate } from '../template/resolve';
import { enteredInputs } from './derive';
import type { Finding } from './types';

interface Side {
  sum: number;
  complete: boolean;
  touched: boolean;
}

function side(resolved: ResolvedTemplate, report: Report, paths: string[]): Side {
  const values = paths.flatMap((p) => enteredInputs(resolved, p)).map((p) => getCellValue(report, p));
  return {
    sum: values.reduce<number>((s, v) => s + (v ?? 0), 0),
    complete: values.every((v) => v !== null),
    touched: values.some((v) => v !== null),
  };
}

/** The balanced columns of a table (none for a table without the rule). */
export function balanceColumns(table: ResolvedTable): string[] {
  if (table.def.kind !== 'grid') return [];
  const first = table.def.balance.left[0];
  return table.cells.filter((c) => c.row === first && !c.sumOf).map((c) => c.column);
}

/** The rule in one column: a finding when it is certainly broken, else null. */
export function checkBalanceColumn(
  resolved: ResolvedTemplate,
  table: ResolvedTable,
  column: string,
  report: Report,
): Finding | null {
  if (table.def.kind !== 'grid') return null;
  const { balance, key } = table.def;
  const leftPaths = balance.left.map((r) => cellPath(key, r, column));
  const rightPaths = balance.right.map((r) => cellPath(key, r, column));
  const l = side(resolved, report, leftPaths);
  const r = side(resolved, report, rightPaths);
  if (!l.touched || !r.touched) return null;
  const broken =
    (l.complete && r.complete && l.sum !== r.sum) || (l.complete && r.sum > l.sum) || (r.complete && l.sum > r.sum);
  if (!broken) return null;
  const rel = (s: Side) => (s.complete ? '=' : '≥');
  const diff = Math.abs(l.sum - r.sum);
  const both = l.complete && r.complete;
  const columnLabel = resolved.cellByPath.get(leftPaths[0])!.columnLabel;
  return {
    id: `balance:${key}.${column}`,
    severity: 'error',
    step: key,
    target: leftPaths[0],
    cells: [...leftPaths, ...rightPaths],
    message:
      `${columnLabel}：${balance.leftName}${rel(l)}${l.sum}，${balance.rightName}${rel(r)}${r.sum}，` +
      `${both ? '' : '至少'}相差${diff}`,
  };
}
