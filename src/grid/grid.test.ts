import { describe, expect, it } from 'vitest';
import { template2021 } from '../template';
import { resolveTemplate } from '../template/resolve';
import { parseTsv } from './clipboard';
import { keyToCommand } from './keys';
import { mapGrid, neighbour } from './navigation';
import { describePaste, pasteLabel } from './outcome';
import { planPaste } from './paste';

const resolved = resolveTemplate(template2021);
const layoutOf = (key: string) => resolved.tables.find((t) => t.key === key)!.layout;
const B = mapGrid(layoutOf('requests'));
const A = mapGrid(layoutOf('active'));
const C = mapGrid(layoutOf('appeals'));
const p = (row: string, col: string, table = 'requests') => `tables.${table}.${row}.${col}`;
const entered = (path: string) => !resolved.cellByPath.get(path)!.sumOf;

describe('parseTsv (Excel / WPS clipboard)', () => {
  it('reads rows and columns; a trailing line end makes no phantom row', () => {
    expect(parseTsv('1\t2\n3\t4\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseTsv('1\t2\n3\t4\n\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });
  it('drops Windows line ends', () => {
    expect(parseTsv('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });
  it('keeps a quoted cell with a line break, a tab and doubled quotes as one cell', () => {
    expect(parseTsv('"a\nb"\t"say ""hi"""\tc\n1\t"x\ty"\t3')).toEqual([
      ['a\nb', 'say "hi"', 'c'],
      ['1', 'x\ty', '3'],
    ]);
  });
  it('reads an unmatched leading quote as an ordinary character: it never swallows the cells after it', () => {
    expect(parseTsv('"1\t2\n3\t4')).toEqual([
      ['"1', '2'],
      ['3', '4'],
    ]);
    expect(parseTsv('"12"34\t5\n6\t7\n')).toEqual([
      ['"12"34', '5'],
      ['6', '7'],
    ]);
    expect(parseTsv('1\t"2\t3\n4\t"5"\t6')).toEqual([
      ['1', '"2', '3'],
      ['4', '5', '6'],
    ]);
  });
  it('keeps a quoted cell with a line break whole (the number reader then refuses it as text)', () => {
    expect(parseTsv('"1\n2"\t3\n"7\r\n8"\t9\r\n')).toEqual([
      ['1\n2', '3'],
      ['7\r\n8', '9'],
    ]);
  });
  it('keeps empty cells in place', () => {
    expect(parseTsv('1\t\t3\n\t5\t')).toEqual([
      ['1', '', '3'],
      ['', '5', ''],
    ]);
  });
});

describe('navigation over merged grids', () => {
  it('moves like a spreadsheet in table 三', () => {
    expect(neighbour(B, p('new', 'natural'), 'right')).toBe(p('new', 'commercial'));
    expect(neighbour(B, p('new', 'natural'), 'down')).toBe(p('carriedOver', 'natural'));
    expect(neighbour(B, p('new', 'natural'), 'up')).toBeNull();
    expect(neighbour(B, p('new', 'natural'), 'left')).toBeNull();
    expect(neighbour(B, p('new', 'otherOrg'), 'right')).toBe(p('new', 'total'));
    expect(neighbour(B, p('new', 'otherOrg'), 'right', entered)).toBeNull();
    // Enter skips the derived （七）总计 row
    expect(neighbour(B, p('otherHandling.other', 'natural'), 'down', entered)).toBe(p('carriedForward', 'natural'));
    expect(neighbour(B, p('otherHandling.other', 'natural'), 'down')).toBe(p('resultTotal', 'natural'));
  });
  it('crosses the blocks of table 二, into and out of the wide one-column cells', () => {
    expect(neighbour(A, p('normativeDocs', 'repealed', 'active'), 'down')).toBe(p('licensing', 'decisions', 'active'));
    expect(neighbour(A, p('licensing', 'decisions', 'active'), 'up')).toBe(p('normativeDocs', 'issued', 'active'));
    expect(neighbour(A, p('enforcement', 'decisions', 'active'), 'down')).toBe(p('fees', 'amount', 'active'));
  });
  it('walks the single row of table 四', () => {
    expect(C.rows).toHaveLength(1);
    expect(neighbour(C, p('adminReview', 'pending', 'appeals'), 'right', entered)).toBe(
      p('litigationDirect', 'upheld', 'appeals'),
    );
  });
  it('maps keys to moves; left/right leave the cell only at the edge of its text', () => {
    const k = (key: string, extra: Partial<Parameters<typeof keyToCommand>[0]> = {}) =>
      keyToCommand({ key, shiftKey: false, atStart: true, atEnd: true, ...extra });
    expect(k('ArrowDown')).toEqual({ move: 'down', editableOnly: false });
    expect(k('Enter')).toEqual({ move: 'down', editableOnly: true });
    expect(k('Enter', { shiftKey: true })).toEqual({ move: 'up', editableOnly: true });
    expect(k('ArrowLeft', { atStart: false })).toBeNull();
    expect(k('ArrowRight', { atEnd: false })).toBeNull();
    expect(k('ArrowRight')).toEqual({ move: 'right', editableOnly: false });
    expect(k('Tab')).toBeNull();
    // while an IME composes, Enter and the arrows choose a candidate: they never move the focus
    for (const key of ['Enter', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight'])
      expect(k(key, { composing: true }), key).toBeNull();
    expect(k('5')).toBeNull();
  });
});

describe('pasting a block', () => {
  it('fills from the anchor, skips derived cells, compares their values, reports refusals and overflow', () => {
    const block = parseTsv('21\t0\t0\t0\t0\t0\t22\n1\tabc\t—\t0\t-2\t0\t1\t9\n');
    const plan = planPaste(B, resolved.cellByPath, p('new', 'natural'), block);
    expect(plan.changes.get(p('new', 'natural'))).toBe(21);
    expect(plan.changes.get(p('carriedOver', 'publicInterest'))).toBe(0);
    expect(plan.changes.get(p('carriedOver', 'research'))).toBe(0); // — read as 0
    expect(plan.changes.has(p('new', 'total'))).toBe(false);
    expect(plan.changes.has(p('carriedOver', 'commercial'))).toBe(false);
    expect(plan.changes.size).toBe(6 + 4);
    expect(plan.stated).toEqual(
      new Map([
        [p('new', 'total'), 22],
        [p('carriedOver', 'total'), 1],
      ]),
    );
    expect(plan.refused.map((r) => [r.label, r.raw, r.message])).toEqual([
      ['二、上年结转政府信息公开申请数量 商业企业', 'abc', '请输入非负整数'],
      ['二、上年结转政府信息公开申请数量 法律服务机构', '-2', '不能为负数：请输入非负整数'],
    ]);
    expect(plan.notes).toEqual(['二、上年结转政府信息公开申请数量 科研机构：“—”按0填入']);
    expect(plan.outside).toBe(1);
    const outcome = describePaste(plan, []);
    expect(outcome.ok).toBe(false);
    expect(outcome.summary).toBe(
      '已粘贴10个数值，跳过2个自动计算的总计单元格，2个数值未粘贴，1个数值超出表格范围，未粘贴。',
    );
    expect(outcome.details[0]).toBe('二、上年结转政府信息公开申请数量 商业企业：“abc”未粘贴，请输入非负整数');
  });

  it('a blank pasted cell clears its cell (it was blank in the sheet), and is counted as cleared, not as pasted', () => {
    const plan = planPaste(B, resolved.cellByPath, p('new', 'natural'), [['', '3', '']]);
    expect(plan.changes).toEqual(
      new Map([
        [p('new', 'natural'), null],
        [p('new', 'commercial'), 3],
        [p('new', 'research'), null],
      ]),
    );
    expect(describePaste(plan, []).summary).toBe('已粘贴1个数值，2个单元格因粘贴内容为空白而清空。');
    expect(pasteLabel(plan)).toBe('粘贴1个数值'); // how 撤销 names the step
  });

  it('spreads a cell of space-separated numbers (a row copied from a PDF) over the cells to its right, and says so', () => {
    const plan = planPaste(B, resolved.cellByPath, p('new', 'natural'), parseTsv('21 0 0 0 0 0 21\n1 234\t5\n'));
    expect([...plan.changes].slice(0, 6)).toEqual(
      ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'].map((c, i) => [
        p('new', c),
        i === 0 ? 21 : 0,
      ]),
    );
    expect(plan.stated).toEqual(new Map([[p('new', 'total'), 21]]));
    expect(plan.changes.get(p('carriedOver', 'natural'))).toBe(1234); // 3-digit groups: one number, with a note
    expect(plan.changes.get(p('carriedOver', 'commercial'))).toBe(5);
    const outcome = describePaste(plan, []);
    expect(outcome.summary).toBe(
      '已粘贴8个数值，1个单元格含以空格分隔的多个数，已拆分填入，跳过1个自动计算的总计单元格。',
    );
    expect(outcome.details).toEqual([
      '“21 0 0 0 0 0 21”是以空格分隔的7个数，已拆分填入一、本年新收政府信息公开申请数量 自然人起的7个单元格',
      '二、上年结转政府信息公开申请数量 自然人：“1 234”按1234填入（空格作千位分隔）',
    ]);
  });

  it('refuses a cell of spaced pieces that are not all numbers whole, and a quoted cell with a line break', () => {
    const plan = planPaste(B, resolved.cellByPath, p('new', 'natural'), parseTsv('12 abc\t"1\n2"\t"7\r\n8"\t4'));
    expect(plan.refused.map((r) => r.raw)).toEqual(['12 abc', '1\n2', '7\r\n8']);
    expect(plan.refused[1].message).toContain('换行');
    expect(describePaste(plan, []).details[1]).toBe(
      '一、本年新收政府信息公开申请数量 商业企业：“1↵2”未粘贴，单元格内有换行或制表符，是文字而不是一个数：请输入非负整数',
    );
    expect([...plan.changes]).toEqual([[p('new', 'publicInterest'), 4]]);
  });

  it('reports text pasted onto a total cell instead of skipping it without a word', () => {
    const plan = planPaste(B, resolved.cellByPath, p('new', 'otherOrg'), [['1', '合计']]);
    const outcome = describePaste(plan, []);
    expect(outcome.ok).toBe(false);
    expect(outcome.summary).toBe('已粘贴1个数值，跳过1个自动计算的总计单元格，其中1个粘贴的不是数值，无法核对。');
    expect(outcome.details).toEqual([
      '一、本年新收政府信息公开申请数量 总计：粘贴的“合计”不是数值（请输入非负整数），总计按各项自动计算，未能核对',
    ]);
  });

  it('pastes a column down the blocks of table 二', () => {
    const plan = planPaste(A, resolved.cellByPath, p('licensing', 'decisions', 'active'), parseTsv('1\n2\n3\n4.5\n'));
    expect([...plan.changes]).toEqual([
      [p('licensing', 'decisions', 'active'), 1],
      [p('penalty', 'decisions', 'active'), 2],
      [p('enforcement', 'decisions', 'active'), 3],
      [p('fees', 'amount', 'active'), 4.5],
    ]);
  });
});
