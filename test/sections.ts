// Test data: a narrative section from its opening text and subsections (run in unless said otherwise).
import type { SectionBody, Subsection } from '../src/report/schema';

export const sectionOf = (
  opening: string,
  subsections: (Pick<Subsection, 'heading' | 'text'> & Partial<Subsection>)[] = [],
): SectionBody => ({
  opening,
  subsections: subsections.map((s) => ({ headingOnOwnLine: false, ...s })),
});
