import { describe, expect, it } from 'vitest';
import { withCells } from '../report/cells';
import { emptyReport } from '../report/empty';
import { MAX_CELL_VALUE } from '../report/number';
import { template2021 } from '../template';
import { cellPath } from '../template/paths';
import { resolveTemplate, type ResolvedTemplate } from '../template/resolve';
import { computeDerived } from './derive';

const resolved = resolveTemplate(template2021);

describe('computed totals', () => {
  it('are exact at the bound: six cells of 999,999,999 total 5,999,999,994', () => {
    const columns = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'];
    const report = withCells(
      emptyReport(template2021, 2024),
      new Map(columns.map((c) => [cellPath('requests', 'new', c), MAX_CELL_VALUE])),
    );
    expect(computeDerived(resolved, report).get(cellPath('requests', 'new', 'total'))).toBe(5_999_999_994);
  });

  it('add 万元 amounts with decimals without float noise (0.1 + 0.2 is 0.3)', () => {
    // The 2021 format sums no amounts; a total over the fee cell (as a future edition could have) shows the rule.
    const fee = cellPath('active', 'fees', 'amount');
    const feeCell = resolved.cellByPath.get(fee)!;
    const totalPath = 'tables.active.fees.total';
    const total = { ...feeCell, path: totalPath, column: 'total', sumOf: [fee, fee, fee] };
    const withTotal: ResolvedTemplate = {
      ...resolved,
      cells: [...resolved.cells, total],
      cellByPath: new Map([...resolved.cellByPath, [totalPath, total]]),
    };
    const report = withCells(emptyReport(template2021, 2024), new Map([[fee, 0.1]]));
    expect(0.1 + 0.1 + 0.1).not.toBe(0.3);
    expect(computeDerived(withTotal, report).get(totalPath)).toBe(0.3);
  });
});
