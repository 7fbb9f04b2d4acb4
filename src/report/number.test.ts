import { describe, expect, it } from 'vitest';
import {
  cellValueProblem,
  formatNumber,
  halfWidthDigits,
  isNoneMark,
  isNumberPrefix,
  MAX_CELL_VALUE,
  parseNumberInput,
} from './number';
import { cellValueSchema } from './schema';

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
    expect(count('―', true)).toMatchObject({ ok: true, value: 0 });
    expect(count('－－', true)).toMatchObject({ ok: true, value: 0 });
  });

  it('turns full-width digits into ASCII ones, and nothing else', () => {
    expect(halfWidthDigits('０１２３４５６７８９')).toBe('0123456789');
    expect(halfWidthDigits('第２０２３年：１．５万元，ａ')).toBe('第2023年：1．5万元，ａ');
  });

  it('knows one list of "none" marks: runs of dashes or slashes of any width, and 无', () => {
    for (const mark of ['-', '--', '—', '——', '–', '―', '－', '/', '／', '//', '-/', '无'])
      expect(isNoneMark(mark), mark).toBe(true);
    for (const other of ['', '0', '-1', '1-2', '无。', '无无', ' - ', '#'])
      expect(isNoneMark(other), other).toBe(false);
  });

  it('reads 万元 amounts with up to 4 decimals', () => {
    expect(amount('12.5')).toEqual({ ok: true, value: 12.5 });
    expect(amount('０．１２３４')).toEqual({ ok: true, value: 0.1234 });
    expect(amount('1,200.50')).toEqual({ ok: true, value: 1200.5 });
    expect(amount('0.12345')).toMatchObject({ ok: false, message: expect.stringContaining('最多4位小数') });
    expect(amount('-1')).toMatchObject({ ok: false });
    expect(amount('abc')).toMatchObject({ ok: false, message: expect.stringContaining('万元') });
  });

  it('reads spaces only as thousands separators between 3-digit groups; otherwise refuses, with a reason', () => {
    expect(count('1 234')).toEqual({ ok: true, value: 1234, note: '“1 234”按1234填入（空格作千位分隔）' });
    expect(count('1\u00a0234\u00a0567')).toMatchObject({ ok: true, value: 1234567 });
    expect(count('1\u202f234')).toMatchObject({ ok: true, value: 1234 });
    expect(amount('1 234.5')).toMatchObject({ ok: true, value: 1234.5 });
    for (const spaced of ['1 2', '21 0 0 0 0 0 21', '12 345 6', '1234 567', '1 234,567'])
      expect(count(spaced), spaced).toMatchObject({ ok: false });
    expect(count('1 2')).toEqual({
      ok: false,
      message: '数字中间有空格：一个单元格只能填一个数，空格只能作千位分隔（每3位一组，如1 234）',
    });
  });

  it('refuses a cell with a line break or a tab inside (a quoted Excel cell): it is text, not a number', () => {
    expect(count('1\n2')).toMatchObject({ ok: false, message: expect.stringContaining('换行') });
    expect(count('7\r\n8')).toMatchObject({ ok: false, message: expect.stringContaining('换行') });
    expect(count('7\t8')).toMatchObject({ ok: false, message: expect.stringContaining('制表符') });
    expect(count('7\n')).toEqual({ ok: true, value: 7 }); // a line end at the edge is only trimmed
  });

  it('reads a trailing or leading decimal point (12. and .5) as spreadsheets do', () => {
    expect(count('12.')).toEqual({ ok: true, value: 12 });
    expect(amount('.5')).toEqual({ ok: true, value: 0.5 });
    expect(count('.')).toMatchObject({ ok: false });
  });

  it('knows a valid prefix (12. of 12.5, 1, of 1,234, 1 23 of 1 234) from an input no typing can mend', () => {
    for (const prefix of ['1,', '1,2', '1,23', '12,345,', '1 ', '1 2', '1 23', '.', '１，'])
      expect(isNumberPrefix(prefix, 'count'), prefix).toBe(true);
    expect(isNumberPrefix('0.', 'amount')).toBe(true);
    for (const dead of ['-', '-1', 'a', '1,2345', '12,34.', '1.5', '1 2 3', '1,2 3', '1e', '9999999999', '###', '1\n2'])
      expect(isNumberPrefix(dead, 'count'), dead).toBe(false);
    expect(isNumberPrefix('0.12345', 'amount')).toBe(false);
  });

  it('holds one bound for typing and for the draft reader; nothing prints in exponent form', () => {
    expect(count(String(MAX_CELL_VALUE))).toEqual({ ok: true, value: MAX_CELL_VALUE });
    expect(count('1,000,000,000')).toMatchObject({ ok: false, message: expect.stringContaining('数值过大') });
    const countCell = cellValueSchema({ kind: 'count' });
    const amountCell = cellValueSchema({ kind: 'amount' });
    expect(countCell.safeParse(MAX_CELL_VALUE).success).toBe(true);
    for (const bad of [MAX_CELL_VALUE + 1, 1e308, 9007199254740991, Infinity, NaN, -1, 1.5])
      expect(countCell.safeParse(bad).success, String(bad)).toBe(false);
    expect(amountCell.safeParse(12.3456).success).toBe(true);
    expect(amountCell.safeParse(1e308).success).toBe(false);
    expect(amountCell.safeParse(0.12345).success).toBe(false);
    expect(cellValueProblem(1e308, 'amount')).toContain('数值过大');
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(1e308)).not.toContain('e');
    expect(formatNumber(0.0001)).toBe('0.0001');
    for (const never of [NaN, Infinity, -Infinity, undefined, null]) expect(formatNumber(never)).toBe('');
  });
});

describe('a signed cell (the 2019 edition’s 本年增/减)', () => {
  const signed = (raw: string, noneAsZero = false) => parseNumberInput(raw, 'signed', { noneAsZero });

  it('takes a minus sign — ASCII, full-width or typographic — and a plus sign; only there', () => {
    expect(signed('-3')).toEqual({ ok: true, value: -3 });
    expect(signed('－３')).toEqual({ ok: true, value: -3 });
    expect(signed('−12')).toEqual({ ok: true, value: -12 });
    expect(signed('- 1,234')).toEqual({ ok: true, value: -1234 });
    expect(signed('+2')).toEqual({ ok: true, value: 2 });
    expect(signed('5')).toEqual({ ok: true, value: 5 });
    expect(Object.is((signed('-0') as { value: number }).value, 0)).toBe(true);
    expect(count('-3')).toMatchObject({ ok: false });
    expect(amount('-3')).toMatchObject({ ok: false });
  });

  it('refuses decimals, a sign alone, two signs and figures beyond the bound; a sign alone is a valid beginning', () => {
    expect(signed('-1.5')).toMatchObject({ ok: false, message: expect.stringContaining('件数不能有小数') });
    expect(signed('-')).toMatchObject({ ok: false });
    expect(signed('--2')).toMatchObject({ ok: false });
    expect(signed(`-${MAX_CELL_VALUE + 1}`)).toMatchObject({ ok: false, message: expect.stringContaining('数值过大') });
    expect(signed('-', true)).toEqual({ ok: true, value: 0, note: '“-”按0填入' });
    expect(isNumberPrefix('-', 'signed')).toBe(true);
    expect(isNumberPrefix('-1,', 'signed')).toBe(true);
    expect(isNumberPrefix('-', 'count')).toBe(false);
    expect(isNumberPrefix('-a', 'signed')).toBe(false);
  });

  it('holds the same bound in the draft schema: negatives only in a signed cell', () => {
    expect(cellValueProblem(-MAX_CELL_VALUE, 'signed')).toBeNull();
    expect(cellValueProblem(-MAX_CELL_VALUE - 1, 'signed')).toContain('数值过大');
    expect(cellValueProblem(-1.5, 'signed')).toContain('小数');
    expect(cellValueSchema({ kind: 'signed' }).safeParse(-7).success).toBe(true);
    expect(cellValueSchema({ kind: 'count' }).safeParse(-7).success).toBe(false);
  });
});
