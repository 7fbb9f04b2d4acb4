// Every written text of a report with its address and the name a finding gives it: what the checks of the prose
// (the year it speaks of, the figures it states) read, in print order.
import type { Report } from '../report/schema';
import { subsectionNumbers } from '../report/sections';
import { sectionTitle, type StepKey } from '../template/steps';
import type { Template } from '../template/types';

export interface ReportText {
  /** Where a finding points: `sections.intro`, `sections.overview.opening`, `sections.overview.1`. */
  target: string;
  step: StepKey;
  section: 'intro' | 'overview' | 'problems' | 'other';
  /** As a finding names it: `“一、总体情况”（二）`. */
  name: string;
  text: string;
}

export function reportTexts(template: Template, report: Report): ReportText[] {
  const out: ReportText[] = [];
  for (const section of template.sections) {
    if (section.kind === 'table') continue;
    const { key } = section;
    const title = `“${sectionTitle(section)}”`;
    const body = report.sections[key];
    if (key === 'overview' && report.sections.intro.trim())
      out.push({
        target: 'sections.intro',
        step: key,
        section: 'intro',
        name: `${title}之前的开头段落`,
        text: report.sections.intro,
      });
    if (body.opening.trim())
      out.push({
        target: `sections.${key}.opening`,
        step: key,
        section: key,
        name: body.subsections.length ? `${title}开头文字` : title,
        text: body.opening,
      });
    const numbers = subsectionNumbers(body.subsections);
    body.subsections.forEach((sub, i) => {
      if (sub.text.trim())
        out.push({
          target: `sections.${key}.${i}`,
          step: key,
          section: key,
          name: `${title}${numbers[i] ?? `第${i + 1}段`}`,
          text: sub.text,
        });
    });
  }
  return out;
}

/** The field a text finding is shown at: a subsection's findings point at the subsection, its words are in `.text`. */
export const textFieldOfTarget = (target: string) => (/^sections\.\w+\.\d+$/.test(target) ? `${target}.text` : target);

/** The sentence around a place in a text, for a finding to quote (at most `max` characters). */
export function sentenceAt(text: string, index: number, max = 40): string {
  const before = text.slice(0, index).search(/[^。；！？\n]*$/);
  const afterMatch = /[。；！？\n]/.exec(text.slice(index));
  const end = afterMatch ? index + afterMatch.index : text.length;
  const sentence = text.slice(before, end).trim();
  return sentence.length > max ? `${sentence.slice(0, max)}…` : sentence;
}
