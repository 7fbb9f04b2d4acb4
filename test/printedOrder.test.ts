import { describe, expect, it } from 'vitest';
import { printedOrderProblems } from './printedOrder';

const raw = [
  '一、总体情况',
  '开头第一行',
  '接着第二行。',
  '（一）主动公开',
  '正文。',
  '— 2 —',
  '（二）依申请公开。正',
  '文二。',
].join('\n');

describe('printedOrderProblems', () => {
  it('accepts paragraphs in order with wrapped lines joined and page numbers skipped', () => {
    expect(
      printedOrderProblems(raw, [
        { line: '一、总体情况' },
        { paragraph: '开头第一行接着第二行。' },
        { line: '（一）主动公开' },
        { paragraph: '正文。' },
        { paragraph: '（二）依申请公开。正文二。' },
      ]),
    ).toEqual([]);
  });

  it('says when a heading is not alone on its line, a paragraph runs on, or the order differs', () => {
    expect(printedOrderProblems(raw, [{ line: '（二）依申请公开。' }])).toEqual([
      'heading not alone on its line: "（二）依申请公开。正"',
    ]);
    expect(printedOrderProblems(raw, [{ paragraph: '开头第一行' }])).toEqual([]);
    expect(printedOrderProblems(raw, [{ paragraph: '开头第一行接着' }])).toEqual([
      'paragraph differs at character 7: expected "…", printed "…第二行。"',
    ]);
    expect(printedOrderProblems(raw, [{ paragraph: '正文。' }, { line: '一、总体情况' }])).toEqual([
      'missing (in order): 一、总体情况',
    ]);
    expect(printedOrderProblems(raw, [{ paragraph: '第二行。' }])).toEqual(['not at the start of a line: 第二行。']);
  });

  it('with hungPunctuation, takes a closing mark missing at a line end as hung (and names it), nowhere else', () => {
    const hung: string[] = [];
    const lo = ['程度不够', '主动公开。', '其余，也'].join('\n');
    expect(
      printedOrderProblems(lo, [{ paragraph: '程度不够，主动公开。其余，也' }], { hungPunctuation: hung }),
    ).toEqual([]);
    expect(hung).toEqual(['程度不够，']);
    expect(
      printedOrderProblems(lo, [{ paragraph: '程度不够，主动公开。其余也' }], { hungPunctuation: [] }),
    ).toHaveLength(1);
    expect(printedOrderProblems('程度不够\n主动', [{ paragraph: '程度不够，主动' }])).toHaveLength(1); // not allowed: a difference
  });
});
