import { describe, expect, it } from 'vitest';
import { readSeed, YINDU } from '../../test/seed';
import { xiaye2020 } from '../../test/xiaye2020';
import { withCells } from './cells';
import { emptyReport } from './empty';
import { changeYear, switchEdition, templateOfStored, withCellNotes } from './edition';
import type { Report } from './schema';
import { template2019, template2021 } from '../template';

const seed: Report = readSeed(YINDU).report;

describe('the edition follows the year: moving a report between editions', () => {
  it('2021 → 2019: 表三 and 表四 move 1:1, （六）其他处理’s three rows add up into one with a note; table 二 is counted as left out', () => {
    const r = withCells(
      seed,
      new Map([
        ['tables.requests.otherHandling.noCorrection.natural', 2],
        ['tables.requests.otherHandling.unpaidFee.natural', 1],
        ['tables.requests.otherHandling.other.natural', 0],
      ]),
    );
    const { report, notes, dropped } = switchEdition(r, '2019');
    expect(report.template).toBe('2019');
    expect(report.tables.requests.new).toEqual(r.tables.requests.new);
    expect(report.tables.requests.carriedForward).toEqual(r.tables.requests.carriedForward);
    expect(report.tables.appeals).toEqual(r.tables.appeals);
    expect(report.tables.requests.otherHandling.natural).toBe(3);
    expect(notes).toEqual([
      { path: 'tables.requests.otherHandling.natural', message: '由2021年版“（六）其他处理”三项相加：2+1+0=3' },
    ]);
    // licensing/penalty/enforcement 处理决定数量 exist in both editions and move; the rest of table 二 does not
    expect(report.tables.active.licensing.decisions).toBe(r.tables.active.licensing.decisions);
    expect(dropped).toBe(7);
    expect(report.tables.active.rules).toEqual({ made: null, published: null, total: null });
    expect(report.sections).toBe(r.sections);
  });

  it('2019 → 2021: （六）其他处理 goes to 3.其他 with a note; back again gives the same 表三 and 表四', () => {
    const old = withCells(xiaye2020(), new Map([['tables.requests.otherHandling.commercial', 5]]));
    const { report, notes } = switchEdition(old, '2021');
    expect(report.tables.requests['otherHandling.other']).toMatchObject({ natural: 0, commercial: 5 });
    expect(report.tables.requests['otherHandling.noCorrection'].commercial).toBeNull();
    expect(notes.map((n) => n.path)).toEqual(['tables.requests.otherHandling.other.commercial']);
    const back = switchEdition(report, '2019').report;
    expect(back.tables.requests).toEqual(old.tables.requests);
    expect(back.tables.appeals).toEqual(old.tables.appeals);
  });

  it('puts the notes at their cells as remarks signed 年报助手', () => {
    const { report, notes } = switchEdition(
      withCells(seed, new Map([['tables.requests.otherHandling.other.natural', 4]])),
      '2019',
    );
    const noted = withCellNotes(report, notes, new Date('2026-01-05T00:00:00Z'));
    expect(noted.comments).toEqual([
      expect.objectContaining({ target: 'tables.requests.otherHandling.natural', author: '年报助手', resolved: false }),
    ]);
  });

  it('reads a stored report against the edition it names', () => {
    expect(templateOfStored({ template: '2019' })).toBe(template2019);
    expect(templateOfStored({ template: '2021' })).toBe(template2021);
    expect(templateOfStored(null)).toBe(template2021);
  });

  it('a year of the same edition only changes the year: nothing asked, nothing told, typing merges', () => {
    const change = changeYear(seed, 2023, new Date());
    expect(change.report).toEqual({ ...seed, meta: { ...seed.meta, year: 2023 } });
    expect(change).toMatchObject({ edit: { label: '修改“报告年度”', merge: 'meta.year' }, question: null, told: null });
  });

  it('a year of the other edition switches the tables, asking first only when table 二 would lose figures', () => {
    const lossy = changeYear(seed, 2020, new Date('2026-01-05T00:00:00Z'));
    expect(lossy.report.template).toBe('2019');
    expect(lossy.report.meta.year).toBe(2020);
    expect(lossy.edit).toEqual({ label: '改为2020年度（切换格式）' });
    expect(lossy.question).toBe(
      '2020年度报告使用2019年版格式（国办公开办函〔2019〕60号），表格随之切换：表三、表四的数字保留；表二的栏目不同，已填的7个数字将清空。',
    );
    expect(lossy.told).toBe(
      '已切换为2019年版格式（国办公开办函〔2019〕60号）的表格。表二的7个数字已清空（切换前的报告在“最近的报告”中）。' +
        '“（六）其他处理”的数字已按新格式移动，并在单元格处加了说明（1处）。',
    );
    expect(lossy.report.comments).toHaveLength(seed.comments.length + 1);

    const old = withCells(emptyReport(template2019, 2020), new Map([['tables.requests.otherHandling.natural', 1]]));
    const lossless = changeYear(old, 2021, new Date('2026-01-05T00:00:00Z'));
    expect(lossless.report.template).toBe('2021');
    expect(lossless.question).toBeNull();
    expect(lossless.told).toBe(
      '已切换为2021年版格式（国办公开办函〔2021〕30号）的表格。“（六）其他处理”的数字已按新格式移动，并在单元格处加了说明（1处）。',
    );
    expect(lossless.report.comments).toEqual([
      expect.objectContaining({ target: 'tables.requests.otherHandling.other.natural', author: '年报助手' }),
    ]);
  });
});
