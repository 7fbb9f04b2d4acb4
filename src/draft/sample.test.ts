import { describe, expect, it } from 'vitest';
import { runChecks } from '../checks';
import { computeDerived } from '../checks/derive';
import { resolveTemplate } from '../template/resolve';
import { template2021 } from '../template';
import { readSample } from './sample';
import { sampleText } from './sampleText';

describe('the sample report', () => {
  const read = readSample(sampleText);
  if (!read.ok) throw new Error(read.error.message);
  const { report } = read;

  it('reads as a draft, a fictional 示例镇人民政府 with every text written', () => {
    expect(report.meta.agency).toBe('示例镇人民政府');
    expect(report.sections.overview.subsections.every((s) => s.text.length > 20)).toBe(true);
    expect(report.sections.problems.opening).not.toBe('');
    expect(report.sections.other.opening).toContain('信息处理费');
  });

  it('has every table filled, and plausible figures for a township (some requests, not all zero)', () => {
    const resolved = resolveTemplate(template2021);
    const entered = resolved.cells.filter((c) => !c.sumOf);
    expect(entered.filter((c) => report.tables[c.table]?.[c.row]?.[c.column] === null)).toEqual([]);
    const derived = computeDerived(resolved, report);
    expect(derived.get('tables.requests.new.total')).toBe(14);
    expect(derived.get('tables.requests.resultTotal.total')).toBe(14);
  });

  it('has no findings, this year or next', () => {
    for (const year of [2026, 2027]) expect(runChecks(template2021, report, year).findings).toEqual([]);
  });
});
