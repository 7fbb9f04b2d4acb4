// Every text of the report a clerk can edit, as data: where it lives, its limit, how to read and write it.
// The text fields of the wizard are built from these, and a test applies every kind of edit through them
// and reads the result back with the draft reader — so an input can never store what the reader refuses.
import type { NarrativeSection } from '../template/types';
import type { Report, Subsection } from './schema';
import { enterText, LIST_LIMITS, TEXT_LIMITS, type TextEntry } from './text';

export interface TextField {
  /** The field's address: `meta.agency`, `sections.overview.2.text`, … (also the input's id). */
  id: string;
  limit: number;
  read(report: Report): string;
  write(report: Report, text: string): Report;
}

const withSections = (r: Report, change: Partial<Report['sections']>): Report => ({ ...r, sections: { ...r.sections, ...change } });
const withOverview = (r: Report, overview: Subsection[]): Report => withSections(r, { overview });
const putSubsection = (r: Report, index: number, change: Partial<Subsection>) =>
  withOverview(
    r,
    r.sections.overview.map((s, j) => (j === index ? { ...s, ...change } : s)),
  );

export const agencyField: TextField = {
  id: 'meta.agency',
  limit: TEXT_LIMITS.name,
  read: (r) => r.meta.agency,
  write: (r, v) => ({ ...r, meta: { ...r.meta, agency: v } }),
};

export const introField: TextField = {
  id: 'sections.intro',
  limit: TEXT_LIMITS.section,
  read: (r) => r.sections.intro,
  write: (r, v) => withSections(r, { intro: v }),
};

export const narrativeField = (key: NarrativeSection['key']): TextField => ({
  id: `sections.${key}`,
  limit: TEXT_LIMITS.section,
  read: (r) => r.sections[key],
  write: (r, v) => withSections(r, { [key]: v }),
});

export const subsectionHeadingField = (index: number): TextField => ({
  id: `sections.overview.${index}`,
  limit: TEXT_LIMITS.heading,
  read: (r) => r.sections.overview[index]?.heading ?? '',
  write: (r, v) => putSubsection(r, index, { heading: v }),
});

export const subsectionTextField = (index: number): TextField => ({
  id: `sections.overview.${index}.text`,
  limit: TEXT_LIMITS.section,
  read: (r) => r.sections.overview[index]?.text ?? '',
  write: (r, v) => putSubsection(r, index, { text: v }),
});

/** Every text field a report shows, in the order of the wizard. */
export function textFieldsOf(report: Report): TextField[] {
  return [
    agencyField,
    introField,
    ...report.sections.overview.flatMap((_, i) => [subsectionHeadingField(i), subsectionTextField(i)]),
    narrativeField('problems'),
    narrativeField('other'),
  ];
}

/** All the texts of a report together, in the units the limits count (TEXT_LIMITS.report). */
export function reportTextLength(report: Report): number {
  const { meta, sections, comments } = report;
  let n = meta.agency.length + sections.intro.length + sections.problems.length + sections.other.length;
  for (const s of sections.overview) n += s.heading.length + s.text.length;
  for (const c of comments) n += c.id.length + c.target.length + c.author.length + c.at.length + c.text.length + (c.replyTo?.length ?? 0);
  return n;
}

/** Refuses what would take the whole report past TEXT_LIMITS.report, given how much it grows by. */
export function checkReportLength(report: Report, growth: number): string | null {
  const total = reportTextLength(report) + growth;
  if (total <= TEXT_LIMITS.report) return null;
  return `整份报告的文字最多${TEXT_LIMITS.report}字，这样会超出${total - TEXT_LIMITS.report}字：超出的内容没有保存，请删减`;
}

/** A typed or pasted value of a field, judged by the field's limit and the whole report's. */
export function enterField(report: Report, field: TextField, raw: string): TextEntry {
  const entry = enterText(raw, field.limit);
  if (!entry.ok) return entry;
  const tooMuch = checkReportLength(report, entry.text.length - field.read(report).length);
  return tooMuch ? { ok: false, message: tooMuch } : entry;
}

/** A typed or pasted value: the report with it stored, or the same report when it is refused (and why). */
export function applyText(report: Report, field: TextField, raw: string): { report: Report; entry: TextEntry } {
  const entry = enterField(report, field, raw);
  return { report: entry.ok ? field.write(report, entry.text) : report, entry };
}

export type ListEdit = { ok: true; report: Report } | { ok: false; report: Report; message: string };

export const subsectionsFull = (report: Report) => report.sections.overview.length >= LIST_LIMITS.subsections;

export function addSubsection(report: Report): ListEdit {
  if (subsectionsFull(report))
    return { ok: false, report, message: `最多${LIST_LIMITS.subsections}条小节，已有${report.sections.overview.length}条：请合并内容相近的小节` };
  return { ok: true, report: withOverview(report, [...report.sections.overview, { heading: '', text: '' }]) };
}

export const removeSubsection = (report: Report, index: number): Report =>
  withOverview(
    report,
    report.sections.overview.filter((_, j) => j !== index),
  );

export function moveSubsection(report: Report, from: number, to: number): Report {
  const list = [...report.sections.overview];
  if (to < 0 || to >= list.length) return report;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item);
  return withOverview(report, list);
}
