// The key figures of a report for the batch table: the totals a reviewer compares across reports.
import { computeDerived } from '../checks';
import { getCellValue } from '../report/cells';
import type { Report } from '../report/schema';
import { cellPath } from '../template/paths';
import { resolveTemplate } from '../template/resolve';
import { templateOf } from '../report/edition';

export interface KeyFigures {
  newTotal: number | null;
  carriedOverTotal: number | null;
  resultTotal: number | null;
  carriedForwardTotal: number | null;
  adminReview: number | null;
  litigation: number | null;
  fees: number | null;
}

/** Column headers of the key figures, in the table's order. */
export const KEY_FIGURE_LABELS: Record<keyof KeyFigures, string> = {
  newTotal: '新收 总计',
  carriedOverTotal: '上年结转 总计',
  resultTotal: '办理结果 总计',
  carriedForwardTotal: '结转 总计',
  adminReview: '复议',
  litigation: '诉讼',
  fees: '收费金额',
};

const sum = (values: (number | null | undefined)[]) =>
  values.some((v) => v === null || v === undefined) ? null : values.reduce<number>((a, v) => a + (v as number), 0);

export function keyFigures(report: Report): KeyFigures {
  const derived = computeDerived(resolveTemplate(templateOf(report)), report);
  const total = (table: 'requests' | 'appeals', row: string) => derived.get(cellPath(table, row, 'total')) ?? null;
  return {
    newTotal: total('requests', 'new'),
    carriedOverTotal: total('requests', 'carriedOver'),
    resultTotal: total('requests', 'resultTotal'),
    carriedForwardTotal: total('requests', 'carriedForward'),
    adminReview: total('appeals', 'adminReview'),
    litigation: sum([total('appeals', 'litigationDirect'), total('appeals', 'litigationAfterReview')]),
    fees: getCellValue(report, cellPath('active', 'fees', 'amount')),
  };
}
