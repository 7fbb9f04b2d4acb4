// Test data for the batch review: complete reports (the Yindu seed's figures and texts) under other names
// and years, and the known errors the batch must find. Used by the unit tests and the end-to-end test.
import { withCells } from '../src/report/cells';
import { reportFindings } from '../src/batch/findings';
import type { BatchItem } from '../src/batch/types';
import type { CellValue, Report } from '../src/report/schema';
import { readSeed, readSeedSections, YINDU } from './seed';

const seed = readSeed(YINDU);
const sections = readSeedSections(YINDU);

/** A complete report (no finding of its own) of `agency` for `year`, with some figures changed. */
export function completeReport(agency: string, year: number, changes: Record<string, CellValue> = {}): Report {
  const report = withCells(seed.report, new Map(Object.entries(changes)));
  return { ...report, meta: { agency, year, date: `${year + 1}-01-20` }, sections };
}

/**
 * A complete report whose figures differ from the seed's (and from each other's for each `n`) without
 * breaking any rule or the text: `n` more 行政规范性文件 issued and in force.
 */
export function distinctReport(
  agency: string,
  year: number,
  n: number,
  changes: Record<string, CellValue> = {},
): Report {
  const docs = (column: string) => (seed.report.tables.active.normativeDocs[column] as number) + n;
  return completeReport(agency, year, {
    'tables.active.normativeDocs.issued': docs('issued'),
    'tables.active.normativeDocs.inForce': docs('inForce'),
    ...changes,
  });
}

/** A draft of the batch, read: its item with the findings of a 2025 desk. */
export const readItem = (fileName: string, report: Report): BatchItem => ({
  id: fileName,
  fileName,
  source: 'draft',
  ok: true,
  report,
  findings: reportFindings(report, 2025),
});
