import { describe, expect, it } from 'vitest';
import { completeReport, readItem } from '../../test/batchReports';
import type { Comment } from '../report/schema';
import { template2019, template2021 } from '../template';
import { batchRows } from './batch';
import { countySum } from './county';
import { countySheet, REPORT_COLUMNS, remarkSheet, reportSheet, type Sheet } from './sheet';
import type { BatchItem } from './types';

const 甲 = readItem('甲.nianbao.json', completeReport('示例县教育局', 2024));
const 乙 = readItem(
  '乙.nianbao.json',
  completeReport('示例县民政局', 2024, {
    'tables.requests.new.natural': 30,
    'tables.requests.granted.natural': 22,
    'tables.active.fees.amount': 0.1,
  }),
);
const 丙 = readItem('丙.nianbao.json', completeReport('示例县水利局', 2024, { 'tables.requests.new.commercial': 5 }));
const rows = batchRows([甲, 乙, 丙]);

/** The 1-based sheet row and column of the first cell holding `text` (the header is row 1). */
function find(sheet: Sheet, text: string): { row: number; col: number } {
  const r = sheet.rows.findIndex((line) => line.includes(text));
  if (r < 0) throw new Error(`not in the sheet: ${text}`);
  return { row: r + 2, col: sheet.rows[r].indexOf(text) + 1 };
}
/** The merge starting at a cell, as rows × columns. */
function spanAt(sheet: Sheet, at: { row: number; col: number }): [number, number] | undefined {
  const m = sheet.merges?.find((x) => x.top === at.row && x.left === at.col);
  return m && [m.bottom - m.top + 1, m.right - m.left + 1];
}
const rowOf = (sheet: Sheet, label: string) => sheet.rows[find(sheet, label).row - 2];

describe('the sheet 汇总', () => {
  const sum = countySum(rows, 2024);
  const sheet = countySheet(sum, template2021);

  it('is named, titled with the year, and not one list (no autofilter)', () => {
    expect(sheet.name).toBe('汇总');
    expect(sheet.header).toEqual(['2024年度政府信息公开工作年度报告汇总（2021年版式）']);
    expect(sheet.autoFilter).toBeUndefined();
  });

  it('stacks the three tables, each under its title', () => {
    const titles = [
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ];
    const at = titles.map((t) => find(sheet, t));
    expect(at.map((a) => a.col)).toEqual([1, 1, 1]);
    expect(at[0].row).toBeLessThan(at[1].row);
    expect(at[1].row).toBeLessThan(at[2].row);
    expect(sheet.boldRows).toEqual(expect.arrayContaining(at.map((a) => a.row)));
  });

  it('has table 三’s merged header as printed', () => {
    const applicant = find(sheet, '申请人情况');
    expect(spanAt(sheet, applicant)).toEqual([1, 7]);
    expect(applicant.col).toBe(4); // after three label columns
    const org = find(sheet, '法人或其他组织');
    expect(org).toEqual({ row: applicant.row + 1, col: 5 });
    expect(spanAt(sheet, org)).toEqual([1, 5]);
    expect(spanAt(sheet, find(sheet, '自然人'))).toEqual([2, 1]);
    expect(spanAt(sheet, find(sheet, '总计'))).toEqual([2, 1]);
    expect(sheet.rows[org.row - 1].slice(4, 9)).toEqual([
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
    // the corner over the three label columns, as deep as the header
    expect(spanAt(sheet, find(sheet, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'))).toEqual([
      3, 3,
    ]);
  });

  it('and its merged row labels', () => {
    expect(spanAt(sheet, find(sheet, '三、本年度办理结果'))).toEqual([22, 1]);
    expect(spanAt(sheet, find(sheet, '（三）不予公开'))).toEqual([8, 1]);
    expect(spanAt(sheet, find(sheet, '一、本年新收政府信息公开申请数量'))).toEqual([1, 3]);
    const secret = find(sheet, '1.属于国家秘密');
    expect(secret.col).toBe(3);
    expect(spanAt(sheet, secret)).toBeUndefined();
  });

  it('holds the summed figures, totals included', () => {
    // 甲 21 + 乙 30; 丙 is left out (a broken column)
    expect(rowOf(sheet, '一、本年新收政府信息公开申请数量')).toEqual([
      '一、本年新收政府信息公开申请数量',
      null,
      null,
      51,
      0,
      0,
      0,
      0,
      0,
      51,
    ]);
    expect(rowOf(sheet, '（七）总计').slice(-7)).toEqual([51, 0, 0, 0, 0, 0, 51]);
    // table 二: 收费金额 over the block's three columns
    const fees = find(sheet, '行政事业性收费');
    expect(sheet.rows[fees.row - 2]).toEqual(['行政事业性收费', 0.1, null, null]);
    expect(spanAt(sheet, { row: fees.row, col: 2 })).toEqual([1, 3]);
    // table 四: one line of 15 figures under three header rows
    const review = find(sheet, '行政复议');
    expect(spanAt(sheet, review)).toEqual([1, 5]);
    expect(sheet.rows[review.row + 1]).toEqual([0, 6, 0, 0, 6, 0, 0, 0, 2, 2, 0, 0, 2, 0, 2]);
  });

  it('ends with the count and the reports left out, each with the reason', () => {
    expect(sheet.rows.slice(-2)).toEqual([
      ['汇总2份报告'],
      ['未计入：示例县水利局（丙.nianbao.json）——有1处错误：商业企业：一+二=5，三（七）+四=0，相差5'],
    ]);
  });

  it('lays a year of the 2019 edition out in that edition', () => {
    const old = countySheet(countySum([], 2020));
    expect(old.header).toEqual(['2020年度政府信息公开工作年度报告汇总（2019年版式）']);
    expect(rowOf(old, '政府集中采购')).toEqual(['政府集中采购', 0, 0, null]);
    expect(spanAt(old, find(old, '政府集中采购'))).toBeUndefined();
    expect(() => countySheet(countySum([], 2020), template2021)).toThrow();
    expect(countySheet(countySum([], 2020), template2019).rows.at(-1)).toEqual(['汇总0份报告']);
  });
});

describe('the sheet 批注', () => {
  const remark = (id: string, change: Partial<Comment>): Comment => ({
    id,
    target: 'sections.problems',
    author: '县政务公开办',
    at: '2025-02-10T01:30:00.000Z',
    text: '',
    resolved: false,
    ...change,
  });
  const withRemarks = (item: BatchItem, comments: Comment[]): BatchItem =>
    item.ok ? { ...item, report: { ...item.report, comments } } : item;
  const desk = batchRows([
    withRemarks(甲, [
      remark('c1', { target: 'tables.requests.new.natural', text: '请核对新收件数' }),
      remark('c2', { target: 'sections.problems', text: '请写明整改情况', resolved: true }),
      remark('c3', { target: 'tables.requests.new.natural', author: '示例县教育局', text: '已核对', replyTo: 'c1' }),
      remark('c4', { target: 'tables.requests.new.natural', text: '好的', replyTo: 'c3' }),
    ]),
    乙,
    withRemarks(丙, [remark('d1', { target: 'meta.agency', author: '', text: '机关名称用全称' })]),
    { id: '坏.pdf', fileName: '坏.pdf', source: 'pdf', ok: false, reason: '文件是空的（0字节）', findings: [] },
  ]);
  const states: Record<string, string> = { '甲.nianbao.json': '待修改', '丙.nianbao.json': '已通过' };
  const sheet = remarkSheet(desk, (id) => states[id] ?? '待审阅');

  it('has a row per remark, its replies joined, where it points and the report’s state', () => {
    expect(sheet.name).toBe('批注');
    expect(sheet.header).toEqual(['文件', '机关', '年度', '位置', '批注', '回复', '状态']);
    expect(sheet.rows).toEqual([
      [
        '甲.nianbao.json',
        '示例县教育局',
        2024,
        '一、本年新收政府信息公开申请数量 自然人（三、收到和处理政府信息公开申请情况）',
        '县政务公开办：请核对新收件数',
        '示例县教育局：已核对\n县政务公开办：好的',
        '待修改',
      ],
      [
        '甲.nianbao.json',
        '示例县教育局',
        2024,
        '五、存在的主要问题及改进情况',
        '县政务公开办：请写明整改情况',
        '',
        '待修改（已解决）',
      ],
      ['丙.nianbao.json', '示例县水利局', 2024, '基本信息', '机关名称用全称', '', '已通过'],
    ]);
  });
});

describe('the sheet 报告 with the review state', () => {
  it('adds 审阅状态 as a last column when asked, and only then', () => {
    expect(reportSheet(rows).header).toEqual(REPORT_COLUMNS);
    const sheet = reportSheet(rows, (id) => (id === '乙.nianbao.json' ? '已通过' : '待审阅'));
    expect(sheet.header).toEqual([...REPORT_COLUMNS, '审阅状态']);
    expect(sheet.rows.map((r) => [r[0], r.at(-1)])).toEqual([
      ['甲.nianbao.json', '待审阅'],
      ['乙.nianbao.json', '已通过'],
      ['丙.nianbao.json', '待审阅'],
    ]);
    expect(sheet.rows[0].slice(0, -1)).toEqual(reportSheet(rows).rows[0]);
  });
});
