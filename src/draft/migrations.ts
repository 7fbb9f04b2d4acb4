// Each shipped formatVersion of a stored report opens forever: a draft file, an autosave, an entry of 最近的报告 or a
// report kept on the reviewer's desk is brought up to the current version one step at a time, by this one table
// (./stored.ts applies it). Steps are checked for order when this module loads.
import { sectionsFromFormat1 } from '../report/sections';
import { DRAFT_FORMAT_VERSION } from './write';

export interface Migration {
  /** The version this step produces. */
  to: number;
  why: string;
  migrate(draft: Record<string, unknown>): Record<string, unknown>;
}

export const MIGRATIONS: Migration[] = [
  {
    to: 2,
    why: '一、五、六 each hold an opening text and subsections (heading optional, run in or on its own line)',
    // 一's subsections stay at their index (remarks on `sections.overview.2` still land), run in as before.
    migrate: (draft) => ({ ...draft, sections: sectionsFromFormat1(draft.sections) }),
  },
  {
    to: 3,
    why: 'last year’s report travels in the draft (lastYear), so that a reviewer sees the same cross-year checks',
    // a draft of version 2 knew nothing of last year; an explicit null says "not known" rather than "missing"
    migrate: (draft) => ({ ...draft, lastYear: null }),
  },
];

MIGRATIONS.forEach((m, i) => {
  if (m.to !== i + 2) throw new Error(`draft migration ${i} goes to version ${m.to}, expected ${i + 2}`);
});
if (MIGRATIONS.length + 1 !== DRAFT_FORMAT_VERSION)
  throw new Error('draft migrations do not reach the current format version');

export function migrate(draft: Record<string, unknown>, from: number): Record<string, unknown> {
  return MIGRATIONS.filter((m) => m.to > from).reduce((d, m) => m.migrate(d), draft);
}

/**
 * A report stored without its format (an autosave or an entry of 最近的报告 without `formatVersion`, a desk record
 * without `reportFormat`) is of this format or an older one; every store writes the format it holds.
 */
export const LAST_UNSTATED_FORMAT = 3;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The format of a stored report that does not say it (written at format 1 to LAST_UNSTATED_FORMAT), told by its
 * shape: `lastYear` came with 3; before it, format 1's sections are a list (一) and plain texts (五, 六).
 */
export function formatByShape(report: unknown): number {
  if (!isObject(report) || 'lastYear' in report) return LAST_UNSTATED_FORMAT;
  const sections = report.sections;
  const format1 =
    isObject(sections) &&
    (Array.isArray(sections.overview) || typeof sections.problems === 'string' || typeof sections.other === 'string');
  return format1 ? 1 : 2;
}
