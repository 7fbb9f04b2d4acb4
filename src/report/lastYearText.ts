// Texts started from last year's report (以上年报告为基础新建): a text still word for word one of last year's is
// "carried" until the clerk rewrites it, or keeps it on purpose (沿用上年内容), which the report stores. What is kept
// is named by its place in last year's report (`overview.0`, `problems.opening`, `intro`), so the mark follows the
// text when subsections are moved, and goes when the text is edited.
import { NARRATIVE_KEYS } from './sections';
import type { LastYear, Report } from './schema';

const places = new WeakMap<LastYear, Map<string, string>>();

/** Last year's texts by their trimmed words, each with its place; the first place wins for a repeated text. */
function placesOf(lastYear: LastYear): Map<string, string> {
  let map = places.get(lastYear);
  if (map) return map;
  map = new Map();
  const add = (place: string, text: string) => {
    const t = text.trim();
    if (t && !map!.has(t)) map!.set(t, place);
  };
  add('intro', lastYear.sections.intro);
  for (const key of NARRATIVE_KEYS) {
    const body = lastYear.sections[key];
    add(`${key}.opening`, body.opening);
    body.subsections.forEach((s, i) => add(`${key}.${i}`, s.text));
  }
  places.set(lastYear, map);
  return map;
}

/** Where in last year's report this text stands, unchanged; null when it is not one of last year's texts. */
export function lastYearPlace(report: Pick<Report, 'lastYear'>, text: string): string | null {
  const { lastYear } = report;
  if (!lastYear || !text.trim()) return null;
  return placesOf(lastYear).get(text.trim()) ?? null;
}

export type CarriedState = 'own' | 'carried' | 'kept';

/** `carried`: last year's text, not edited and not kept on purpose; `kept`: kept with 沿用上年内容. */
export function carriedState(report: Pick<Report, 'lastYear'>, text: string): CarriedState {
  const place = lastYearPlace(report, text);
  if (place === null) return 'own';
  return report.lastYear!.kept?.includes(place) ? 'kept' : 'carried';
}

export const isCarriedText = (report: Pick<Report, 'lastYear'>, text: string) =>
  carriedState(report, text) === 'carried';

/** 沿用上年内容: this text of last year's stays as it is, on purpose. */
export function keepLastYearText(report: Report, text: string): Report {
  const place = lastYearPlace(report, text);
  const { lastYear } = report;
  if (!lastYear || place === null || lastYear.kept?.includes(place)) return report;
  return { ...report, lastYear: { ...lastYear, kept: [...(lastYear.kept ?? []), place] } };
}
