import { sectionOf } from '../../test/sections';
import { describe, expect, it } from 'vitest';
import { readSeed, YINDU } from '../../test/seed';
import { xiaye2020 } from '../../test/xiaye2020';
import { carryForward } from './carryForward';
import { getCellValue, withCells } from './cells';
import type { Report } from './schema';

const columns = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'];

describe('以上年报告为基础新建', () => {
  const seed = readSeed(YINDU).report;
  const last: Report = {
    ...withCells(seed, new Map(columns.map((c, i) => [`tables.requests.carriedForward.${c}`, i + 1]))),
    meta: { agency: '殷都区人民政府办公室', year: 2024, date: '2025-01-20' },
    sections: {
      intro: '开头',
      overview: sectionOf('', [{ heading: '主动公开', text: '去年的内容' }]),
      problems: sectionOf('问题'),
      other: sectionOf('其他'),
    },
    comments: [
      { id: 'c1', target: 'meta', author: '审阅人', at: '2025-01-10T00:00:00Z', text: '请核对', resolved: false },
    ],
  };
  const now = carryForward(last);

  it('is next year’s report, in that year’s edition, of the same agency, with no date and no remarks', () => {
    expect(now.meta).toEqual({ agency: '殷都区人民政府办公室', year: 2025, date: '' });
    expect(now.template).toBe('2021');
    expect(now.comments).toEqual([]);
  });

  it('carries 四、结转下年度继续办理 into 二、上年结转 in every column; every other figure is not filled in', () => {
    for (const c of columns)
      expect(getCellValue(now, `tables.requests.carriedOver.${c}`), c).toBe(
        getCellValue(last, `tables.requests.carriedForward.${c}`),
      );
    expect(columns.map((c) => getCellValue(now, `tables.requests.carriedOver.${c}`))).toEqual([1, 2, 3, 4, 5, 6]);
    const others = Object.entries(now.tables).flatMap(([t, rows]) =>
      Object.entries(rows).flatMap(([row, cols]) =>
        t === 'requests' && row === 'carriedOver' ? [] : Object.values(cols),
      ),
    );
    expect(others.length).toBeGreaterThan(100);
    expect(others.every((v) => v === null)).toBe(true);
  });

  it('copies the texts as starting text and keeps last year’s report beside it', () => {
    expect(now.sections).toEqual(last.sections);
    expect(now.lastYear).toEqual({
      template: '2021',
      year: 2024,
      agency: '殷都区人民政府办公室',
      tables: last.tables,
      sections: last.sections,
    });
  });

  it('from a 2020 report (2019 edition) starts a 2021-edition report; from 2019, a 2019-edition one', () => {
    const old = xiaye2020();
    expect(carryForward(old)).toMatchObject({
      template: '2021',
      meta: { year: 2021 },
      lastYear: { template: '2019', year: 2020 },
    });
    expect(carryForward({ ...old, meta: { ...old.meta, year: 2019 } })).toMatchObject({
      template: '2019',
      meta: { year: 2020 },
    });
  });
});
