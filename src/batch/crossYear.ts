// This year's report against last year's, for the batch: the cross-year checks of src/checks/crossYear.ts
// (上年结转 = last year's 结转, 现行有效件数, a report copied whole), with last year's report found in the batch.
import { checkCrossYear } from '../checks/crossYear';
import { templateOf } from '../report/edition';
import type { Report } from '../report/schema';
import { resolveTemplate } from '../template/resolve';
import { toBatchFinding } from './findings';
import type { BatchFinding } from './types';

export function crossYearFindings(report: Report, lastYear: Report): BatchFinding[] {
  // a report that carries its own last year (started from it) was checked against it already
  if (report.lastYear) return [];
  const withLast: Report = {
    ...report,
    lastYear: {
      template: lastYear.template,
      year: lastYear.meta.year,
      agency: lastYear.meta.agency,
      tables: lastYear.tables,
      sections: lastYear.sections,
    },
  };
  return checkCrossYear(resolveTemplate(templateOf(report)), withLast).map((f) => toBatchFinding(report, f));
}
