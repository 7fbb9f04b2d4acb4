import { sectionOf } from '../../test/sections';
import { describe, expect, it } from 'vitest';
import { readSeed, YINDU } from '../../test/seed';
import { xiaye2020 } from '../../test/xiaye2020';
import { withCells } from '../report/cells';
import { carryForward } from '../report/carryForward';
import { carriedState, keepLastYearText } from '../report/lastYearText';
import { readDraft } from '../draft/read';
import { writeDraft } from '../draft/write';
import { template2021 } from '../template';
import { stepStatus } from './status';
import type { Report } from '../report/schema';
import { templateFor } from '../template';
import { runChecks } from './index';

const seed: Report = { ...readSeed(YINDU).report, meta: { agency: '殷都区人民政府办公室', year: 2024, date: '' } };
const set = (report: Report, values: Record<string, number | null>) =>
  withCells(report, new Map(Object.entries(values)));
const findings = (report: Report, prefix: string) =>
  runChecks(templateFor(report.template), report, 2026).findings.filter((f) => f.id.startsWith(prefix));

describe('cross-year checks', () => {
  it('none while last year is not known', () => {
    expect(findings(set(seed, { 'tables.requests.carriedOver.natural': 99 }), 'crossYear')).toEqual([]);
  });

  it('上年结转 ≠ last year’s 结转 in a column: an error at the cell naming the column and both numbers', () => {
    const carried = carryForward(seed);
    expect(findings(carried, 'crossYear:carriedOver')).toEqual([]);
    const last = seed.tables.requests.carriedForward.natural;
    const changed = set(carried, { 'tables.requests.carriedOver.natural': (last ?? 0) + 2 });
    expect(findings(changed, 'crossYear')).toEqual([
      {
        id: 'crossYear:carriedOver.natural',
        severity: 'error',
        step: 'requests',
        target: 'tables.requests.carriedOver.natural',
        cells: ['tables.requests.carriedOver.natural'],
        message: `自然人：二、上年结转为${(last ?? 0) + 2}，2024年度报告的四、结转下年度继续办理为${last}`,
      },
    ]);
  });

  it('现行有效件数 ≠ last year’s + 本年制发 − 本年废止: a soft warning showing the expected figure', () => {
    const last = set(seed, { 'tables.active.rules.inForce': 10 });
    const now = set(carryForward(last), {
      'tables.active.rules.issued': 3,
      'tables.active.rules.repealed': 1,
      'tables.active.rules.inForce': 11,
    });
    const [warning] = findings(now, 'crossYear:inForce');
    expect(warning).toMatchObject({
      severity: 'warning',
      target: 'tables.active.rules.inForce',
      cells: ['tables.active.rules.inForce'],
    });
    expect(warning.message).toBe(
      '规章：现行有效件数为11，按2024年度报告应为12（上年10+本年制发3−本年废止1）；废止其他机关制发的文件等情况可使两者不同，请核对',
    );
    expect(findings(set(now, { 'tables.active.rules.inForce': 12 }), 'crossYear:inForce')).toEqual([]);
  });

  it('every figure the same as last year’s: a warning (a copied report); not for a report of zeros', () => {
    const copied: Report = { ...carryForward(seed), tables: seed.tables };
    expect(findings(copied, 'crossYear:copied')).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('与2024年度报告完全相同') }),
    ]);
    expect(findings(set(copied, { 'tables.appeals.adminReview.upheld': 7 }), 'crossYear:copied')).toEqual([]);
    const zeros = carryForward(xiaye2020());
    const allZero: Report = { ...zeros, tables: xiaye2020().tables };
    expect(findings(allZero, 'crossYear:copied')).toEqual([]);
  });

  it('works across editions: a 2021 report started from the 2020 (2019-edition) report', () => {
    const last = set(xiaye2020(), {
      'tables.requests.carriedForward.natural': 4,
      'tables.requests.carriedForward.commercial': 1,
    });
    const now = carryForward(last);
    expect(now.template).toBe('2021');
    expect(findings(now, 'crossYear')).toEqual([]);
    const changed = set(now, { 'tables.requests.carriedOver.commercial': 0 });
    expect(findings(changed, 'crossYear').map((f) => f.message)).toEqual([
      '商业企业：二、上年结转为0，2020年度报告的四、结转下年度继续办理为1',
    ]);
  });

  it('a text still as last year’s is an error that keeps its step 填写中, until rewritten or kept with 沿用上年内容', () => {
    const written: Report = {
      ...seed,
      sections: {
        intro: '为贯彻落实《条例》，编制本报告。',
        overview: sectionOf('', [
          { heading: '主动公开', text: '主动公开文件12件。' },
          { heading: '依申请公开', text: '' },
        ]),
        problems: sectionOf('个别内容更新不及时。'),
        other: sectionOf('未收取信息处理费。'),
      },
    };
    const now = carryForward(written);
    const marked = findings(now, 'carried:');
    expect(marked.map((f) => f.target)).toEqual([
      'sections.intro',
      'sections.overview.0',
      'sections.problems.opening',
      'sections.other.opening',
    ]);
    expect(marked.map((f) => f.message)).toEqual([
      '“一、总体情况”之前的开头段落仍是上年内容，未修改',
      '“一、总体情况”（一）仍是上年内容，未修改',
      '“五、存在的主要问题及改进情况”仍是上年内容，未修改',
      '“六、其他需要报告的事项”仍是上年内容，未修改',
    ]);
    expect(marked.every((f) => f.severity === 'error' && f.incomplete)).toBe(true);
    expect(stepStatus('problems', now, runChecks(template2021, now, 2026).findings).state).toBe('inProgress');

    const problems = { ...now.sections.problems, opening: `${now.sections.problems.opening}今年已整改。` };
    const edited = { ...now, sections: { ...now.sections, problems } };
    expect(findings(edited, 'carried:').map((f) => f.target)).not.toContain('sections.problems.opening');

    // kept on purpose: stored by its place in last year's report, so it survives a draft file and a move
    const kept = keepLastYearText(now, now.sections.other.opening);
    expect(kept.lastYear?.kept).toEqual(['other.opening']);
    expect(findings(kept, 'carried:').map((f) => f.target)).not.toContain('sections.other.opening');
    const reread = readDraft(new TextEncoder().encode(writeDraft(kept, new Date('2026-01-10T01:00:00Z'))));
    expect(reread.ok && findings(reread.report, 'carried:').length).toBe(3);
    // edited after it was kept, then typed back word for word: still kept (the same text of last year's)
    expect(carriedState(kept, '未收取信息处理费。')).toBe('kept');
    expect(carriedState(kept, '未收取信息处理费。另：')).toBe('own');
  });
});
