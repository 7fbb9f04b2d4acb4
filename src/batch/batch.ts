// The batch as the table shows it: each item with its own and the across-batch findings, its counts and
// key figures. Pure; recomputed whenever an item is added (the across-batch part is linear in the items).
import { acrossBatch } from './across';
import type { Report } from '../report/schema';
import { keyFigures, type KeyFigures } from './figures';
import type { ReviewState } from './desk/record';
import type { BatchFinding, BatchItem, FindingKind } from './types';

// the figures of a report are computed once, not each time the table is rebuilt (after every file)
const figureCache = new WeakMap<Report, KeyFigures>();
function figuresOf(report: Report): KeyFigures {
  let figures = figureCache.get(report);
  if (!figures) figureCache.set(report, (figures = keyFigures(report)));
  return figures;
}

export interface BatchRow {
  id: string;
  fileName: string;
  agency: string;
  year: number | null;
  /** `2021年版`, or '' for a file that could not be read. */
  edition: string;
  errors: number;
  warnings: number;
  unread: number;
  figures: KeyFigures | null;
  findings: BatchFinding[];
  kinds: Set<FindingKind>;
  /** Remarks still open (not resolved; replies not counted). */
  remarks: number;
  /** Where the reviewer is with it; `待审` until set. */
  state: ReviewState;
  item: BatchItem;
}

const openRemarks = (item: BatchItem) =>
  item.ok ? item.report.comments.filter((c) => !c.replyTo && !c.resolved).length : 0;

/** The rows with each report's state as the reviewer set it: a new row object only where the state differs. */
export function withStates(rows: readonly BatchRow[], states: ReadonlyMap<string, ReviewState>): BatchRow[] {
  return rows.map((r) => {
    const state = states.get(r.id) ?? '待审';
    return state === r.state ? r : { ...r, state };
  });
}

export function batchRows(items: readonly BatchItem[]): BatchRow[] {
  const across = acrossBatch(items);
  return items.map((item) => {
    const findings = [...item.findings, ...(across.get(item.id) ?? [])];
    return {
      id: item.id,
      fileName: item.fileName,
      agency: item.ok ? item.report.meta.agency : '',
      year: item.ok ? item.report.meta.year : null,
      edition: item.ok ? `${item.report.template}年版` : '',
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      unread: findings.filter((f) => f.kind === '未能识别').length,
      figures: item.ok ? figuresOf(item.report) : null,
      findings,
      kinds: new Set(findings.map((f) => f.kind)),
      remarks: openRemarks(item),
      state: '待审',
      item,
    };
  });
}
