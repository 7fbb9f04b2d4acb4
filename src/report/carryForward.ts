// 以上年报告为基础新建: this year's report started from last year's. Pure; the same whether last year's report
// is the open one, a draft file or an imported report.
import { editionForYear, templateFor } from '../template';
import { resolveTemplate } from '../template/resolve';
import { getCellValue, withCells } from './cells';
import { emptyReport } from './empty';
import type { CellValue, Report, SectionBody } from './schema';

/**
 * Year + 1, in that year's edition; 表三 二、上年结转 in each column = last year's 四、结转下年度继续办理; the texts
 * copied as starting text (each marked 沿用上年内容，待修改 until edited: checks/crossYear.ts); every other figure
 * not filled in; no remarks. Last year's figures and texts travel along (`lastYear`) for the cross-year checks.
 */
export function carryForward(last: Report): Report {
  const year = last.meta.year === null ? null : last.meta.year + 1;
  const template = templateFor(year === null ? last.template : editionForYear(year));
  const fresh = emptyReport(template, year);
  const carried = new Map<string, CellValue>();
  for (const cell of resolveTemplate(template).cells)
    if (cell.table === 'requests' && cell.row === 'carriedOver' && !cell.sumOf)
      carried.set(cell.path, getCellValue(last, `tables.requests.carriedForward.${cell.column}`));
  const copy = (body: SectionBody): SectionBody => ({ ...body, subsections: body.subsections.map((s) => ({ ...s })) });
  const { intro, overview, problems, other } = last.sections;
  return withCells(
    {
      ...fresh,
      meta: { ...fresh.meta, agency: last.meta.agency },
      sections: { intro, overview: copy(overview), problems: copy(problems), other: copy(other) },
      lastYear: {
        template: last.template,
        year: last.meta.year,
        agency: last.meta.agency,
        tables: last.tables,
        sections: last.sections,
      },
    },
    carried,
  );
}
