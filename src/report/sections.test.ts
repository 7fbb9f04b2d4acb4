import { describe, expect, it } from 'vitest';
import { template2021 } from '../template';
import { emptyReport } from './empty';
import { sectionsFromFormat1, subsectionNumbers } from './sections';
import {
  acknowledgeNumbering,
  addSubsection,
  applyText,
  moveSubsection,
  setHeadingOnOwnLine,
  subsectionHeadingField,
} from './textFields';

describe('narrative sections', () => {
  it('一 starts with the template’s five suggested headings, run in; 五 and 六 with none', () => {
    const { sections } = emptyReport(template2021, 2024);
    expect(sections.overview.subsections.map((s) => s.heading)).toEqual([
      '主动公开',
      '依申请公开',
      '政府信息管理',
      '政府信息公开平台建设',
      '监督保障',
    ]);
    expect(sections.overview.subsections.every((s) => !s.headingOnOwnLine && s.text === '')).toBe(true);
    expect(sections.problems).toEqual({ opening: '', subsections: [] });
    expect(sections.other).toEqual({ opening: '', subsections: [] });
  });

  it('numbers the headed subsections only: （一）（二）…, none for one without a heading', () => {
    expect(subsectionNumbers([{ heading: '甲' }, { heading: '' }, { heading: ' ' }, { heading: '乙' }])).toEqual([
      '（一）',
      null,
      null,
      '（二）',
    ]);
  });

  it('takes typed numbering off a heading on entry and remembers it until the clerk has read it', () => {
    let r = emptyReport(template2021, 2024);
    const field = subsectionHeadingField('overview', 0);
    r = applyText(r, field, '（一）主动公开').report;
    expect(r.sections.overview.subsections[0]).toMatchObject({ heading: '主动公开', removedNumbering: '（一）' });
    // typing on keeps the note; emptying the heading or acknowledging it ends it
    r = applyText(r, field, '主动公开情况').report;
    expect(r.sections.overview.subsections[0].removedNumbering).toBe('（一）');
    expect(acknowledgeNumbering(r, 'overview', 0).sections.overview.subsections[0]).not.toHaveProperty(
      'removedNumbering',
    );
    expect(applyText(r, field, '').report.sections.overview.subsections[0]).not.toHaveProperty('removedNumbering');
  });

  it('adds, moves and sets a heading on its own line in 五', () => {
    let r = emptyReport(template2021, 2024);
    for (let i = 0; i < 2; i++) {
      const edit = addSubsection(r, 'problems');
      if (!edit.ok) throw new Error(edit.message);
      r = edit.report;
    }
    r = applyText(r, subsectionHeadingField('problems', 0), '甲').report;
    r = setHeadingOnOwnLine(r, 'problems', 0, true);
    r = moveSubsection(r, 'problems', 0, 1);
    expect(r.sections.problems.subsections).toEqual([
      { heading: '', text: '', headingOnOwnLine: false },
      { heading: '甲', text: '', headingOnOwnLine: true },
    ]);
    expect(r.sections.overview.subsections).toHaveLength(5);
  });

  it('brings format 1’s sections to format 2 by shape, and leaves what is already format 2 or of a wrong type', () => {
    expect(
      sectionsFromFormat1({
        intro: 'i',
        overview: [{ heading: '一、主动公开', text: 't' }],
        problems: 'p',
        other: 'o',
      }),
    ).toEqual({
      intro: 'i',
      overview: {
        opening: '',
        subsections: [{ heading: '主动公开', text: 't', headingOnOwnLine: false, removedNumbering: '一、' }],
      },
      problems: { opening: 'p', subsections: [] },
      other: { opening: 'o', subsections: [] },
    });
    const v2 = { overview: { opening: 'x', subsections: [] }, problems: { opening: '', subsections: [] } };
    expect(sectionsFromFormat1(v2)).toEqual(v2);
    expect(sectionsFromFormat1({ problems: 7 })).toEqual({ problems: 7 });
    expect(sectionsFromFormat1('x')).toBe('x');
  });
});
