// Each seed report imports with every table value, agency, year, edition and section texts right, against
// values written by hand (fixtures/seeds.expected.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SHARED_DIR } from '../../test/seed';
import { resolveTemplate } from '../template/resolve';
import { SEEDS, yinduSectionTexts } from './fixtures/seeds.expected';
import { importBytes } from './index';

const CURRENT_YEAR = 2026;
const seedBytes = (file: string) => new Uint8Array(readFileSync(`${SHARED_DIR}/seeds/${file}`));

/** Every line of a seed's section, as it stands in the seed: each must be found in what was imported. */
function seedLines(file: string, from: RegExp, to: RegExp | null): string[] {
  const text = readFileSync(`${SHARED_DIR}/seeds/${file}`, 'utf8');
  const start = text.search(from);
  const end = to ? text.slice(start + 1).search(to) + start + 1 : text.length;
  return text
    .slice(start, end)
    .split('\n')
    .slice(1)
    .map((l) => l.trim().replace(/^#+$/, ''))
    .filter(Boolean);
}

describe.each(SEEDS)('seed $file', (seed) => {
  const result = importBytes(seed.file, seedBytes(seed.file), CURRENT_YEAR);

  test('agency, year and edition', () => {
    expect(result.agency).toBe(seed.agency);
    expect(result.year).toBe(seed.year);
    expect(result.edition).toBe(seed.edition);
    expect(result.report.meta).toMatchObject({ agency: seed.agency, year: seed.year });
    expect(result.report.template).toBe(seed.edition);
  });

  test('every table value', () => {
    const read: Record<string, number | null> = {};
    for (const cell of resolveTemplate(result.template).cells)
      if (!cell.sumOf) read[cell.path] = result.report.tables[cell.table][cell.row]?.[cell.column] ?? null;
    expect(read).toEqual(seed.values);
  });

  test('section texts', () => {
    const { overview, problems, other } = result.sections;
    expect(overview.subsections.map((s) => s.heading)).toEqual(seed.subsections);
    if (seed.openingStarts) expect(overview.opening.startsWith(seed.openingStarts)).toBe(true);
    else expect(overview.opening).toBe('');
    expect(problems.startsWith(seed.problemsStarts)).toBe(true);
    if (seed.otherIs !== undefined) expect(other).toBe(seed.otherIs);
    if (seed.otherStarts) expect(other.startsWith(seed.otherStarts)).toBe(true);
    // nothing of 五 lost: every line of the seed's section is in the text read (lines a PDF wrapped are joined)
    const joined = problems.replace(/\n/g, '');
    for (const line of seedLines(
      seed.file,
      /[五5][、.]\s*(政府信息公开工作)?存在的主要问题/,
      /[六6][、.]\s*其他需要报告/,
    ))
      expect(joined).toContain(line);
  });

  test('what the seed makes ambiguous is a note', () => {
    const messages = result.notes.map((n) => n.message);
    for (const expected of seed.notes)
      expect(
        messages.some((m) => m.includes(expected)),
        expected,
      ).toBe(true);
    // nothing was left unread in any seed
    expect(result.notes.filter((n) => n.kind === 'unread')).toEqual([]);
  });

  test("the report's own findings", () => {
    const messages = result.findings.map((f) => f.message);
    for (const expected of seed.findings)
      expect(
        messages.some((m) => m.includes(expected)),
        expected,
      ).toBe(true);
    expect(result.findings.filter((f) => f.id.startsWith('balance:') || f.id.startsWith('stated:'))).toEqual([]);
  });
});

test('the yindu district office: every section text as the seed has it', () => {
  const { sections } = importBytes('r.txt', seedBytes('2024-yindu-district-office.txt'), CURRENT_YEAR);
  expect(sections.intro).toBe('');
  expect(sections.overview).toEqual({ opening: yinduSectionTexts.opening, subsections: yinduSectionTexts.subsections });
  expect(sections.problems).toBe(yinduSectionTexts.problems);
  expect(sections.other).toBe(yinduSectionTexts.other);
});
