// Checks against last year's report, whenever it is known (report.lastYear): the figures carried over, the
// documents in force, a report copied whole, and texts still as last year's. Pure. Last year's report may be
// of the other edition (a report on 2021 started from one on 2020): only cells both editions have are compared.
import { getCellValue } from '../report/cells';
import type { CellValue, LastYear, Report } from '../report/schema';
import { formatNumber } from '../report/number';
import { templateFor } from '../template';
import { cellPath } from '../template/paths';
import { resolveTemplate, type ResolvedTemplate } from '../template/resolve';
import { sectionTitle } from '../template/steps';
import type { Finding } from './types';

export const CARRIED_MARK = '沿用上年内容，待修改';

const lastValue = (lastYear: LastYear, path: string): CellValue =>
  getCellValue({ tables: lastYear.tables } as Report, path);

const lastName = (lastYear: LastYear) => (lastYear.year === null ? '上年报告' : `${lastYear.year}年度报告`);

/** 二、上年结转 in each column = last year's 四、结转下年度继续办理: an error naming both numbers and the column. */
function checkCarriedOver(resolved: ResolvedTemplate, report: Report, lastYear: LastYear): Finding[] {
  const out: Finding[] = [];
  for (const cell of resolved.cells) {
    if (cell.table !== 'requests' || cell.row !== 'carriedOver' || cell.sumOf) continue;
    const now = getCellValue(report, cell.path);
    const then = lastValue(lastYear, cellPath('requests', 'carriedForward', cell.column));
    if (now === null || then === null || now === then) continue;
    out.push({
      id: `crossYear:carriedOver.${cell.column}`,
      severity: 'error',
      step: 'requests',
      target: cell.path,
      cells: [cell.path],
      message: `${cell.columnLabel}：二、上年结转为${formatNumber(now)}，${lastName(lastYear)}的四、结转下年度继续办理为${formatNumber(then)}`,
    });
  }
  return out;
}

const IN_FORCE_ROWS = ['rules', 'normativeDocs'];

/**
 * 现行有效件数 = last year's + 本年制发 − 本年废止 (2021 edition both years: the 2019 edition has no such column).
 * A warning, not an error: an agency may repeal documents that another issued, or count a revision differently.
 */
function checkInForce(resolved: ResolvedTemplate, report: Report, lastYear: LastYear): Finding[] {
  if (report.template !== '2021' || lastYear.template !== '2021') return [];
  const out: Finding[] = [];
  for (const row of IN_FORCE_ROWS) {
    const at = (column: string) => cellPath('active', row, column);
    const [inForce, issued, repealed] = ['inForce', 'issued', 'repealed'].map((c) => getCellValue(report, at(c)));
    const before = lastValue(lastYear, at('inForce'));
    if (inForce === null || issued === null || repealed === null || before === null) continue;
    const expected = before + issued - repealed;
    if (inForce === expected) continue;
    const label = resolved.cellByPath.get(at('inForce'))!.rowLabel;
    out.push({
      id: `crossYear:inForce.${row}`,
      severity: 'warning',
      step: 'active',
      target: at('inForce'),
      cells: [at('inForce')],
      message:
        `${label}：现行有效件数为${inForce}，按${lastName(lastYear)}应为${expected}（上年${before}+本年制发${issued}−本年废止${repealed}）；` +
        '废止其他机关制发的文件等情况可使两者不同，请核对',
    });
  }
  return out;
}

/** Every figure the two years share is the same, and some is not 0: most likely last year's tables copied. */
function checkCopied(resolved: ResolvedTemplate, report: Report, lastYear: LastYear): Finding[] {
  const before = resolveTemplate(templateFor(lastYear.template)).cellByPath;
  let shared = 0;
  let nonZero = false;
  for (const cell of resolved.cells) {
    if (cell.sumOf || before.get(cell.path)?.sumOf !== null) continue;
    const now = getCellValue(report, cell.path);
    if (now === null || now !== lastValue(lastYear, cell.path)) return [];
    shared++;
    nonZero ||= now !== 0;
  }
  if (shared === 0 || !nonZero) return [];
  return [
    {
      id: 'crossYear:copied',
      severity: 'warning',
      step: 'requests',
      target: 'tables.requests',
      cells: [],
      message: `表格中的${shared}个数字与${lastName(lastYear)}完全相同：是否误用了上年的数字？请逐表核对`,
    },
  ];
}

/** The cross-year checks of the figures; none when last year is not known. */
export function checkCrossYear(resolved: ResolvedTemplate, report: Report): Finding[] {
  const { lastYear } = report;
  if (!lastYear) return [];
  return [...checkCarriedOver(resolved, report, lastYear), ...checkInForce(resolved, report, lastYear), ...checkCopied(resolved, report, lastYear)];
}

const lastTexts = new WeakMap<LastYear, Set<string>>();

/** Whether a text is one of last year's texts, unchanged: copied as a starting text and not edited yet. */
export function isLastYearText(report: Pick<Report, 'lastYear'>, text: string): boolean {
  const { lastYear } = report;
  if (!lastYear || !text.trim()) return false;
  let texts = lastTexts.get(lastYear);
  if (!texts) {
    const { intro, overview, problems, other } = lastYear.sections;
    texts = new Set([intro, ...overview.map((s) => s.text), problems, other].map((t) => t.trim()).filter(Boolean));
    lastTexts.set(lastYear, texts);
  }
  return texts.has(text.trim());
}

/** A warning for each text still as last year's (沿用上年内容，待修改): the clerk has to bring it up to date. */
export function checkCarriedTexts(resolved: ResolvedTemplate, report: Report): Finding[] {
  if (!report.lastYear) return [];
  const out: Finding[] = [];
  const warn = (id: string, target: string, step: Finding['step'], name: string) =>
    out.push({ id: `carried:${id}`, severity: 'warning', step, target, cells: [], message: `${name}：${CARRIED_MARK}（与上年报告相同）` });
  const { sections } = report;
  for (const section of resolved.template.sections) {
    const title = sectionTitle(section);
    if (section.kind === 'overview') {
      if (isLastYearText(report, sections.intro)) warn('intro', 'sections.intro', 'overview', `${title}开头段落`);
      sections.overview.forEach((sub, i) => {
        if (isLastYearText(report, sub.text))
          warn(`overview.${i}`, `sections.overview.${i}`, 'overview', `${title}第${i + 1}小节${sub.heading.trim() ? `“${sub.heading.trim()}”` : ''}`);
      });
    } else if (section.kind === 'narrative' && isLastYearText(report, sections[section.key])) {
      warn(section.key, `sections.${section.key}`, section.key, title);
    }
  }
  return out;
}
