// The incremental checks against the reference (runChecks), after each of thousands of random edits.
import { describe, expect, it } from 'vitest';
import { readSeed, YINDU } from '../../test/seed';
import { withCells } from '../report/cells';
import { emptyReport } from '../report/empty';
import type { CellValue, Report } from '../report/schema';
import { template2019, template2021, templateFor } from '../template';
import { carryForward } from '../report/carryForward';
import { resolveTemplate } from '../template/resolve';
import type { ValueKind } from '../template/types';
import { createChecker, indexByCell, type Checked } from './incremental';
import { runChecks } from './index';
import { PROSE_CHECKS } from './prose';
import { random, type Random } from '../../test/random';
import { sectionOf } from '../../test/sections';

const YEAR = 2026;
const checker = createChecker(template2021, YEAR);
// the equality is held with the prose checks in: they read the texts and, on every cell edit, the figures
const proseChecker = createChecker(template2021, YEAR, PROSE_CHECKS);

function expectSameAsReference(checked: Checked) {
  const reference = runChecks(templateFor(checked.report.template), checked.report, YEAR, PROSE_CHECKS);
  expect(checked.findings).toEqual(reference.findings);
  expect(new Map(checked.derived)).toEqual(new Map(reference.derived));
  expect(new Map(checked.findingsByCell)).toEqual(indexByCell(reference.findings));
}

function randomValue(r: Random, kind: ValueKind): CellValue {
  const roll = r.next();
  if (roll < 0.15) return null;
  if (roll < 0.35) return 0;
  if (kind === 'signed' && roll < 0.6) return -r.int(30);
  if (kind === 'amount' && roll < 0.6) return Math.round(r.next() * 1_000_000) / 10_000;
  return r.int(roll < 0.9 ? 30 : 999_999_999);
}

/** A report of an edition with every entered cell a random figure (or blank). */
function randomReport(r: Random, template: typeof template2021, year: number): Report {
  const cells = resolveTemplate(template).cells.filter((c) => !c.sumOf);
  return withCells(emptyReport(template, year), new Map(cells.map((c) => [c.path, randomValue(r, c.kind)])));
}

describe('incremental checks equal the full checks', () => {
  const figures = sectionOf('', [
    { heading: '依申请公开', text: '2024年共收到政府信息公开申请21件，予以公开10件，占47.6%；引发行政复议1件。' },
  ]);
  const seed: Report = { ...readSeed(YINDU).report, meta: { agency: '殷都区人民政府', year: 2024, date: '' } };
  const stating: Report = { ...seed, sections: { ...seed.sections, overview: figures } };
  const carried = carryForward(seed);
  const last2019 = randomReport(random(2020), template2019, 2020);
  const starts: [string, Report][] = [
    ['an empty report', emptyReport(template2021, 2024)],
    ['the seed', seed],
    ['the seed with a text that states its figures', stating],
    ['the seed carried forward (last year known)', carried],
    ['the seed’s figures with the seed as last year (a copied report)', { ...carried, tables: seed.tables }],
    ['an empty 2019-edition report', emptyReport(template2019, 2020)],
    [
      'a 2019-edition report carried forward into 2020 (same edition)',
      carryForward({ ...last2019, meta: { ...last2019.meta, year: 2019 } }),
    ],
    ['a 2020 report carried forward into 2021 (across editions)', carryForward(last2019)],
  ];

  it.each(starts)(
    'after each of 3000 random edits and pastes, from %s',
    (_, start) => {
      const r = random(20261129);
      const entered = resolveTemplate(templateFor(start.template)).cells.filter((c) => !c.sumOf);
      const checker = createChecker(templateFor(start.template), YEAR, PROSE_CHECKS);
      let checked = checker.full(start);
      expectSameAsReference(checked);
      for (let step = 0; step < 3000; step++) {
        const changes = new Map<string, CellValue>();
        const size = r.next() < 0.85 ? 1 : 1 + r.int(40); // a keystroke, or a pasted block
        for (let i = 0; i < size; i++) {
          const cell = r.pick(entered);
          changes.set(cell.path, randomValue(r, cell.kind));
        }
        const report = withCells(checked.report, changes);
        const update = checker.cellsChanged(checked, report, changes.keys());
        checked = update.checked;
        if (step % 13 === 0 || step > 2990) expectSameAsReference(checked);
      }
      expectSameAsReference(checked);
    },
    60_000,
  );

  it('after edits of texts and of a whole new report', () => {
    const seed = readSeed(YINDU).report;
    const checker = proseChecker;
    let checked = checker.full(emptyReport(template2021, 2024));
    const edits: ((r: Report) => Report)[] = [
      (r) => ({ ...r, meta: { ...r.meta, agency: '某某镇人民政府' } }),
      (r) => ({ ...r, sections: { ...r.sections, intro: '本年度共收到政府信息公开申请21件。' } }),
      (r) => ({
        ...r,
        sections: { ...r.sections, intro: '统计期限自2023年1月1日至2023年12月31日。本年度共收到政府信息公开申请×件。' },
      }),
      () => seed,
      (r) => ({ ...r, sections: { ...r.sections, other: sectionOf('未收取信息处理费。') } }),
      (r) => ({
        ...r,
        sections: {
          ...r.sections,
          problems: sectionOf('', [
            { heading: '整改', text: '' },
            { heading: '', text: '一是。', removedNumbering: '1.' },
          ]),
        },
      }),
      (r) => ({ ...r, sections: { ...r.sections, problems: sectionOf('', [{ heading: '', text: '' }]) } }),
      (r) => ({ ...r, meta: { ...r.meta, year: 2019 } }),
      (r) => carryForward({ ...r, meta: { ...r.meta, year: 2023 } }), // the 2021 checker: a 2021-edition year
      (r) => ({
        ...r,
        sections: { ...r.sections, other: { ...r.sections.other, opening: `${r.sections.other.opening}（已更新）` } },
      }),
      (r) => ({
        ...r,
        lastYear: { ...r.lastYear!, sections: { ...r.lastYear!.sections, problems: sectionOf('另一段') } },
      }),
      (r) => ({ ...r, lastYear: null }),
    ];
    for (const edit of edits) {
      checked = checker.reportChanged(checked, edit(checked.report)).checked;
      expectSameAsReference(checked);
    }
  });
});

describe('what an edit says it changed', () => {
  it('one digit in table 三 names its totals and the cells of the rule it breaks, nothing else', () => {
    const seed = readSeed(YINDU).report;
    const checked = checker.full({ ...seed, meta: { agency: '殷都区人民政府', year: 2024, date: '' } });
    const path = 'tables.requests.new.natural';
    const report = withCells(checked.report, new Map([[path, 1000]]));
    const update = checker.cellsChanged(checked, report, [path]);
    expect(update.findingsChanged).toBe(true);
    expect([...update.changedCells].sort()).toEqual(
      [
        'tables.requests.new.total',
        'tables.requests.carriedOver.natural',
        'tables.requests.new.natural',
        'tables.requests.resultTotal.natural',
        'tables.requests.carriedForward.natural',
      ].sort(),
    );
  });

  it('an edit that changes no total and no finding says so, and keeps the finding lists', () => {
    const checked = checker.full(emptyReport(template2021, 2024));
    const path = 'tables.requests.new.natural';
    const first = checker.cellsChanged(checked, withCells(checked.report, new Map([[path, 5]])), [path]).checked;
    const second = checker.cellsChanged(first, withCells(first.report, new Map([[path, 5]])), [path]);
    expect(second.findingsChanged).toBe(false);
    expect(second.changedCells.size).toBe(0);
    expect(second.checked.findings).toBe(first.findings);
  });
});
