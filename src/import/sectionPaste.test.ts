// The split offered when a section is pasted into its first box, on section 一 of each seed report as copied
// from it: the headings the import reads (fixtures/seeds.expected.ts), or 一是…三是… as subsections of their own.
import { describe, expect, it } from 'vitest';
import { seedSectionOne } from '../../test/seedSections';
import { SEEDS } from './fixtures/seeds.expected';
import { splitPastedSection } from './sectionPaste';

describe.each(SEEDS)('section 一 of $file pasted', (seed) => {
  const split = splitPastedSection(seedSectionOne(seed.file));

  if (seed.subsections.length > 0)
    it('splits at its （一） headings, taken off their numbering', () => {
      expect(split?.subsections.map((s) => s.heading)).toEqual(seed.subsections);
      for (const s of split!.subsections) expect(s.heading).not.toMatch(/^[（(]/);
      expect(split!.subsections.every((s) => s.text.trim() !== '')).toBe(true);
    });
  else
    it('splits at 一是, 二是, 三是: no headings, each text whole', () => {
      expect(split?.subsections.map((s) => s.heading)).toEqual(['', '', '']);
      expect(split!.subsections.map((s) => s.text.slice(0, 2))).toEqual(['一是', '二是', '三是']);
      // the 一是 inside 三是's paragraph is no new point
      expect(split!.subsections[2].text).toContain('一是依托');
    });
});

describe('splitPastedSection', () => {
  it('keeps the text before the first heading as the opening, and sees a heading on its own line', () => {
    const split = splitPastedSection(
      '全年工作总体平稳。\n（一）主动公开\n全年公开信息120条。\n（二）依申请公开：全年收到申请3件。',
    );
    expect(split).toEqual({
      opening: '全年工作总体平稳。',
      subsections: [
        { heading: '主动公开', text: '全年公开信息120条。', headingOnOwnLine: true },
        { heading: '依申请公开', text: '全年收到申请3件。', headingOnOwnLine: false },
      ],
    });
  });

  it('reads 一、二、 inside a section as subsection headings', () => {
    const split = splitPastedSection('一、主动公开。全年公开信息120条。\n二、依申请公开。全年收到申请3件。');
    expect(split?.subsections.map((s) => s.heading)).toEqual(['主动公开', '依申请公开']);
    expect(split?.opening).toBe('');
  });

  it('offers nothing for a text with one heading or none', () => {
    expect(splitPastedSection('全年工作总体平稳。\n（一）主动公开：全年公开信息120条。')).toBeNull();
    expect(splitPastedSection('全年工作总体平稳，二是个数字。')).toBeNull();
  });
});
