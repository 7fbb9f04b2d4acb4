// What only the whole batch shows: the same agency's reports of consecutive years (the cross-year checks),
// two agencies with the same tables (a copied report), a year or edition apart from most of the batch.
// Pure: items in, findings per item id out.
import { getCellValue } from '../report/cells';
import type { Report } from '../report/schema';
import { resolveTemplate } from '../template/resolve';
import { templateOf } from '../report/edition';
import { crossYearFindings } from './crossYear';
import type { BatchFinding, BatchItem } from './types';

type ReadItem = Extract<BatchItem, { ok: true }>;

/** The same agency however it is spaced: `殷都区 人民政府办公室` = `殷都区人民政府办公室`. */
export const agencyKey = (name: string) => name.replace(/[\s\u3000]/g, '');

const label = (item: ReadItem) =>
  `${item.report.meta.agency || '未填机关'}${item.report.meta.year ?? ''}年（${item.fileName}）`;

/** Every entered figure of the three tables, as one key; null when the tables hold nothing but blanks and zeros. */
const keys = new WeakMap<Report, string | null>();
function tablesKey(report: Report): string | null {
  if (!keys.has(report)) keys.set(report, computeTablesKey(report));
  return keys.get(report)!;
}
function computeTablesKey(report: Report): string | null {
  const values = resolveTemplate(templateOf(report))
    .cells.filter((c) => !c.sumOf)
    .map((c) => getCellValue(report, c.path));
  return values.some((v) => v !== null && v !== 0) ? `${report.template}:${values.join(',')}` : null;
}

/** The value most items have, if more than half of them have it. */
function majority<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
  return n * 2 > values.length ? best : undefined;
}

export function acrossBatch(items: readonly BatchItem[]): Map<string, BatchFinding[]> {
  const out = new Map<string, BatchFinding[]>();
  const add = (id: string, f: BatchFinding) => out.set(id, [...(out.get(id) ?? []), f]);
  const read = items.filter((i): i is ReadItem => i.ok);

  // the same agency, consecutive years: this year's report against last year's
  const byAgency = new Map<string, ReadItem[]>();
  for (const item of read) {
    const key = agencyKey(item.report.meta.agency);
    if (key && item.report.meta.year !== null) byAgency.set(key, [...(byAgency.get(key) ?? []), item]);
  }
  for (const group of byAgency.values())
    for (const item of group)
      for (const last of group.filter((g) => g.report.meta.year === item.report.meta.year! - 1))
        for (const f of crossYearFindings(item.report, last.report))
          add(item.id, { ...f, message: `${f.message}（对照${last.fileName}）` });

  // different agencies, the very same figures: a report copied and renamed
  const byTables = new Map<string, ReadItem[]>();
  for (const item of read) {
    const key = tablesKey(item.report);
    if (key) byTables.set(key, [...(byTables.get(key) ?? []), item]);
  }
  for (const same of byTables.values()) {
    if (new Set(same.map((i) => agencyKey(i.report.meta.agency))).size < 2) continue;
    for (const item of same) {
      const others = same.filter(
        (o) => o !== item && agencyKey(o.report.meta.agency) !== agencyKey(item.report.meta.agency),
      );
      add(item.id, {
        kind: '疑似雷同',
        severity: 'warning',
        message: `三张表的数字与${others.map(label).join('、')}完全相同：请核实是否照抄`,
      });
    }
  }

  // a year or an edition apart from most of the batch
  const years = read.map((i) => i.report.meta.year).filter((y): y is number => y !== null);
  const usualYear = majority(years);
  const usualEdition = majority(read.map((i) => i.report.template as string));
  for (const item of read) {
    const { year } = item.report.meta;
    if (usualYear !== undefined && year !== null && year !== usualYear)
      add(item.id, {
        kind: '年度异常',
        severity: 'warning',
        message: `报告年度为${year}年，本批多数为${usualYear}年`,
        target: 'meta.year',
        place: '基本信息',
      });
    if (usualEdition !== undefined && item.report.template !== usualEdition)
      add(item.id, {
        kind: '版式异常',
        severity: 'warning',
        message: `按${item.report.template}年版式填报，本批多数为${usualEdition}年版式`,
      });
  }
  return out;
}
