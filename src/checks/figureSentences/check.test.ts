// The text against the tables: published reports as they are (their own figures agree with their own text, so no
// warning), and the two mismatches the check exists for. The figures each text states were read by hand from the
// seeds and the corpus files, not taken from the code.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SHARED_DIR } from '../../../test/seed';
import { readCase } from '../../../test/corpus/score';
import { REAL_CASES } from '../../../test/corpus/real/manifest';
import { importBytes } from '../../import';
import { emptyReport } from '../../report/empty';
import { withCells } from '../../report/cells';
import type { Report } from '../../report/schema';
import { template2019, template2021, templateFor } from '../../template';
import { resolveTemplate } from '../../template/resolve';
import { computeDerived } from '../derive';
import { reportTexts } from '../reportTexts';
import { checkTextFigures } from './check';
import { extractStatedFigures, type FigureKind } from './extract';

const CURRENT_YEAR = 2026;

const derivedOf = (report: Report) => computeDerived(resolveTemplate(templateFor(report.template)), report);
const check = (report: Report) => checkTextFigures(report, derivedOf(report));

/** Every figure the report's texts state, as [kind, value], in the order of the texts. */
const statedIn = (report: Report): [FigureKind, number | null][] =>
  reportTexts(templateFor(report.template), report).flatMap((t) =>
    extractStatedFigures(t.text, report.meta.year).map((f): [FigureKind, number | null] => [f.kind, f.value]),
  );

// ---- (a) the seeds as published ----

/** What each seed's prose states about its tables, read by hand (file in ../shared/seeds). */
const SEED_FIGURES: Record<string, [FigureKind, number | null][]> = {
  // `2024 年，我镇政府未收到政府信息公开申请。` (（二）依申请公开)
  '2024-yanshi-zhaizhen-town.txt': [['received', 0]],
  // `2024年未收到政府信息公开申请。` (（三）依申请公开办理情况)
  '2024-yindu-tongye-town.txt': [['received', 0]],
  // `2024 年收到并办理公民、法人和其他组织提出的政府信息公开申请 21 件` (（二）依申请公开)
  '2024-yindu-district-office.txt': [['received', 21]],
  // only counts of information published (`通过政府网站公开信息104条`)
  '2024-tieli-town.txt': [],
  // no figure in its prose
  '2020-xiaye-town.txt': [],
};

describe.each(Object.keys(SEED_FIGURES))('seed %s as published', (file) => {
  const result = importBytes(file, new Uint8Array(readFileSync(`${SHARED_DIR}/seeds/${file}`)), CURRENT_YEAR);

  test('its text states the figures read by hand', () => {
    expect(statedIn(result.report)).toEqual(SEED_FIGURES[file]);
  });

  test('and its tables agree: no warning', () => {
    expect(check(result.report)).toEqual([]);
  });
});

// ---- (b) the real corpus: sections as imported, tables as read by hand (test/corpus/real/manifest.ts) ----

/** What each report's prose states about its tables, read by hand off the file (test/corpus/real). */
const REAL_FIGURES: Record<string, [FigureKind, number | null][]> = {
  // `2023 年全区受理…21 件` is the district's (全区): no figure
  'hongze-district-2023.pdf': [],
  // `区政府办代表区政府受理政府信息公开申请 17 件`: another body's count (the table's 新收 is 95); not read
  'hongze-district-2024.pdf': [],
  'pingtan-2019-page.txt': [],
  // `经清理，已宣布废止规范性文件5件`: read, but the 2019 edition's 表二 has no 废止 column, so nothing is compared
  'pingtan-2020-page.txt': [['normRepealed', 5]],
  // `本年度全区共收到70件申请…`: 全区, not read
  'pingtan-2021-page.txt': [],
  'pingtan-2023-page.txt': [
    ['normIssued', 77],
    ['handled', 81],
    ['withheld', 5],
    ['unavailable', 31],
    ['notProcessed', 1],
    ['otherHandling', 2],
    ['adminReview', 2],
    ['litigation', 7],
  ],
  'pingtan-2024-page.txt': [['normIssued', 62]],
  'huaian-city-2024.pdf': [
    ['adminReview', 351],
    ['adminReviewCorrected', 64],
    ['litigation', 46],
    ['litigationCorrected', 5],
  ],
  'shanghai-kewei-2024.md': [
    ['adminReview', 1],
    ['litigation', 0],
    ['received', 34],
    ['carriedOver', 2],
    ['granted', 9],
    ['partlyGranted', 0],
    ['withheld', 2],
    ['unavailable', 10],
    ['notProcessed', 0],
    ['otherHandling', 14],
    ['carriedForward', 1],
  ],
  'shanghai-office-2025.md': [
    ['received', 1295],
    ['handled', 1191],
    ['withheld', 20],
    ['unavailable', 564],
    ['notProcessed', 80],
    ['otherHandling', 319],
  ],
};

describe.each(REAL_CASES.map((c) => [c.id, c] as const))('real report %s', (id, c) => {
  test('its text states the figures read by hand, and its tables (as read by hand) agree', async () => {
    const result = await readCase(c);
    const report = withCells(result.report, new Map(Object.entries(c.expected.values)));
    expect(REAL_FIGURES[id], `no expectation written for ${id}`).toBeDefined();
    // the figures in text order within each text; the texts in print order
    expect(statedIn(report)).toEqual(REAL_FIGURES[id]);
    expect(check(report)).toEqual([]);
  }, 60_000);
});

// ---- (c) the mismatches the check is for ----

/** A 2024 report on the 2021 edition with every cell of 表三 and 表四 filled (0), and its given figures. */
function reportWith(figures: Record<string, number>, sections: Partial<Report['sections']> = {}): Report {
  const base = emptyReport(template2021, 2024);
  const zeros = new Map(
    resolveTemplate(template2021)
      .cells.filter((c) => !c.sumOf)
      .map((c) => [c.path, 0]),
  );
  for (const [path, value] of Object.entries(figures)) zeros.set(path, value);
  const filled = withCells(base, zeros);
  return {
    ...filled,
    meta: { ...filled.meta, agency: '某某镇人民政府' },
    sections: { ...filled.sections, ...sections },
  };
}

const overviewWith = (subsectionTexts: string[]): Report['sections']['overview'] => ({
  opening: '',
  subsections: ['主动公开', '依申请公开', '政府信息管理'].map((heading, i) => ({
    heading,
    text: subsectionTexts[i] ?? '',
    headingOnOwnLine: false,
  })),
});

describe('a figure the tables contradict', () => {
  test('收到申请17件 against 新收 95: one warning naming both, on the subsection', () => {
    const report = reportWith(
      { 'tables.requests.new.natural': 95, 'tables.requests.granted.natural': 95 },
      { overview: overviewWith(['', '今年共受理政府信息公开申请17件，均在法定期限内答复。']) },
    );
    const findings = check(report);
    expect(findings).toEqual([
      {
        id: 'text:received:sections.overview.1:0',
        severity: 'warning',
        step: 'overview',
        target: 'sections.overview.1',
        cells: ['tables.requests.new.total'],
        message: '“一、总体情况”（二）中写收到申请17件，表三“一、本年新收政府信息公开申请数量”总计为95件',
      },
    ]);
  });

  test('予以公开258件 against 275: one warning naming both', () => {
    const report = reportWith(
      {
        'tables.requests.new.natural': 300,
        'tables.requests.granted.natural': 275,
        'tables.requests.partlyGranted.natural': 25,
      },
      { overview: overviewWith(['', '本年度共收到政府信息公开申请300件，其中予以公开258件。']) },
    );
    const findings = check(report);
    expect(findings.map((f) => f.message)).toEqual([
      '“一、总体情况”（二）中写予以公开258件，表三“（一）予以公开”总计为275件',
    ]);
    expect(findings[0].cells).toEqual(['tables.requests.granted.total']);
  });

  test('a group of 表三 is compared with the sum of its rows', () => {
    const report = reportWith(
      {
        'tables.requests.new.natural': 10,
        'tables.requests.granted.natural': 5,
        'tables.requests.withheld.stateSecret.natural': 2,
        'tables.requests.withheld.thirdParty.natural': 3,
      },
      { problems: { opening: '本年度政府信息公开申请中不予公开4件。', subsections: [] } },
    );
    const findings = check(report);
    expect(findings.map((f) => [f.id, f.step, f.target, f.message])).toEqual([
      [
        'text:withheld:sections.problems.opening:0',
        'problems',
        'sections.problems.opening',
        '“五、存在的主要问题及改进情况”中写不予公开4件，表三“（三）不予公开”各项总计之和为5件',
      ],
    ]);
    expect(findings[0].cells).toHaveLength(8);
  });

  test('未收到申请 against a table with requests; the preface is shown with 一', () => {
    const report = reportWith(
      { 'tables.requests.new.natural': 3, 'tables.requests.granted.natural': 3 },
      { intro: '2024年，本镇未收到政府信息公开申请。' },
    );
    expect(check(report).map((f) => [f.step, f.target, f.message])).toEqual([
      [
        'overview',
        'sections.intro',
        '“一、总体情况”之前的开头段落中写未收到政府信息公开申请，表三“一、本年新收政府信息公开申请数量”总计为3件',
      ],
    ]);
  });

  test('表四 and 表二 figures', () => {
    const report = reportWith(
      {
        'tables.appeals.litigationDirect.upheld': 1,
        'tables.appeals.litigationAfterReview.corrected': 1,
        'tables.active.licensing.decisions': 12,
        'tables.active.fees.amount': 1.2345,
      },
      {
        other: {
          opening: '本年度因政府信息公开被提起行政诉讼1件。本年度作出行政许可决定12件，行政事业性收费金额1.23万元。',
          subsections: [],
        },
      },
    );
    // 行政诉讼 is 直接起诉 (1) + 复议后起诉 (1) = 2; the amount agrees at the two decimals the text gives
    expect(check(report).map((f) => f.message)).toEqual([
      '“六、其他需要报告的事项”中写行政诉讼1件，表四“行政诉讼”总计（未经复议直接起诉与复议后起诉之和）为2件',
    ]);
  });

  test('a share that does not follow from the figures; either base is accepted, at the text’s rounding', () => {
    const figures = {
      'tables.requests.new.natural': 95,
      'tables.requests.granted.natural': 58,
      'tables.requests.partlyGranted.natural': 37,
    };
    const said = (share: string) =>
      check(
        reportWith(figures, {
          overview: overviewWith(['', `本年度共收到政府信息公开申请95件，其中予以公开58件，占${share}。`]),
        }),
      );
    expect(said('61%')).toEqual([]);
    expect(said('61.1%')).toEqual([]);
    expect(said('61.05%')).toEqual([]);
    expect(said('61.0%')).toEqual([]); // cut off at one decimal, as some reports do
    const wrong = said('65%');
    expect(wrong.map((f) => [f.id, f.message])).toEqual([
      [
        'text:granted:sections.overview.1:0:percent',
        '“一、总体情况”（二）中写予以公开占65%，按表格应为61.05%（58÷95，办结总数）',
      ],
    ]);
  });

  test('a × still in the text: a warning with the cell to fill, and the figure when the table has it', () => {
    const blank = withCells(
      reportWith({}, { overview: overviewWith(['', '本年度共收到政府信息公开申请×件。']) }),
      new Map([['tables.requests.new.natural', null]]),
    );
    const [f] = check(blank);
    expect(f.id).toBe('text:received:sections.overview.1:0');
    expect(f.cells).toEqual(['tables.requests.new.natural']);
    expect(f.message).toBe(
      '“一、总体情况”（二）中还有未填写的数字（×）：“收到申请×件”，请先填写表三“一、本年新收政府信息公开申请数量”总计，再改为表中的数字',
    );
    const filled = reportWith(
      { 'tables.requests.new.natural': 4, 'tables.requests.granted.natural': 4 },
      { overview: overviewWith(['', '本年度共收到政府信息公开申请×件。']) },
    );
    expect(check(filled).map((x) => x.message)).toEqual([
      '“一、总体情况”（二）中还有未填写的数字（×）：“收到申请×件”，表三“一、本年新收政府信息公开申请数量”总计为4件，请改为4',
    ]);
  });

  test('ids count each kind per text, so two warnings of a kind stay apart', () => {
    const report = reportWith({}, { overview: overviewWith(['', '本年度予以公开3件。本年度予以公开4件。']) });
    expect(check(report).map((f) => f.id)).toEqual([
      'text:granted:sections.overview.1:0',
      'text:granted:sections.overview.1:1',
    ]);
  });
});

// ---- (d) where the check says nothing ----

describe('no warning', () => {
  const table = { 'tables.requests.new.natural': 95, 'tables.requests.granted.natural': 95 };

  test.each([
    ['the text is silent on figures', '严格按照《条例》要求，依法、高效办理政府信息公开申请，均在法定期限内答复。'],
    ['another year', '2023年共收到政府信息公开申请80件。'],
    ['the county', '全县共收到政府信息公开申请1,234件，其中予以公开800件。'],
    ['a change', '本年度政府信息公开申请比上年增加17件。'],
    ['the agreeing figure', '本年度共收到政府信息公开申请95件，全部予以公开。'],
  ])('%s', (_, text) => {
    expect(check(reportWith(table, { overview: overviewWith(['', text]) }))).toEqual([]);
  });

  test('a table not filled in is not compared', () => {
    const report = withCells(
      reportWith(table, { overview: overviewWith(['', '本年度共收到政府信息公开申请17件。']) }),
      new Map([['tables.requests.new.research', null]]),
    );
    expect(check(report)).toEqual([]);
  });

  test('a kind the 2019 edition has no cell for is not compared', () => {
    const base = emptyReport(template2019, 2020);
    const zeros = new Map(
      resolveTemplate(template2019)
        .cells.filter((c) => !c.sumOf)
        .map((c) => [c.path, 0]),
    );
    const report: Report = {
      ...withCells(base, zeros),
      sections: {
        ...base.sections,
        overview: overviewWith(['', '', '经清理，已宣布废止规范性文件5件，本年度制发规范性文件3件。']),
      },
    };
    expect(check(report)).toEqual([]);
  });
});

describe('the name a finding gives a text', () => {
  const report = reportWith(
    {},
    {
      intro: '前言',
      overview: {
        opening: '开头',
        subsections: [
          { heading: '', text: 'a', headingOnOwnLine: false },
          { heading: '依申请公开', text: 'b', headingOnOwnLine: false },
        ],
      },
      problems: { opening: '问题', subsections: [] },
      other: { opening: '其他', subsections: [] },
    },
  );

  test('in the words of the printed report', () => {
    expect(reportTexts(template2021, report).map((t) => [t.target, t.name])).toEqual([
      ['sections.intro', '“一、总体情况”之前的开头段落'],
      ['sections.overview.opening', '“一、总体情况”开头文字'],
      ['sections.overview.0', '“一、总体情况”第1段'],
      ['sections.overview.1', '“一、总体情况”（一）'],
      ['sections.problems.opening', '“五、存在的主要问题及改进情况”'],
      ['sections.other.opening', '“六、其他需要报告的事项”'],
    ]);
  });
});
