// The checks on a 2019-edition report: the same rules, over its own rows.
import { describe, expect, it } from 'vitest';
import { xiaye2020 } from '../../test/xiaye2020';
import { withCells } from '../report/cells';
import type { Report } from '../report/schema';
import { template2019 } from '../template';
import { runChecks } from './index';

// the town's text does not report 工作考核 etc. (a warning of its own, the same in both editions): left out here
const check = (r: Report) => {
  const { derived, findings } = runChecks(template2019, r, 2026);
  return { derived, findings: findings.filter((f) => f.id !== 'narrative:assessment') };
};
const set = (r: Report, values: Record<string, number | null>) => withCells(r, new Map(Object.entries(values)));

describe('checks on a 2020 report (2019 edition)', () => {
  it('find nothing wrong in the published 下冶镇 report, and ask nothing about 信息处理费 (not in this edition)', () => {
    expect(check(xiaye2020()).findings).toEqual([]);
    expect(runChecks(template2019, xiaye2020(), 2026).findings.map((f) => f.id)).toEqual(['narrative:assessment']);
  });

  it('hold the balance rule with （六）其他处理 as one row of （七）总计', () => {
    const broken = set(xiaye2020(), { 'tables.requests.new.natural': 3 });
    expect(check(broken).findings.map((f) => f.message)).toEqual(['自然人：一+二=3，三（七）+四=0，相差3']);
    const mended = set(broken, { 'tables.requests.otherHandling.natural': 3 });
    expect(check(mended).findings).toEqual([]);
    expect(check(mended).derived.get('tables.requests.resultTotal.natural')).toBe(3);
  });

  it('accept a negative 本年增/减, and name a gap in table 二 by its 2019 label', () => {
    expect(check(set(xiaye2020(), { 'tables.active.licensing.change': -1 })).findings).toEqual([]);
    const gap = check(set(xiaye2020(), { 'tables.active.procurement.amount': null })).findings;
    expect(gap.map((f) => f.message)).toEqual([
      '二、主动公开政府信息情况：1个单元格未填写（没有的请填0），第一个是“政府集中采购 采购总金额”',
    ]);
  });

  it('refuse a 2021-edition report on 2020: the edition must follow the year', () => {
    const r = { ...xiaye2020(), template: '2021' as const };
    expect(runChecks(template2019, r, 2026).findings.find((f) => f.id === 'meta:year')?.message).toContain(
      '2020年度报告应使用2019年版格式',
    );
  });
});
