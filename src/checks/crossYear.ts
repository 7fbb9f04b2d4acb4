// Checks against last year's report, whenever it is known (report.lastYear): the figures carried over, the
// documents in force, a report copied whole, and texts still as last year's (../report/lastYearText.ts). Pure. Last year's report may be
// of the other edition (a report on 2021 started from one on 2020): only cells both editions have are compared.
import { getCellValue } from '../report/cells';
import type { CellValue, LastYear, Report } from '../report/schema';
import { formatNumber } from '../report/number';
import { isCarriedText } from '../report/lastYearText';
import { templateFor } from '../template';
import { cellPath } from '../template/paths';
import { resolveTemplate, type ResolvedTemplate } from '../template/resolve';
import { reportTexts } from './reportTexts';
import type { Finding } from './types';

/** Said at a text still as last year's, and in its finding. */
export const CARRIED_MESSAGE = '仍是上年内容，未修改';

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
  return [
    ...checkCarriedOver(resolved, report, lastYear),
    ...checkInForce(resolved, report, lastYear),
    ...checkCopied(resolved, report, lastYear),
  ];
}

/**
 * A text still word for word last year's, neither rewritten nor kept with 沿用上年内容: an error that only says the
 * text is not done (the step stays 填写中), so that a report started from last year's is exported as 正式 only once
 * each carried text was looked at.
 */
export function checkCarriedTexts(resolved: ResolvedTemplate, report: Report): Finding[] {
  if (!report.lastYear) return [];
  return reportTexts(resolved.template, report)
    .filter((t) => isCarriedText(report, t.text))
    .map((t) => ({
      id: `carried:${t.target.slice('sections.'.length)}`,
      severity: 'error',
      incomplete: true,
      step: t.step,
      target: t.target,
      cells: [],
      message: `${t.name}${CARRIED_MESSAGE}`,
    }));
}
