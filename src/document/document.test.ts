import { describe, expect, it } from 'vitest';
import { readSeed, YINDU } from '../../test/seed';
import type { Report } from '../report/schema';
import { template2021 } from '../template';
import { chineseDate, expandMerges, layoutDocument } from './blocks';
import { chineseNumber, subsectionNumber } from '../template/numbering';
import { lineCount, paginate, rowHeights } from './pages';
import { sectionOf } from '../../test/sections';

const seed = readSeed(YINDU);
const report = (sections: Partial<Report['sections']> = {}): Report => ({
  ...seed.report,
  meta: { agency: '某某镇人民政府', year: 2024, date: '2025-01-20' },
  sections: { ...seed.report.sections, ...sections },
});

describe('document blocks', () => {
  it('lays the report out in the order it prints, headings run in with their text', () => {
    const { title, blocks } = layoutDocument(
      template2021,
      report({
        intro: '开头。',
        overview: sectionOf('', [{ heading: '主动公开', text: '第一段。\n\n第二段。' }]),
        problems: sectionOf('问题。'),
        other: sectionOf('无。'),
      }),
    );
    expect(title).toBe('某某镇人民政府2024年政府信息公开工作年度报告');
    expect(blocks.map((b) => b.kind)).toEqual([
      'title',
      'paragraph',
      'heading1',
      'heading2',
      'paragraph',
      'heading1',
      'table',
      'heading1',
      'table',
      'heading1',
      'table',
      'heading1',
      'paragraph',
      'heading1',
      'paragraph',
      'closing',
    ]);
    expect(blocks[3]).toEqual({
      kind: 'heading2',
      heading: '（一）主动公开。',
      text: '第一段。',
      target: 'sections.overview.0',
    });
    expect(blocks[4]).toEqual({ kind: 'paragraph', text: '第二段。', target: 'sections.overview.0' });
    expect(blocks.at(-1)).toEqual({ kind: 'closing', lines: ['某某镇人民政府', '2025年1月20日'], target: 'meta' });
    expect(blocks.filter((b) => b.kind === 'heading1').map((b) => b.target)).toEqual([
      'sections.overview',
      'tables.active',
      'tables.requests',
      'tables.appeals',
      'sections.problems',
      'sections.other',
    ]);
  });

  it("keeps the clerk's own heading punctuation", () => {
    const { blocks } = layoutDocument(
      template2021,
      report({
        overview: sectionOf('', [
          { heading: '主动公开：', text: 'x' },
          { heading: '监督保障:', text: 'y' },
        ]),
      }),
    );
    expect(blocks.filter((b) => b.kind === 'heading2').map((b) => (b as { heading: string }).heading)).toEqual([
      '（一）主动公开：',
      '（二）监督保障：',
    ]);
  });

  it('expands row spans into explicit restart / continue cells covering the grid', () => {
    const rows = expandMerges(
      [
        [
          { type: 'label', text: 'A', colSpan: 2, rowSpan: 2 },
          { type: 'number', text: '', colSpan: 1, rowSpan: 1, path: 'p1' },
        ],
        [{ type: 'number', text: '', colSpan: 1, rowSpan: 1, path: 'p2' }],
      ],
      3,
      (p) => p.toUpperCase(),
    );
    expect(rows).toEqual([
      [
        { text: 'A', colSpan: 2, kind: 'label', vMerge: 'restart' },
        { text: 'P1', colSpan: 1, kind: 'number', path: 'p1' },
      ],
      [
        { text: '', colSpan: 2, kind: 'label', vMerge: 'continue' },
        { text: 'P2', colSpan: 1, kind: 'number', path: 'p2' },
      ],
    ]);
  });

  it('prints 0 as 0 and a blank as nothing', () => {
    const r = report();
    r.tables.appeals.adminReview.upheld = null;
    const table = layoutDocument(template2021, r).blocks.find((b) => b.kind === 'table' && b.key === 'appeals');
    expect(table && table.kind === 'table' && table.rows[3].slice(0, 5).map((c) => c.text)).toEqual([
      '',
      '3',
      '0',
      '0',
      '3',
    ]);
  });

  it('numbers and dates the Chinese way', () => {
    expect([1, 5, 10, 11, 20, 21].map(chineseNumber)).toEqual(['一', '五', '十', '十一', '二十', '二十一']);
    expect(subsectionNumber(5)).toBe('（六）');
    expect(chineseDate('2025-01-20')).toBe('2025年1月20日');
    expect(chineseDate('')).toBe('');
  });
});

describe('pagination estimate', () => {
  it('breaks lines at 27 full-width characters, digits half as wide, closing punctuation hanging', () => {
    expect(lineCount('一'.repeat(27), 27)).toBe(1);
    expect(lineCount('一'.repeat(28), 27)).toBe(2);
    expect(lineCount(`${'一'.repeat(27)}。`, 27)).toBe(1);
    expect(lineCount(`${'一'.repeat(25)}1002`, 27)).toBe(1);
    expect(lineCount('一'.repeat(25), 27, 2)).toBe(1);
    expect(lineCount('一'.repeat(26), 27, 2)).toBe(2);
  });

  it('sizes table rows by their wrapped text (as LibreOffice renders them)', () => {
    const table = layoutDocument(template2021, report()).blocks.find((b) => b.kind === 'table' && b.key === 'requests');
    if (table?.kind !== 'table') throw new Error('no table');
    const h = rowHeights(table);
    expect(h[3]).toBeCloseTo(18.7, 1); // 一、本年新收…: one line
    expect(h[8]).toBeCloseTo(33.9, 1); // 2.其他法律行政法规禁止公开: two lines
    expect(h[6]).toBeCloseTo(33.9, 1); // （二）部分公开（区分处理的…）: two lines
    expect(h[2]).toBeCloseTo(49.1, 1); // 社会公益组织: three lines
  });

  it('counts a short report as 3 pages and grows with the text', () => {
    const short = paginate(
      layoutDocument(
        template2021,
        report({
          overview: sectionOf('', [{ heading: '主动公开', text: '无。' }]),
          problems: sectionOf('无。'),
          other: sectionOf('无。'),
        }),
      ).blocks,
    );
    expect(short.pages).toBe(3);
    const long = paginate(layoutDocument(template2021, report({ problems: sectionOf('一'.repeat(27 * 60)) })).blocks);
    expect(long.pages).toBeGreaterThan(short.pages + 1);
  });
});
