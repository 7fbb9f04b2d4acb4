// A section's text pasted into its first box (the opening of 一, 五 or 六) with its own subsections in it:
// `（一）…（二）…` (or `(一)`), `一、…二、…` (inside a section these number subsections, not sections), or
// `一是…二是…`. The split is the import's (./sections.ts splitSubsections): what stands before the first
// heading stays the opening; each heading becomes a subsection's, without its numbering (the app numbers them).
import type { Subsection } from '../report/schema';
import { chineseNumber, stripTypedNumbering } from '../template/numbering';
import type { Line } from './lines';
import { plainLine } from './normalize';
import { paragraphs, splitSubsections } from './sections';

export interface SectionSplit {
  opening: string;
  subsections: Subsection[];
}

/** `一、标题` at a line's start; `一是…` at a paragraph's start. */
const LISTED = /^\s*([一二三四五六七八九十]{1,3})\s*、\s*(.+)$/;
const POINT = /^\s*([一二三四五六七八九十]{1,3})是/;

/** Lines that begin `一…`, `二…`, … in order (by `pattern`): their indices, or none when fewer than two. */
function inSequence(lines: Line[], pattern: RegExp): Set<number> {
  const found = new Set<number>();
  lines.forEach((line, i) => {
    if (pattern.exec(plainLine(line.text))?.[1] === chineseNumber(found.size + 1)) found.add(i);
  });
  return found.size >= 2 ? found : new Set();
}

/** 一是…二是…: each point is a subsection with no heading, its text whole as published reports write it. */
function byPoints(lines: Line[], starts: Set<number>): SectionSplit {
  const parts: Line[][] = [[]];
  lines.forEach((line, i) => (starts.has(i) ? parts.push([line]) : parts[parts.length - 1].push(line)));
  const [opening, ...points] = parts;
  return {
    opening: paragraphs(opening, true),
    subsections: points.map((p) => ({ heading: '', text: paragraphs(p, true), headingOnOwnLine: false })),
  };
}

/**
 * The split of a pasted section, or null when it holds fewer than two subsection headings. Lines are read as a
 * copy from a PDF or text may wrap them (joined until a sentence ends), as the import reads a paste.
 */
export function splitPastedSection(text: string): SectionSplit | null {
  let lines: Line[] = text
    .split(/\r\n|\r|\n/)
    .filter((t) => t.trim())
    .map((t) => ({ text: t, cells: null }));
  // `一、主动公开` inside a section is a subsection: read as the import reads `（一）主动公开`
  const listed = inSequence(lines, LISTED);
  if (listed.size > 0)
    lines = lines.map((line, i) =>
      listed.has(i) ? { ...line, text: plainLine(line.text).replace(LISTED, '（$1）$2') } : line,
    );
  const split = splitSubsections(lines, true);
  if (split.subsections.length >= 2)
    return {
      opening: split.opening,
      subsections: split.subsections.map((s) => ({
        heading: stripTypedNumbering(s.heading).heading,
        text: s.text,
        headingOnOwnLine: Boolean(s.ownLine),
      })),
    };
  const points = inSequence(lines, POINT);
  return points.size > 0 ? byPoints(lines, points) : null;
}
