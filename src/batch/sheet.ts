// The checks of a batch as two sheets of plain cells (reports, findings): what the .xlsx holds, kept apart
// from the writer so that it is tested without it.
import type { BatchRow } from './batch';
import { KEY_FIGURE_LABELS, type KeyFigures } from './figures';

export type SheetCell = string | number | null;
export interface Sheet {
  name: string;
  header: string[];
  rows: SheetCell[][];
}

const FIGURES = Object.keys(KEY_FIGURE_LABELS) as (keyof KeyFigures)[];

export const REPORT_COLUMNS = ['文件', '机关', '年度', '版式', '错误', '提醒', '未能识别', ...FIGURES.map((k) => KEY_FIGURE_LABELS[k]), '读取情况'];

export function reportSheet(rows: readonly BatchRow[]): Sheet {
  return {
    name: '报告',
    header: REPORT_COLUMNS,
    rows: rows.map((r) => [
      r.fileName,
      r.agency,
      r.year,
      r.edition,
      r.errors,
      r.warnings,
      r.unread,
      ...FIGURES.map((k) => r.figures?.[k] ?? null),
      r.item.ok ? '已读取' : r.item.reason,
    ]),
  };
}

export function findingSheet(rows: readonly BatchRow[]): Sheet {
  return {
    name: '问题',
    header: ['文件', '机关', '年度', '类别', '级别', '位置', '说明'],
    rows: rows.flatMap((r) =>
      r.findings.map((f) => [r.fileName, r.agency, r.year, f.kind, f.severity === 'error' ? '错误' : '提醒', f.place ?? '', f.message]),
    ),
  };
}
