// What 导出检查结果 writes: the reports with their review state, the findings, the county sum of each year in the
// batch, and the remarks. Pure: the sheets as cells (xlsx.ts writes them).
import type { BatchRow } from './batch';
import { countySum, countyYears } from './county';
import { countySheet, findingSheet, remarkSheet, reportSheet, type Sheet } from './sheet';

export function checkSheets(rows: readonly BatchRow[]): Sheet[] {
  const states = new Map(rows.map((r) => [r.id, r.state]));
  const stateOf = (id: string) => states.get(id) ?? '';
  const years = countyYears(rows);
  // one 汇总 per year: two years are never summed together
  const county = years.map(({ year }) => ({
    ...countySheet(countySum(rows, year)),
    name: years.length > 1 ? `汇总${year}` : '汇总',
  }));
  return [reportSheet(rows, stateOf), findingSheet(rows), ...county, remarkSheet(rows, stateOf)];
}
