import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../test/sections';
import { readSeed, YINDU } from '../../test/seed';
import type { Report } from '../report/schema';
import { applyText, subsectionHeadingField } from '../report/textFields';
import { template2021 } from '../template';
import { runChecks } from '.';
import { createChecker } from './incremental';

const seed = readSeed(YINDU).report;
const written = (sections: Partial<Report['sections']>): Report => ({
  ...seed,
  meta: { agency: '殷都区人民政府办公室', year: 2024, date: '' },
  sections: {
    intro: '',
    overview: sectionOf('总体情况开头。'),
    problems: sectionOf('问题。'),
    other: sectionOf('本年度未收取信息处理费。'),
    ...sections,
  },
});
const sectionFindings = (r: Report) =>
  runChecks(template2021, r, 2026).findings.filter((f) => f.id.startsWith('section:'));

describe('narrative section checks', () => {
  it('a section left with no text is a finding at the section (a heading alone is not text)', () => {
    const f = sectionFindings(written({ problems: sectionOf('  ', [{ heading: '整改情况', text: '' }]) }));
    expect(f[0]).toMatchObject({
      id: 'section:problems',
      target: 'sections.problems',
      step: 'problems',
      message: '五、存在的主要问题及改进情况尚未填写',
    });
  });

  it('an opening text alone, or subsections alone, fill a section', () => {
    expect(sectionFindings(written({ problems: sectionOf('只有开头。') }))).toEqual([]);
    expect(
      sectionFindings(written({ other: sectionOf('', [{ heading: '', text: '一是未收取信息处理费。' }]) })),
    ).toEqual([]);
  });

  it('a subsection heading with no text under it is a finding at the subsection', () => {
    const f = sectionFindings(
      written({
        other: sectionOf('未收取信息处理费。', [
          { heading: '', text: '一是……' },
          { heading: '创新情况', text: ' ' },
        ]),
      }),
    );
    expect(f).toEqual([
      expect.objectContaining({
        id: 'section:other.1:text',
        target: 'sections.other.1',
        message: '六、其他需要报告的事项（一）“创新情况”下面还没有内容',
      }),
    ]);
  });

  it('a blank heading is no finding (一是/二是 reports have none)', () => {
    const f = sectionFindings(
      written({
        overview: sectionOf('', [
          { heading: '', text: '一是加强领导。' },
          { heading: '  ', text: '二是规范程序。' },
        ]),
      }),
    );
    expect(f).toEqual([]);
  });

  it('typed numbering that was removed is a warning at the subsection heading, until the clerk has read it', () => {
    let r = written({
      problems: sectionOf('问题。', [
        { heading: '', text: '正文' },
        { heading: '', text: '正文' },
      ]),
    });
    r = applyText(r, subsectionHeadingField('problems', 1), '（一）完善监督保障').report;
    expect(r.sections.problems.subsections[1]).toMatchObject({ heading: '完善监督保障', removedNumbering: '（一）' });
    const f = sectionFindings(r);
    expect(f).toEqual([
      expect.objectContaining({
        id: 'section:problems.1:numbering',
        severity: 'warning',
        target: 'sections.problems.1',
        message:
          '五、存在的主要问题及改进情况（一）“完善监督保障”：标题开头输入的编号“（一）”已去掉，小节编号由本工具按顺序加上，请核对',
      }),
    ]);
  });

  it('the incremental checker agrees with runChecks after each structure edit', () => {
    const checker = createChecker(template2021, 2026);
    let checked = checker.full(written({}));
    const edits: ((r: Report) => Report)[] = [
      (r) => ({ ...r, sections: { ...r.sections, problems: sectionOf('', [{ heading: '整改', text: '' }]) } }),
      (r) => applyText(r, subsectionHeadingField('problems', 0), '1.整改').report,
      (r) => ({ ...r, sections: { ...r.sections, other: sectionOf('') } }),
      (r) => ({
        ...r,
        sections: {
          ...r.sections,
          overview: sectionOf('', [
            { heading: '', text: '一是。' },
            { heading: '', text: '' },
          ]),
        },
      }),
    ];
    for (const edit of edits) {
      checked = checker.reportChanged(checked, edit(checked.report)).checked;
      expect(checked.findings).toEqual(runChecks(template2021, checked.report, 2026).findings);
    }
  });
});
