// Rules 1 and 2 of table 三 and the totals of table 四 hold by construction for what the app stores,
// because it computes every total. They are checked against totals that come from elsewhere:
// a pasted block that includes the 总计 column or row, or a published report being imported.
import type { CellValue } from '../report/schema';
import type { ResolvedTemplate } from '../template/resolve';
import type { Finding } from './types';

export function checkStatedTotals(
  resolved: ResolvedTemplate,
  derived: ReadonlyMap<string, CellValue>,
  stated: ReadonlyMap<string, number>,
): Finding[] {
  const out: Finding[] = [];
  for (const [path, given] of stated) {
    const cell = resolved.cellByPath.get(path);
    if (!cell?.sumOf) continue;
    const computed = derived.get(path) ?? 0;
    if (computed === given) continue;
    out.push({
      id: `stated:${path}`,
      severity: 'error',
      step: cell.table,
      target: path,
      cells: [path, ...cell.sumOf],
      message: `${cell.label}：给出的是${given}，各项相加为${computed}，相差${Math.abs(given - computed)}`,
    });
  }
  return out;
}
