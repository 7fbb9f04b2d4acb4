// Which rows the reviewer sees: a text (in the file name, agency, year or any finding) and a finding kind.
import type { BatchRow } from './batch';
import type { FindingKind } from './types';

export interface RowFilter {
  text: string;
  /** '' for every kind. */
  kind: FindingKind | '';
}

export function filterRows(rows: readonly BatchRow[], { text, kind }: RowFilter): BatchRow[] {
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    if (kind && !r.kinds.has(kind)) return false;
    const haystack = [r.fileName, r.agency, r.year ?? '', r.edition, ...r.findings.map((f) => `${f.kind} ${f.message} ${f.place ?? ''}`)].join('\n').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
