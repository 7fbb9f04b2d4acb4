// Paste into the 2019 edition's table 二: a minus sign is taken in 本年增/减 and refused anywhere else.
import { describe, expect, it } from 'vitest';
import { template2019 } from '../template';
import { resolveTemplate } from '../template/resolve';
import { parseTsv } from './clipboard';
import { mapGrid } from './navigation';
import { planPaste } from './paste';

const resolved = resolveTemplate(template2019);
const grid = mapGrid(resolved.tables.find((t) => t.key === 'active')!.layout);

describe('paste into the 2019 table 二', () => {
  it('takes -2 in 本年增/减 and refuses -1 in 上一年项目数量, with the reason', () => {
    const plan = planPaste(grid, resolved.cellByPath, 'tables.active.licensing.previous', parseTsv('-1\t-2\t3\r\n'));
    expect([...plan.changes]).toEqual([
      ['tables.active.licensing.change', -2],
      ['tables.active.licensing.decisions', 3],
    ]);
    expect(plan.refused).toEqual([
      expect.objectContaining({
        path: 'tables.active.licensing.previous',
        message: expect.stringContaining('不能为负数'),
      }),
    ]);
  });

  it('spreads a row copied from a PDF into one cell, its negative kept in place', () => {
    const plan = planPaste(grid, resolved.cellByPath, 'tables.active.penalty.previous', parseTsv('4 -2 0'));
    expect([...plan.changes]).toEqual([
      ['tables.active.penalty.previous', 4],
      ['tables.active.penalty.change', -2],
      ['tables.active.penalty.decisions', 0],
    ]);
  });
});
