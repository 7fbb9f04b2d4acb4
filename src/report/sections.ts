// The narrative sections (一, 五, 六) as the report holds them: an opening text, then subsections. What every
// layer asks of them — which subsections are numbered, whether a section has text, the shape of format 1 — is here.
import { stripTypedNumbering, subsectionNumber } from '../template/numbering';
import type { NarrativeKey } from '../template/types';
import type { SectionBody, Subsection } from './schema';

export const NARRATIVE_KEYS: readonly NarrativeKey[] = ['overview', 'problems', 'other'];

export const emptySection = (headings: readonly string[] = []): SectionBody => ({
  opening: '',
  subsections: headings.map((heading) => ({ heading, text: '', headingOnOwnLine: false })),
});

/**
 * The number each subsection prints with: （一）（二）… counted over the subsections that have a heading;
 * null for one without (its text prints as plain paragraphs, `一是…二是…`).
 */
export function subsectionNumbers(subsections: readonly Pick<Subsection, 'heading'>[]): (string | null)[] {
  let n = 0;
  return subsections.map((s) => (s.heading.trim() ? subsectionNumber(n++) : null));
}

/** A section the clerk wrote something in: its opening text or the text of a subsection (a heading alone is not text). */
export const sectionHasText = (body: SectionBody) =>
  Boolean(body.opening.trim()) || body.subsections.some((s) => s.text.trim());

/** A heading as the clerk typed it, stored without the numbering the app adds (and remembering what was taken off). */
export function enterHeading(sub: Subsection, typed: string): Subsection {
  const { heading, removed } = stripTypedNumbering(typed);
  const kept = removed ?? (heading.trim() ? sub.removedNumbering : undefined);
  return withNumberingNote({ ...sub, heading }, kept);
}

/** The subsection with its note of removed numbering set to `removed`, or with none when it is absent. */
export function withNumberingNote(sub: Subsection, removed?: string): Subsection {
  const rest = { ...sub };
  delete rest.removedNumbering;
  return removed ? { ...rest, removedNumbering: removed } : rest;
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Format 1's sections (draft files and autosaves written before format 2) in format 2's shape, by shape:
 * 一's subsections become subsections run in, with any typed numbering taken off; 五's and 六's text becomes
 * their opening text. A part already in format 2's shape, or of a wrong type, is left for the reader to judge.
 */
export function sectionsFromFormat1(sections: unknown): unknown {
  if (!isObject(sections)) return sections;
  const out: Loose = { ...sections };
  if (Array.isArray(sections.overview))
    out.overview = {
      opening: '',
      subsections: sections.overview.map((s: unknown) => (isObject(s) ? subsectionFromFormat1(s) : s)),
    };
  for (const key of ['problems', 'other'] as const)
    if (typeof sections[key] === 'string') out[key] = { opening: sections[key], subsections: [] };
  return out;
}

function subsectionFromFormat1(s: Loose): Loose {
  if (typeof s.heading !== 'string') return { ...s, headingOnOwnLine: false };
  const { heading, removed } = stripTypedNumbering(s.heading);
  return { ...s, heading, headingOnOwnLine: false, ...(removed ? { removedNumbering: removed } : {}) };
}
