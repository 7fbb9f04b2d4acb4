// This year's report against last year's, for the batch: 二、上年结转 in each column must be last year's
// 四、结转下年度继续办理. (When the cross-year checks of the editions work land in src/checks/crossYear.ts,
// this delegates to them.)
import { computeDerived } from '../checks';
import { getCellValue } from '../report/cells';
import type { Report } from '../report/schema';
import { cellPath } from '../template/paths';
import { resolveTemplate } from '../template/resolve';
import type { Template } from '../template/types';
import { placeOf } from './findings';
import type { BatchFinding } from './types';

export function crossYearFindings(template: Template, report: Report, lastYear: Report): BatchFinding[] {
  const resolved = resolveTemplate(template);
  const columns = resolved.tables.find((t) => t.key === 'requests')!.cells.filter((c) => c.row === 'carriedOver' && !c.sumOf);
  const lastDerived = computeDerived(resolved, lastYear);
  const out: BatchFinding[] = [];
  for (const c of columns) {
    const now = getCellValue(report, c.path);
    const path = cellPath('requests', 'carriedForward', c.column);
    const before = resolved.cellByPath.get(path)?.sumOf ? lastDerived.get(path) : getCellValue(lastYear, path);
    if (now === null || before === null || before === undefined || now === before) continue;
    out.push({
      kind: '跨年不符',
      severity: 'error',
      message: `${c.columnLabel}：上年结转为${now}，${lastYear.meta.year}年报告的结转下年度继续办理为${before}`,
      target: c.path,
      place: placeOf(template, report, c.path),
    });
  }
  return out;
}
