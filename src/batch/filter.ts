// Which rows the reviewer sees: a text (in the file name, agency, year or any finding), a finding kind, a state.
import type { BatchRow } from './batch';
import type { ReviewState } from './desk/record';
import type { FindingKind } from './types';

export interface RowFilter {
  text: string;
  /** '' for every kind. */
  kind: FindingKind | '';
  /** '' for every state. */
  state?: ReviewState | '';
}

export function filterRows(rows: readonly BatchRow[], { text, kind, state }: RowFilter): BatchRow[] {
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  // no filter: the same list (a batch of 1,000 is filtered again after every file read)
  if (!words.length && !kind && !state) return rows as BatchRow[];
  return rows.filter((r) => {
    if (kind && !r.kinds.has(kind)) return false;
    if (state && r.state !== state) return false;
    const haystack = [
      r.fileName,
      r.agency,
      r.year ?? '',
      r.edition,
      ...r.findings.map((f) => `${f.kind} ${f.message} ${f.place ?? ''}`),
    ]
      .join('\n')
      .toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** `待审 12 · 已批注 5 · 已退回 3 · 已通过 17`: how many reports are at each state (files not read are not reports). */
export function stateCounts(rows: readonly BatchRow[]): Record<ReviewState, number> {
  const counts: Record<ReviewState, number> = { 待审: 0, 已批注: 0, 已退回: 0, 已通过: 0 };
  for (const r of rows) if (r.item.ok) counts[r.state]++;
  return counts;
}
