import { describe, expect, it } from 'vitest';
import { readSeed, YINDU } from '../../test/seed';
import type { Report } from '../report/schema';
import { batchRows, withStates } from './batch';
import type { BatchItem } from './types';
import { checkSheets } from './workbook';

const seed = readSeed(YINDU).report;
const item = (id: string, year: number): BatchItem => ({
  id,
  fileName: `${id}.docx`,
  source: 'docx',
  ok: true,
  report: { ...seed, meta: { agency: `${id}镇人民政府`, year, date: '' } } as Report,
  findings: [],
});

describe('导出检查结果', () => {
  it('报告 with the review state, 问题, a 汇总 per year, 批注', () => {
    const rows = withStates(
      batchRows([item('甲', 2024), item('乙', 2024), item('丙', 2023)]),
      new Map([['乙', '已通过' as const]]),
    );
    const sheets = checkSheets(rows);
    expect(sheets.map((s) => s.name)).toEqual(['报告', '问题', '汇总2024', '汇总2023', '批注']);
    const report = sheets[0];
    const stateColumn = report.header.indexOf('审阅状态');
    expect(report.rows.map((r) => r[stateColumn])).toEqual(['待审', '已通过', '待审']);
  });

  it('one year: the sheet is 汇总', () => {
    expect(checkSheets(batchRows([item('甲', 2024)])).map((s) => s.name)).toEqual(['报告', '问题', '汇总', '批注']);
  });
});
