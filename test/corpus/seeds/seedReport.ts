// The seed reports as the app's Report: figures from SEEDS (hand-written, src/import/fixtures/seeds.expected.ts),
// section texts cut from the seed's own lines (../shared/seeds/). Only the corpus generator (make.ts) and the
// manifest use this; nothing here runs the reader under test.
import { readFileSync } from 'node:fs';
import { SHARED_DIR } from '../../seed';
import { SEEDS, yinduSectionTexts, type SeedExpectation } from '../../../src/import/fixtures/seeds.expected';
import { withCells } from '../../../src/report/cells';
import { emptyReport } from '../../../src/report/empty';
import type { Report, SectionBody, Subsection } from '../../../src/report/schema';
import { template2019, template2021 } from '../../../src/template';
import type { Template } from '../../../src/template/types';

/** Short names of the five seeds, used in file names and case ids. */
export const SEED_NAMES: Record<string, string> = {
  '2024-yindu-district-office.txt': 'yindu-2024',
  '2024-tieli-town.txt': 'tieli-2024',
  '2024-yanshi-zhaizhen-town.txt': 'zhaizhen-2024',
  '2024-yindu-tongye-town.txt': 'tongye-2024',
  '2020-xiaye-town.txt': 'xiaye-2020',
};

export const seedTemplate = (seed: SeedExpectation): Template =>
  seed.edition === '2019' ? template2019 : template2021;

const SUBHEADING = /^[（(]\s*([一二三四五六七八九十])\s*[)）]\s*(.*)$/;
const clean = (line: string) =>
  line
    .replace(/\*\*/g, '')
    .replace(/^#+\s*/, '')
    .trim();

/**
 * The seed's lines joined into paragraphs: a PDF-copied seed wraps its lines at the page width, so a line joins
 * the one before unless that one ended a sentence (。！？：) or was a subsection heading, or a subsection heading starts.
 */
function paragraphsOf(lines: string[]): string[] {
  const out: string[] = [];
  let ended = true;
  for (const raw of lines) {
    const line = clean(raw);
    if (!line) continue;
    const heading = SUBHEADING.test(line);
    if (ended || heading) out.push(line);
    else out[out.length - 1] += line;
    // a subsection heading the seed prints on a line of its own ends there
    ended = heading || /[。！？：]$/.test(line);
  }
  return out;
}

/** Lines between the first line matching `from` (excluded) and the next matching `to`. */
function linesBetween(lines: string[], from: RegExp, to: RegExp | null): string[] {
  const start = lines.findIndex((l) => from.test(clean(l)));
  if (start < 0) throw new Error(`seed: no line ${from}`);
  const rest = lines.slice(start + 1);
  const end = to ? rest.findIndex((l) => to.test(clean(l))) : -1;
  return end < 0 ? rest : rest.slice(0, end);
}

function overviewOf(paragraphs: string[]): SectionBody {
  const opening: string[] = [];
  const subsections: Subsection[] = [];
  for (const p of paragraphs) {
    const m = SUBHEADING.exec(p);
    if (m) {
      const rest = m[2].trim();
      const colon = rest.indexOf('：');
      // `（一）主动公开：正文…` is run in; `（一）主动公开` or `（一）加强领导，…建设。` stands on its own line
      if (colon > 0 && colon < 20)
        subsections.push({
          heading: rest.slice(0, colon),
          text: rest.slice(colon + 1).trim(),
          headingOnOwnLine: false,
        });
      else subsections.push({ heading: rest.replace(/[。．.]$/, ''), text: '', headingOnOwnLine: true });
    } else if (subsections.length) {
      const last = subsections[subsections.length - 1];
      last.text = last.text ? `${last.text}\n${p}` : p;
    } else opening.push(p);
  }
  return { opening: opening.join('\n'), subsections };
}

/** The seed's section texts: 一's opening and subsections, 五 and 六, and any preface before 一. */
export function seedSections(seed: SeedExpectation): Report['sections'] {
  if (seed.file === '2024-yindu-district-office.txt') {
    return {
      intro: '',
      overview: {
        opening: yinduSectionTexts.opening,
        subsections: yinduSectionTexts.subsections.map((s) => ({
          heading: s.heading,
          text: s.text,
          headingOnOwnLine: false,
        })),
      },
      problems: { opening: yinduSectionTexts.problems, subsections: [] },
      other: { opening: yinduSectionTexts.other, subsections: [] },
    };
  }
  const lines = readFileSync(`${SHARED_DIR}/seeds/${seed.file}`, 'utf8').split(/\r?\n/);
  // the title ends with 年度报告, sometimes wrapped over two lines
  const titleEnd = lines.findIndex((l) => /年度报告$|^度报告$/.test(clean(l)));
  const firstHeading = lines.findIndex((l) => /^一、总体情况/.test(clean(l)));
  const intro = paragraphsOf(lines.slice(titleEnd + 1, firstHeading)).join('\n');
  return {
    intro,
    overview: overviewOf(paragraphsOf(linesBetween(lines, /^一、总体情况/, /^二、/))),
    problems: { opening: paragraphsOf(linesBetween(lines, /^五、/, /^六、/)).join('\n'), subsections: [] },
    other: { opening: paragraphsOf(linesBetween(lines, /^六、/, null)).join('\n'), subsections: [] },
  };
}

/** The seed as a Report: every entered cell as SEEDS has it, the seed's texts, no date (none of the seeds is signed). */
export function seedReport(seed: SeedExpectation): Report {
  const base = emptyReport(seedTemplate(seed), seed.year);
  const report = withCells(base, new Map(Object.entries(seed.values)));
  return { ...report, meta: { agency: seed.agency, year: seed.year, date: '' }, sections: seedSections(seed) };
}

export { SEEDS };
