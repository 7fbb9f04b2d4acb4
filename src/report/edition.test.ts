import { describe, expect, it } from 'vitest';
import { readSeed, YINDU } from '../../test/seed';
import { xiaye2020 } from '../../test/xiaye2020';
import { withCells } from './cells';
import { switchEdition, templateOfStored, withCellNotes } from './edition';
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
});
