// One report's own findings in the batch's terms: the app's checks (runChecks) and the import's notes,
// each with its kind and the place it points at.
import { runChecks, type Finding } from '../checks';
import { doubtfulCells, judgeOverUnread } from '../import/certainty';
import type { ImportNote } from '../import/types';
import { resolveTemplate } from '../template/resolve';
import { describeTarget } from '../report/comments';
import type { Report } from '../report/schema';
import { templateOf } from '../report/edition';
import type { BatchFinding, FindingKind } from './types';
import { PROSE_CHECKS } from '../checks/prose';

export function kindOf(f: Finding): FindingKind {
  if (f.id.startsWith('balance:') || f.id.startsWith('stated:')) return '勾稽不符';
  if (f.id === 'crossYear:copied') return '疑似雷同';
  if (f.id.startsWith('crossYear:')) return '跨年不符';
  if (f.incomplete) return '未填写';
  if (f.id === 'meta:year') return '年度异常';
  if (f.severity === 'warning') return '内容提醒';
  return '其他';
}

const NOTE_KINDS: Record<ImportNote['kind'], FindingKind> = {
  unread: '未能识别',
  printedTotal: '勾稽不符',
  structure: '其他',
  assumed: '其他',
  converted: '其他',
  moved: '其他',
};

/** Where a finding points, in words; '' when the place is the whole report. */
export const placeOf = (report: Report, target: string | undefined) =>
  target ? describeTarget(templateOf(report), report, target) : '';

export const toBatchFinding = (report: Report, f: Finding): BatchFinding => ({
  kind: kindOf(f),
  severity: f.severity,
  message: f.message,
  target: f.target,
  place: placeOf(report, f.target),
});

/**
 * A draft's findings, or (with the import's notes) a report read from a published file: then a relation over a
 * figure not read is 未能识别, as in 识别, never 勾稽不符.
 */
export function reportFindings(report: Report, currentYear: number, notes?: readonly ImportNote[]): BatchFinding[] {
  const template = templateOf(report);
  let found = runChecks(template, report, currentYear, PROSE_CHECKS).findings;
  const said = [...(notes ?? [])];
  if (notes) {
    const judged = judgeOverUnread(resolveTemplate(template), report, found, doubtfulCells(notes));
    found = judged.findings;
    for (const n of judged.notes) if (!said.some((m) => m.message === n.message)) said.push(n);
  }
  const checks = found.map((f) => toBatchFinding(report, f));
  const read = said
    // what the import only did (assumed a dash means 0, converted 元 to 万元) is said where the report is imported; here it is noise
    .filter((n) => NOTE_KINDS[n.kind] !== '其他')
    .map((n): BatchFinding => ({
      kind: NOTE_KINDS[n.kind],
      severity: n.kind === 'printedTotal' ? 'error' : 'warning',
      message: n.message,
      target: n.path,
      place: placeOf(report, n.path),
      ...(n.printed === undefined ? {} : { printed: n.printed }),
    }));
  return [...read, ...checks];
}
