import { describe, expect, it } from 'vitest';
import { judgeLeaving, judgeTyping } from './typing';

/** Each keystroke of `text` as the cell sees it: the kind of step it takes. */
const steps = (text: string, kind: 'count' | 'amount' = 'count') =>
  [...text].map((_, i) => judgeTyping(text.slice(0, i + 1), kind).kind);

describe('typing into a number cell', () => {
  it('waits silently on a valid beginning (12. of 12.5, 1, of 1,234, 1 2 of 1 234): nothing refused, nothing stored', () => {
    expect(steps('12.5', 'amount')).toEqual(['store', 'store', 'store', 'store']); // 12. reads as 12
    expect(steps('1,234')).toEqual(['store', 'pending', 'pending', 'pending', 'store']);
    expect(steps('1 234')).toEqual(['store', 'store', 'pending', 'pending', 'store']);
    expect(judgeTyping('.', 'amount')).toEqual({ kind: 'pending' });
  });

  it('refuses at once what no further typing can mend', () => {
    expect(judgeTyping('-3', 'count')).toEqual({ kind: 'refused', message: '“-3”未保存：不能为负数：请输入非负整数' });
    expect(judgeTyping('1,2345', 'count')).toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('千位分隔符'),
    });
    expect(judgeTyping('x'.repeat(10_000), 'count')).toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('（共10000字）'),
    });
  });

  it('on leaving, judges what is left: a dangling prefix gives way to the value the cell had, and says so', () => {
    expect(judgeLeaving(null, 'count', 5)).toBeNull();
    expect(judgeLeaving('12', 'count', 5)).toBeNull();
    expect(judgeLeaving('1,2', 'count', 1000)).toEqual({
      value: 1000,
      message: '“1,2”未保存：千位分隔符位置不对：请输入非负整数（已恢复为1000）',
    });
    expect(judgeLeaving('1 2', 'count', null)).toMatchObject({
      value: null,
      message: expect.stringMatching(/数字中间有空格.*已恢复为未填写/),
    });
  });
});
