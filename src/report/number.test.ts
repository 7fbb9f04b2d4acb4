import { describe, expect, it } from 'vitest';
import { parseNumberInput } from './number';

const count = (raw: string, noneAsZero = false) => parseNumberInput(raw, 'count', { noneAsZero });
const amount = (raw: string) => parseNumberInput(raw, 'amount');

describe('number cell input', () => {
  it('reads plain, full-width, spaced and thousands-separated integers', () => {
    expect(count('21')).toEqual({ ok: true, value: 21 });
    expect(count('２１')).toEqual({ ok: true, value: 21 });
    expect(count('  7 ')).toEqual({ ok: true, value: 7 });
    expect(count('\u30007\u3000')).toEqual({ ok: true, value: 7 });
    expect(count('1,234')).toEqual({ ok: true, value: 1234 });
    expect(count('１，２３４')).toEqual({ ok: true, value: 1234 });
    expect(count('12,345,678')).toEqual({ ok: true, value: 12345678 });
    expect(count('007')).toEqual({ ok: true, value: 7 });
    expect(count('3.00')).toEqual({ ok: true, value: 3 });
    expect(count('0')).toEqual({ ok: true, value: 0 });
  });

  it('reads an empty cell as not filled in, distinct from 0', () => {
    expect(count('')).toEqual({ ok: true, value: null });
    expect(count('   ')).toEqual({ ok: true, value: null });
  });

  it('refuses negatives, decimals in counts, garbage and huge numbers, with a reason', () => {
    expect(count('-3')).toEqual({ ok: false, message: '不能为负数：请输入非负整数' });
    expect(count('－３')).toMatchObject({ ok: false, message: expect.stringContaining('不能为负数') });
    expect(count('1.5')).toEqual({ ok: false, message: '件数不能有小数：请输入非负整数' });
    expect(count('abc')).toEqual({ ok: false, message: '请输入非负整数' });
    expect(count('21件')).toEqual({ ok: false, message: '请输入非负整数' });
    expect(count('1e3')).toEqual({ ok: false, message: '请输入非负整数' });
    expect(count('12,34')).toMatchObject({ ok: false, message: expect.stringContaining('千位分隔符') });
    expect(count('1234567890')).toMatchObject({ ok: false, message: expect.stringContaining('数值过大') });
    expect(count('99999999999999999999999')).toMatchObject({ ok: false });
    expect(count('###')).toMatchObject({ ok: false, message: expect.stringContaining('加宽') });
  });

  it('reads "none" marks as 0 only when asked (pasted blocks), and says so', () => {
    expect(count('—')).toMatchObject({ ok: false, message: expect.stringContaining('没有的请填0') });
    expect(count('/', true)).toEqual({ ok: true, value: 0, note: '“/”按0填入' });
    expect(count('-', true)).toMatchObject({ ok: true, value: 0 });
    expect(count('无', true)).toMatchObject({ ok: true, value: 0 });
  });

  it('reads 万元 amounts with up to 4 decimals', () => {
    expect(amount('12.5')).toEqual({ ok: true, value: 12.5 });
    expect(amount('０．１２３４')).toEqual({ ok: true, value: 0.1234 });
    expect(amount('1,200.50')).toEqual({ ok: true, value: 1200.5 });
    expect(amount('0.12345')).toMatchObject({ ok: false, message: expect.stringContaining('最多4位小数') });
    expect(amount('-1')).toMatchObject({ ok: false });
    expect(amount('abc')).toMatchObject({ ok: false, message: expect.stringContaining('万元') });
  });
});
