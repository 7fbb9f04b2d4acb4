// The county's sum (汇总): every figure of the three tables added up over the agencies' reports of one year,
// as the county reports them upwards. Only reports the reviewer can trust are added; each report left out is
// named with the reason, so the sum never silently holds a broken or doubled report. Pure.
import { computeDerived } from '../checks/derive';
import { getCellValue, withCells } from '../report/cells';
import { emptyReport } from '../report/empty';
import { MAX_DECIMALS } from '../report/number';
import type { CellValue, Report } from '../report/schema';
import { editionForYear, templateFor, type Edition } from '../template';
import { resolveTemplate, type ResolvedTemplate } from '../template/resolve';
import { agencyKey } from './across';
import type { BatchRow } from './batch';

export interface CountyReport {
  id: string;
  agency: string;
  fileName: string;
}

export interface LeftOutReport extends CountyReport {
  /** Why it is not in the sum, in one Chinese sentence. */
  why: string;
}

export interface CountySum {
  year: number;
  /** The year's edition: the sum is laid out in it, and only reports in it are added. */
  edition: Edition;
  /** Every cell path of the edition: entered cells summed, totals recomputed from the sums. */
  values: Map<string, number>;
  summed: CountyReport[];
  left: LeftOutReport[];
}

type ReadRow = BatchRow & { item: Extract<BatchRow['item'], { ok: true }> };
const isRead = (row: BatchRow): row is ReadRow => row.item.ok;

/** The years of the read reports, newest first, each with how many reports are on it. */
export function countyYears(rows: readonly BatchRow[]): { year: number; reports: number }[] {
  const counts = new Map<number, number>();
  for (const row of rows) {
    const year = row.item.ok ? row.item.report.meta.year : null;
    if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[0] - a[0]).map(([year, reports]) => ({ year, reports }));
}

/** A report already added: its 1-based row in the batch, and its file (the desk's table may be sorted otherwise). */
interface Kept {
  row: number;
  fileName: string;
}

/** Why a report of the year cannot be added (the first reason that applies), or null when it can. */
function whyLeftOut(
  row: ReadRow,
  edition: Edition,
  resolved: ResolvedTemplate,
  sameAgency: Kept | undefined,
): string | null {
  const { report } = row.item;
  // two editions have different cells: adding them together would put unlike figures in one cell
  if (report.template !== edition) return `版式与该年度不同（${report.template}年版）`;
  const errors = row.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) return `有${errors.length}处错误：${errors[0].message}`;
  const unread = row.findings.filter((f) => f.kind === '未能识别').length;
  if (unread > 0) return `有${unread}处未能识别的数字`;
  // a blank is read as 0 only when no check called it missing (未填写 is an error; this holds were it a warning)
  const blanks = enteredPaths(resolved).filter((p) => getCellValue(report, p) === null).length;
  if (blanks > 0 && row.kinds.has('未填写')) return `有${blanks}处数字未填写`;
  if (sameAgency) return `与第${sameAgency.row}行（${sameAgency.fileName}）为同一机关的报告，未重复计入`;
  return null;
}

const enteredCache = new WeakMap<ResolvedTemplate, string[]>();
function enteredPaths(resolved: ResolvedTemplate): string[] {
  let paths = enteredCache.get(resolved);
  if (!paths) enteredCache.set(resolved, (paths = resolved.cells.filter((c) => !c.sumOf).map((c) => c.path)));
  return paths;
}

/** Amounts (万元) have at most 4 decimals: summed as whole 1/10000ths, so 0.1 + 0.2 is exactly 0.3. */
const SCALE = 10 ** MAX_DECIMALS;

/** The entered cells of the reports added up, blanks as 0, exactly. */
function sumEntered(paths: readonly string[], reports: readonly Report[]): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const path of paths) {
    let scaled = 0;
    for (const report of reports) scaled += Math.round((getCellValue(report, path) ?? 0) * SCALE);
    out.set(path, scaled / SCALE);
  }
  return out;
}

/**
 * The sum of the year's reports. Left out, each with its reason: a report in another edition than the year's,
 * one with any error (勾稽不符, 未填写, 跨年不符, …), one with figures the reader could not read (未能识别), and a
 * second report of an agency already added (the first acceptable one in row order is kept).
 */
export function countySum(rows: readonly BatchRow[], year: number): CountySum {
  const edition = editionForYear(year);
  const template = templateFor(edition);
  const resolved = resolveTemplate(template);
  const summed: ReadRow[] = [];
  const left: LeftOutReport[] = [];
  const kept = new Map<string, Kept>();
  rows.forEach((row, index) => {
    if (!isRead(row) || row.item.report.meta.year !== year) return;
    const key = agencyKey(row.item.report.meta.agency);
    const why = whyLeftOut(row, edition, resolved, key ? kept.get(key) : undefined);
    if (why !== null) return void left.push({ ...named(row), why });
    summed.push(row);
    if (key) kept.set(key, { row: index + 1, fileName: row.fileName });
  });

  // the totals are worked out by the app's own rule from the summed parts, as in a report of the county
  const entered = sumEntered(
    enteredPaths(resolved),
    summed.map((r) => r.item.report),
  );
  const derived = computeDerived(resolved, withCells(emptyReport(template, year), entered));
  const values = new Map<string, number>();
  for (const cell of resolved.cells)
    values.set(cell.path, (cell.sumOf ? derived.get(cell.path) : entered.get(cell.path)) ?? 0);
  return { year, edition, values, summed: summed.map(named), left };
}

const named = (row: ReadRow): CountyReport => ({
  id: row.id,
  agency: row.item.report.meta.agency,
  fileName: row.fileName,
});
