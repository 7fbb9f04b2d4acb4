import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../test/sections';
import { readSeed, YINDU } from '../../test/seed';
import type { Report } from '../report/schema';
import { template2021 } from '../template';
import { layoutDocument, type Block } from './blocks';

const seed = readSeed(YINDU).report;
const blocksOf = (sections: Partial<Report['sections']>, key: string): Block[] =>
  layoutDocument(template2021, {
    ...seed,
    meta: { agency: '某镇', year: 2024, date: '' },
    sections: { ...seed.sections, ...sections },
  }).blocks.filter((b) => b.target === `sections.${key}` || b.target.startsWith(`sections.${key}.`));

describe('narrative sections in the document', () => {
  it('opening text right after heading1, then subsections run in or on their own line', () => {
    const blocks = blocksOf(
      {
        overview: sectionOf('开头第一段。\n开头第二段。', [
          { heading: '主动公开', text: '正文一。\n正文二。', headingOnOwnLine: true },
          { heading: '依申请公开', text: '正文三。' },
        ]),
      },
      'overview',
    );
    expect(blocks).toEqual([
      { kind: 'heading1', text: '一、总体情况', target: 'sections.overview' },
      { kind: 'paragraph', text: '开头第一段。', target: 'sections.overview.opening' },
      { kind: 'paragraph', text: '开头第二段。', target: 'sections.overview.opening' },
      { kind: 'heading2', heading: '（一）主动公开', text: '', target: 'sections.overview.0' },
      { kind: 'paragraph', text: '正文一。', target: 'sections.overview.0' },
      { kind: 'paragraph', text: '正文二。', target: 'sections.overview.0' },
      { kind: 'heading2', heading: '（二）依申请公开。', text: '正文三。', target: 'sections.overview.1' },
    ]);
  });

  it('a subsection without a heading gives plain paragraphs and takes no number (一是/二是)', () => {
    const blocks = blocksOf(
      {
        problems: sectionOf('', [
          { heading: '', text: '一是甲。' },
          { heading: '整改', text: '乙。' },
          { heading: '', text: '二是丙。' },
        ]),
      },
      'problems',
    );
    expect(blocks.slice(1)).toEqual([
      { kind: 'paragraph', text: '一是甲。', target: 'sections.problems.0' },
      { kind: 'heading2', heading: '（一）整改。', text: '乙。', target: 'sections.problems.1' },
      { kind: 'paragraph', text: '二是丙。', target: 'sections.problems.2' },
    ]);
  });

  it('a heading on its own line keeps the clerk’s punctuation and gets no 。; one with no text stands alone', () => {
    const blocks = blocksOf(
      {
        other: sectionOf('', [
          { heading: '收费情况：', text: '无。', headingOnOwnLine: true },
          { heading: '其他', text: '' },
        ]),
      },
      'other',
    );
    expect(blocks.filter((b) => b.kind === 'heading2')).toEqual([
      { kind: 'heading2', heading: '（一）收费情况：', text: '', target: 'sections.other.0' },
      { kind: 'heading2', heading: '（二）其他', text: '', target: 'sections.other.1' },
    ]);
  });
});
