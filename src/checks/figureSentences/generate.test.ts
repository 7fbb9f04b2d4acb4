// The figure paragraphs written from the tables: their wording, and the round trip — read back by the extractor
// they give the tables' own figures, and the check finds nothing in them until a table figure changes.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SHARED_DIR } from '../../../test/seed';
import { REAL_CASES } from '../../../test/corpus/real/manifest';
import { importBytes } from '../../import';
import { emptyReport } from '../../report/empty';
import { withCells } from '../../report/cells';
import type { Report } from '../../report/schema';
import { template2019, template2021, templateFor } from '../../template';
import { resolveTemplate } from '../../template/resolve';
import type { Template } from '../../template/types';
import { computeDerived } from '../derive';
import { checkTextFigures } from './check';
import { extractStatedFigures } from './extract';
import { figurePaths, tableFigure } from './figures';
import { figureParagraphs } from './generate';

const derivedOf = (report: Report) => computeDerived(resolveTemplate(templateFor(report.template)), report);
const paragraphs = (report: Report) => figureParagraphs(report, derivedOf(report));

/** A report of `year` with every entered cell 0, then the figures given. */
function tablesWith(template: Template, year: number, figures: Record<string, number | null>): Report {
  const zeros = new Map<string, number | null>(
    resolveTemplate(template)
      .cells.filter((c) => !c.sumOf)
      .map((c) => [c.path, 0]),
  );
  for (const [path, value] of Object.entries(figures)) zeros.set(path, value);
  return withCells(emptyReport(template, year), zeros);
}

/** The paragraphs placed where reports put them: 依申请公开 and 主动公开 in 一's subsections, the appeals too. */
function withParagraphs(report: Report, p = paragraphs(report)): Report {
  const subsections = [
    { heading: '主动公开', text: p.active, headingOnOwnLine: false },
    { heading: '依申请公开', text: `${p.requests}${p.appeals}`, headingOnOwnLine: false },
  ];
  return { ...report, sections: { ...report.sections, overview: { opening: '', subsections } } };
}

/** A sound 2024 report: 95 requests (90 自然人, 5 商业企业), every result kind, two appeals, 表二 in use. */
const SOUND: Record<string, number> = {
  'tables.requests.new.natural': 90,
  'tables.requests.new.commercial': 5,
  'tables.requests.granted.natural': 53,
  'tables.requests.granted.commercial': 5,
  'tables.requests.partlyGranted.natural': 10,
  'tables.requests.withheld.stateSecret.natural': 2,
  'tables.requests.withheld.thirdParty.natural': 3,
  'tables.requests.unavailable.notHeld.natural': 15,
  'tables.requests.notProcessed.duplicate.natural': 2,
  'tables.requests.otherHandling.noCorrection.natural': 5,
  'tables.appeals.adminReview.upheld': 1,
  'tables.appeals.adminReview.corrected': 1,
  'tables.appeals.litigationDirect.pending': 1,
  'tables.active.normativeDocs.issued': 3,
  'tables.active.normativeDocs.inForce': 12,
  'tables.active.licensing.decisions': 1234,
  'tables.active.penalty.decisions': 5,
  'tables.active.fees.amount': 12.5,
};

describe('the wording', () => {
  test('a report with figures everywhere', () => {
    expect(paragraphs(tablesWith(template2021, 2024, SOUND))).toEqual({
      requests:
        '本年度共收到政府信息公开申请95件（其中自然人申请90件、法人或其他组织申请5件），上年结转0件；' +
        '已办结95件，其中予以公开58件、部分公开10件、不予公开5件、无法提供15件、不予处理2件、其他处理5件；结转下年度继续办理0件。',
      appeals: '本年度因政府信息公开被申请行政复议2件，其中被纠错1件；被提起行政诉讼1件，其中被纠错0件。',
      active:
        '本年度制发行政规范性文件3件、废止行政规范性文件0件，现行有效行政规范性文件12件；作出行政许可决定1234件、行政处罚决定5件、行政强制决定0件；行政事业性收费金额12.5万元。',
    });
  });

  test('a township with nothing to report', () => {
    expect(paragraphs(tablesWith(template2021, 2024, {}))).toEqual({
      requests: '本年度未收到政府信息公开申请，也没有上年结转的申请。',
      appeals: '本年度未发生因政府信息公开引发的行政复议、行政诉讼。',
      active: '本年度未制发行政规范性文件；未作出行政许可、行政处罚、行政强制决定；未收取行政事业性收费。',
    });
  });

  test('requests carried over only, all from 自然人; one result kind', () => {
    const report = tablesWith(template2021, 2024, {
      'tables.requests.carriedOver.natural': 2,
      'tables.requests.unavailable.notHeld.natural': 1,
      'tables.requests.carriedForward.natural': 1,
    });
    expect(paragraphs(report).requests).toBe(
      '本年度未收到新的政府信息公开申请，上年结转2件；已办结1件，其中无法提供1件；结转下年度继续办理1件。',
    );
  });

  test('blank cells are written ×', () => {
    const report = tablesWith(template2021, 2024, {
      ...SOUND,
      'tables.requests.granted.natural': null,
      'tables.appeals.litigationDirect.pending': null,
    });
    const p = paragraphs(report);
    expect(p.requests).toBe(
      '本年度共收到政府信息公开申请95件（其中自然人申请90件、法人或其他组织申请5件），上年结转0件；' +
        '已办结×件，其中予以公开×件、部分公开10件、不予公开5件、无法提供15件、不予处理2件、其他处理5件；结转下年度继续办理0件。',
    );
    expect(p.appeals).toBe('本年度因政府信息公开被申请行政复议2件，其中被纠错1件；被提起行政诉讼×件，其中被纠错0件。');
  });

  test('the 2019 edition: 表二 has only the decisions among the figures the text may state', () => {
    const report = tablesWith(template2019, 2020, {
      'tables.active.licensing.decisions': 7,
      'tables.active.normativeDocs.made': 2,
    });
    expect(paragraphs(report).active).toBe('本年度作出行政许可决定7件、行政处罚决定0件、行政强制决定0件。');
  });
});

// ---- the round trip ----

/** Every figure the paragraphs state is the table's figure, and the check finds nothing in them. */
function expectRoundTrip(report: Report, year: number) {
  const derived = derivedOf(report);
  const resolved = resolveTemplate(templateFor(report.template));
  const p = figureParagraphs(report, derived);
  const text = `${p.active}\n${p.requests}\n${p.appeals}`;
  const read = extractStatedFigures(text, year);
  const asTable = read.map((f) => {
    const paths = figurePaths(resolved, f.kind);
    return [f.kind, paths ? tableFigure(resolved, report, derived, paths) : 'no cell'];
  });
  expect(read.map((f) => [f.kind, f.value])).toEqual(asTable);
  // the figures every requests and appeals paragraph states, whatever the tables
  const kinds = new Set(read.map((f) => f.kind));
  expect(kinds.has('received') && kinds.has('adminReview') && kinds.has('litigation')).toBe(true);
  expect(checkTextFigures(withParagraphs(report, p), derived)).toEqual([]);
  return read;
}

describe('round trip', () => {
  test('the sound report: every figure written is read back, and nothing else', () => {
    const read = expectRoundTrip(tablesWith(template2021, 2024, SOUND), 2024);
    expect(read.map((f) => [f.kind, f.value])).toEqual([
      ['normIssued', 3],
      ['normRepealed', 0],
      ['normInForce', 12],
      ['licensing', 1234],
      ['penalty', 5],
      ['enforcement', 0],
      ['fees', 12.5],
      ['received', 95],
      ['receivedNatural', 90],
      ['receivedOrg', 5],
      ['carriedOver', 0],
      ['handled', 95],
      ['granted', 58],
      ['partlyGranted', 10],
      ['withheld', 5],
      ['unavailable', 15],
      ['notProcessed', 2],
      ['otherHandling', 5],
      ['carriedForward', 0],
      ['adminReview', 2],
      ['adminReviewCorrected', 1],
      ['litigation', 1],
      ['litigationCorrected', 0],
    ]);
  });

  test('nothing to report', () => {
    const read = expectRoundTrip(tablesWith(template2021, 2024, {}), 2024);
    expect(read.map((f) => [f.kind, f.value])).toEqual([
      ['received', 0],
      ['adminReview', 0],
      ['litigation', 0],
    ]);
  });

  describe.each([
    '2020-xiaye-town.txt',
    '2024-tieli-town.txt',
    '2024-yanshi-zhaizhen-town.txt',
    '2024-yindu-district-office.txt',
    '2024-yindu-tongye-town.txt',
  ])('seed %s', (file) => {
    test('its tables, written and read back', () => {
      const { report } = importBytes(file, new Uint8Array(readFileSync(`${SHARED_DIR}/seeds/${file}`)), 2026);
      expectRoundTrip(report, report.meta.year!);
    });
  });

  describe.each(REAL_CASES.map((c) => [c.id, c] as const))('real report %s', (_, c) => {
    test('its tables (as read by hand), written and read back', () => {
      const template = c.expected.edition === '2019' ? template2019 : template2021;
      expectRoundTrip(tablesWith(template, c.expected.year, c.expected.values), c.expected.year);
    });
  });
});

describe('after the tables change', () => {
  test('a figure changed in the table: the written paragraph now gets the warning', () => {
    const report = withParagraphs(tablesWith(template2021, 2024, SOUND));
    // 予以公开 +5 and 无法提供 −5: 办结 stays 95
    const changed = withCells(
      report,
      new Map([
        ['tables.requests.granted.natural', 58],
        ['tables.requests.unavailable.notHeld.natural', 10],
      ]),
    );
    expect(checkTextFigures(changed, derivedOf(changed)).map((f) => f.message)).toEqual([
      '“一、总体情况”（二）中写予以公开58件，表三“（一）予以公开”总计为63件',
      '“一、总体情况”（二）中写无法提供15件，表三“（四）无法提供”各项总计之和为10件',
    ]);
  });

  test('a paragraph written while cells were blank: a × warning for each, with the figure once it is filled', () => {
    const blank = tablesWith(template2021, 2024, { ...SOUND, 'tables.requests.granted.natural': null });
    const report = withParagraphs(blank);
    const findings = checkTextFigures(report, derivedOf(report));
    expect(findings.map((f) => [f.id, f.cells])).toEqual([
      ['text:handled:sections.overview.1:0', ['tables.requests.granted.natural']],
      ['text:granted:sections.overview.1:0', ['tables.requests.granted.natural']],
    ]);
    const filled = withCells(report, new Map([['tables.requests.granted.natural', 53]]));
    expect(checkTextFigures(filled, derivedOf(filled)).map((f) => f.message)).toEqual([
      '“一、总体情况”（二）中还有未填写的数字（×）：“办结×件”，表三“（七）总计”总计为95件，请改为95',
      '“一、总体情况”（二）中还有未填写的数字（×）：“予以公开×件”，表三“（一）予以公开”总计为58件，请改为58',
    ]);
  });
});
