// Every text of the report a clerk can edit, as data: where it lives, its limit, how to read and write it.
// The text fields of the wizard are built from these, and a test applies every kind of edit through them
// and reads the result back with the draft reader — so an input can never store what the reader refuses.
import type { NarrativeKey } from '../template/types';
import type { Report, SectionBody, Subsection } from './schema';
import { enterHeading, NARRATIVE_KEYS, withNumberingNote } from './sections';
import { enterText, LIST_LIMITS, TEXT_LIMITS, type TextEntry } from './text';
import { isCarriedText } from './lastYearText';

export interface TextField {
  /** The field's address: `meta.agency`, `sections.overview.2.text`, … (also the input's id). */
  id: string;
  limit: number;
  read(report: Report): string;
  write(report: Report, text: string): Report;
}

const withSections = (r: Report, change: Partial<Report['sections']>): Report => ({
  ...r,
  sections: { ...r.sections, ...change },
});
const withSection = (r: Report, key: NarrativeKey, change: Partial<SectionBody>): Report =>
  withSections(r, { [key]: { ...r.sections[key], ...change } });
const withSubsections = (r: Report, key: NarrativeKey, subsections: Subsection[]) =>
  withSection(r, key, { subsections });
const putSubsection = (r: Report, key: NarrativeKey, index: number, change: (s: Subsection) => Subsection) =>
  withSubsections(
    r,
    key,
    r.sections[key].subsections.map((s, j) => (j === index ? change(s) : s)),
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

/** The opening text of a section: what stands right after `一、总体情况`, before any subsection. */
export const openingField = (key: NarrativeKey): TextField => ({
  id: `sections.${key}.opening`,
  limit: TEXT_LIMITS.section,
  read: (r) => r.sections[key].opening,
  write: (r, v) => withSection(r, key, { opening: v }),
});

/** A subsection's heading: its id is the subsection's own address (where remarks and findings point). */
export const subsectionHeadingField = (key: NarrativeKey, index: number): TextField => ({
  id: `sections.${key}.${index}`,
  limit: TEXT_LIMITS.heading,
  read: (r) => r.sections[key].subsections[index]?.heading ?? '',
  write: (r, v) => putSubsection(r, key, index, (s) => enterHeading(s, v)),
});

export const subsectionTextField = (key: NarrativeKey, index: number): TextField => ({
  id: `sections.${key}.${index}.text`,
  limit: TEXT_LIMITS.section,
  read: (r) => r.sections[key].subsections[index]?.text ?? '',
  write: (r, v) => putSubsection(r, key, index, (s) => ({ ...s, text: v })),
});

/** Every text field a report shows, in the order of the wizard. */
export function textFieldsOf(report: Report): TextField[] {
  return [
    agencyField,
    introField,
    ...NARRATIVE_KEYS.flatMap((key) => [
      openingField(key),
      ...report.sections[key].subsections.flatMap((_, i) => [
        subsectionHeadingField(key, i),
        subsectionTextField(key, i),
      ]),
    ]),
  ];
}

/** All the texts of a report together, in the units the limits count (TEXT_LIMITS.report). */
export function reportTextLength(report: Report): number {
  const { meta, sections, comments } = report;
  let n = meta.agency.length + sections.intro.length;
  for (const key of NARRATIVE_KEYS) {
    n += sections[key].opening.length;
    for (const s of sections[key].subsections)
      n += s.heading.length + s.text.length + (s.removedNumbering?.length ?? 0);
  }
  for (const c of comments)
    n += c.id.length + c.target.length + c.author.length + c.at.length + c.text.length + (c.replyTo?.length ?? 0);
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

export const subsectionsFull = (report: Report, key: NarrativeKey) =>
  report.sections[key].subsections.length >= LIST_LIMITS.subsections;

export function addSubsection(report: Report, key: NarrativeKey): ListEdit {
  const { subsections } = report.sections[key];
  if (subsectionsFull(report, key))
    return {
      ok: false,
      report,
      message: `最多${LIST_LIMITS.subsections}条小节，已有${subsections.length}条：请合并内容相近的小节`,
    };
  return {
    ok: true,
    report: withSubsections(report, key, [...subsections, { heading: '', text: '', headingOnOwnLine: false }]),
  };
}

/**
 * A section's opening text split into subsections (import/sectionPaste.ts): the opening becomes the text before
 * the first heading, and the split subsections follow those the clerk has written in (empty ones — the template's
 * suggested headings with nothing under them — give way). Refused past the subsection limit.
 */
export function splitIntoSubsections(
  report: Report,
  key: NarrativeKey,
  split: Pick<SectionBody, 'opening' | 'subsections'>,
): ListEdit {
  // the template's empty subsections and last year's never touched go: the split text takes their place
  const written = report.sections[key].subsections.filter((s) => s.text.trim() && !isCarriedText(report, s.text));
  const subsections = [...written, ...split.subsections];
  if (subsections.length > LIST_LIMITS.subsections)
    return {
      ok: false,
      report,
      message: `最多${LIST_LIMITS.subsections}条小节，拆分后将有${subsections.length}条：请先删减或合并小节`,
    };
  return { ok: true, report: withSection(report, key, { opening: split.opening, subsections }) };
}

export const removeSubsection = (report: Report, key: NarrativeKey, index: number): Report =>
  withSubsections(
    report,
    key,
    report.sections[key].subsections.filter((_, j) => j !== index),
  );

export function moveSubsection(report: Report, key: NarrativeKey, from: number, to: number): Report {
  const list = [...report.sections[key].subsections];
  if (to < 0 || to >= list.length) return report;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item);
  return withSubsections(report, key, list);
}

export const setHeadingOnOwnLine = (report: Report, key: NarrativeKey, index: number, ownLine: boolean): Report =>
  putSubsection(report, key, index, (s) => ({ ...s, headingOnOwnLine: ownLine }));

/** The clerk has read that typed numbering was taken off: the note (and its finding) goes. */
export const acknowledgeNumbering = (report: Report, key: NarrativeKey, index: number): Report =>
  putSubsection(report, key, index, (s) => withNumberingNote(s));
