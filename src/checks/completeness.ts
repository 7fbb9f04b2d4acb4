// What a finished report must have: agency and year, every table filled in (sections: ./sections.ts).
import type { Report } from '../report/schema';
import { checkReportYear } from '../template';
import type { ResolvedTable, ResolvedTemplate } from '../template/resolve';
import { sectionTitle } from '../template/steps';
import type { Finding } from './types';

const incomplete = (id: string, target: string, step: Finding['step'], message: string): Finding => ({
  id,
  severity: 'error',
  incomplete: true,
  step,
  target,
  cells: [],
  message,
});

export function checkMeta(report: Report, currentYear: number): Finding[] {
  const out: Finding[] = [];
  if (!report.meta.agency.trim()) out.push(incomplete('meta:agency', 'meta.agency', 'meta', '请填写机关名称'));
  const year = report.meta.year;
  if (year === null) out.push(incomplete('meta:year', 'meta.year', 'meta', '请填写报告年度'));
  else {
    const edition = checkReportYear(year, currentYear);
    // the edition follows the year as it is typed; a file may still pair them wrongly
    const message = !edition.ok
      ? edition.message
      : edition.template.edition !== report.template
        ? `${year}年度报告应使用${edition.template.edition}年版格式（${edition.template.notice}），本报告的表格是${report.template}年版：请重新填写报告年度以切换格式`
        : null;
    if (message)
      out.push({ id: 'meta:year', severity: 'error', step: 'meta', target: 'meta.year', cells: [], message });
  }
  return out;
}

/** Every entered cell of a table filled in (0 where there is none): one finding naming the first gap. */
export function checkTableFilled({ section, table }: TableSection): (report: Report) => Finding | null {
  const entered = table.cells.filter((c) => !c.sumOf);
  return (report) => {
    // run on every keystroke in the table: read by row and column, not by parsing each path
    const values = report.tables[table.key];
    const blank = entered.filter((c) => (values?.[c.row]?.[c.column] ?? null) === null);
    if (blank.length === 0) return null;
    return incomplete(
      `unfilled:${table.key}`,
      blank[0].path,
      table.key,
      `${sectionTitle(section)}：${blank.length}个单元格未填写（没有的请填0），第一个是“${blank[0].label}”`,
    );
  };
}

export interface TableSection {
  section: { number: string; heading: string };
  table: ResolvedTable;
}

/** The tables in the order their sections come. */
export function tableSections(resolved: ResolvedTemplate): TableSection[] {
  return resolved.template.sections.flatMap((section) =>
    section.kind === 'table' ? [{ section, table: resolved.tables.find((t) => t.key === section.key)! }] : [],
  );
}
