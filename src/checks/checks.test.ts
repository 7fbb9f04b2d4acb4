import { describe, expect, it } from 'vitest';
import { readSeed, YINDU } from '../../test/seed';
import { withCells } from '../report/cells';
import type { Report } from '../report/schema';
import { template2021 } from '../template';
import { resolveTemplate } from '../template/resolve';
import { checkStatedTotals, runChecks } from './index';
import { PROSE_CHECKS } from './prose';
import { stepStatus } from './status';
import { sectionOf } from '../../test/sections';

const resolved = resolveTemplate(template2021);
const seed = readSeed(YINDU);
const CURRENT_YEAR = 2026;

/** The seed as a finished report: its figures, its agency, some text in every section. */
function finished(): Report {
  return {
    ...seed.report,
    meta: { agency: '殷都区人民政府办公室', year: 2024, date: '2025-01-20' },
    sections: {
      intro: '',
      overview: {
        opening: '',
        subsections: seed.report.sections.overview.subsections.map((s) => ({ ...s, text: '按要求开展工作。' })),
      },
      problems: sectionOf('个别内容不够规范。'),
      other: sectionOf('本年度未收取信息处理费。'),
    },
  };
}

const check = (report: Report) => runChecks(template2021, report, CURRENT_YEAR);
const set = (report: Report, path: string, value: number | null) => withCells(report, new Map([[path, value]]));
const errors = (report: Report) => check(report).findings.filter((f) => f.severity === 'error');

describe('checks on the figures of a published report', () => {
  it('finds nothing wrong in the seed, and computes every total it publishes', () => {
    const result = check(finished());
    expect(result.findings).toEqual([]);
    for (const [path, published] of seed.totals) expect(result.derived.get(path), path).toBe(published);
    expect(checkStatedTotals(resolved, result.derived, seed.totals)).toEqual([]);
  });

  const columns = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'] as const;
  const labels = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];

  it.each(columns.map((c, i) => [c, labels[i]]))(
    'reports a broken balance in column %s with the numbers',
    (column, label) => {
      const path = `tables.requests.new.${column}`;
      const before = seed.all.get(path)!;
      const findings = errors(set(finished(), path, before + 2));
      const right =
        seed.all.get(`tables.requests.resultTotal.${column}`)! +
        seed.all.get(`tables.requests.carriedForward.${column}`)!;
      const left = before + 2 + seed.all.get(`tables.requests.carriedOver.${column}`)!;
      expect(findings).toEqual([
        {
          id: `balance:requests.${column}`,
          severity: 'error',
          step: 'requests',
          target: path,
          cells: [
            path,
            `tables.requests.carriedOver.${column}`,
            `tables.requests.resultTotal.${column}`,
            `tables.requests.carriedForward.${column}`,
          ],
          message: `${label}：一+二=${left}，三（七）+四=${right}，相差2`,
        },
      ]);
    },
  );

  it('says a broken column with both sums and the difference: 自然人：一+二=23，三（七）+四=21，相差2', () => {
    const [f] = errors(set(finished(), 'tables.requests.carriedOver.natural', 2));
    expect(f.message).toBe('自然人：一+二=23，三（七）+四=21，相差2');
  });

  it('reports a balance broken from the right side (a result row too high)', () => {
    const [f, ...rest] = errors(set(finished(), 'tables.requests.withheld.security.natural', 5));
    expect(rest).toEqual([]);
    expect(f.message).toBe('自然人：一+二=21，三（七）+四=26，相差5');
  });

  it('waits while a column is incomplete, but reports a side already exceeded', () => {
    let r = set(finished(), 'tables.requests.carriedForward.natural', null);
    // 一+二 = 21, 三（七）= 21 with 四 blank: could still balance (四 = 0): only "not filled in".
    expect(check(r).findings.map((f) => f.id)).toEqual(['unfilled:requests']);
    r = set(r, 'tables.requests.granted.natural', 20);
    expect(errors(r).find((f) => f.id === 'balance:requests.natural')?.message).toBe(
      '自然人：一+二=21，三（七）+四≥28，至少相差7',
    );
  });

  it('checks stated row totals (rule 1) against the entries', () => {
    const derived = check(finished()).derived;
    const stated = new Map(seed.totals);
    stated.set('tables.requests.granted.total', 14);
    const findings = checkStatedTotals(resolved, derived, stated);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      target: 'tables.requests.granted.total',
      step: 'requests',
      message: '（一）予以公开 总计：给出的是14，各项相加为13，相差1',
    });
    expect(findings[0].cells).toContain('tables.requests.granted.natural');
  });

  it('checks stated result totals (rule 2) against the 21 result rows', () => {
    const derived = check(finished()).derived;
    const stated = new Map([['tables.requests.resultTotal.natural', 20]]);
    const [f, ...rest] = checkStatedTotals(resolved, derived, stated);
    expect(rest).toEqual([]);
    expect(f.message).toBe('（七）总计 自然人：给出的是20，各项相加为21，相差1');
    expect(f.cells).toHaveLength(22);
  });

  it('checks stated totals of table 四', () => {
    const derived = check(finished()).derived;
    const [f, ...rest] = checkStatedTotals(resolved, derived, new Map([['tables.appeals.adminReview.total', 4]]));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ step: 'appeals', message: '行政复议 总计：给出的是4，各项相加为3，相差1' });
    // and the computed totals follow the entries
    const changed = set(finished(), 'tables.appeals.litigationDirect.upheld', 2);
    expect(check(changed).derived.get('tables.appeals.litigationDirect.total')).toBe(3);
  });

  it('says what is not filled in, per table, without calling it wrong', () => {
    const r = set(set(finished(), 'tables.active.fees.amount', null), 'tables.appeals.adminReview.upheld', null);
    const findings = check(r).findings;
    expect(findings.map((f) => [f.id, f.incomplete, f.target])).toEqual([
      ['unfilled:active', true, 'tables.active.fees.amount'],
      ['unfilled:appeals', true, 'tables.appeals.adminReview.upheld'],
    ]);
    expect(findings[0].message).toBe(
      '二、主动公开政府信息情况：1个单元格未填写（没有的请填0），第一个是“行政事业性收费 本年收费金额（单位：万元）”',
    );
    expect(stepStatus('active', r, findings)).toEqual({ state: 'inProgress', problems: 0 });
  });

  it('requires the agency, a supported year and every section', () => {
    const r = finished();
    const empty: Report = {
      ...r,
      meta: { agency: ' ', year: 2020, date: '' },
      sections: {
        intro: '',
        overview: sectionOf('', [{ heading: '主动公开', text: '' }]),
        problems: sectionOf(''),
        other: sectionOf(''),
      },
    };
    const ids = check(empty).findings.map((f) => f.id);
    expect(ids).toEqual([
      'meta:agency',
      'meta:year',
      'section:overview',
      'section:overview.0:text',
      'section:problems',
      'section:other',
    ]);
    expect(check(empty).findings[1]).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('2019年版格式'),
    });
  });

  it('warns when the text and the tables disagree, and on what the format asks the text to say', () => {
    const r = finished();
    const text: Report = {
      ...r,
      meta: { ...r.meta, agency: '殷都区铜冶镇人民政府' },
      sections: {
        ...r.sections,
        overview: sectionOf('', [
          { heading: '依申请公开', text: '2024 年收到并办理公民、法人和其他组织提出的政府信息公开申请 23 件。' },
        ]),
        other: sectionOf('无'),
      },
    };
    const warnings = check(text).findings.filter((f) => f.severity === 'warning');
    expect(warnings.map((f) => f.message)).toEqual([
      '本机关是人民政府，按《条例》第五十条，“总体情况”应报告工作考核、社会评议、责任追究结果（一般写在“监督保障”中）',
      '“六、其他需要报告的事项”应写明信息处理费的收取情况（未收取的，也写明“未收取信息处理费”）',
    ]);
    // with the prose checks (loaded after the first screen in the app): the figure the text states, against the table
    const prose = runChecks(template2021, text, 2026, PROSE_CHECKS).findings.filter((f) => f.id.startsWith('text:'));
    expect(prose.map((f) => [f.target, f.message])).toEqual([
      ['sections.overview.0', '“一、总体情况”（一）中写收到申请23件，表三“一、本年新收政府信息公开申请数量”总计为21件'],
    ]);
    // warnings never make a step 有问题
    expect(stepStatus('overview', text, check(text).findings).state).toBe('done');
  });

  it('marks a step with real errors 有问题 and counts them', () => {
    const r = set(set(finished(), 'tables.requests.new.natural', 30), 'tables.requests.new.research', 1);
    expect(stepStatus('requests', r, check(r).findings)).toEqual({ state: 'problem', problems: 2 });
    expect(stepStatus('appeals', r, check(r).findings)).toEqual({ state: 'done', problems: 0 });
  });
});
