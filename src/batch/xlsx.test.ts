import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { completeReport, readItem } from '../../test/batchReports';
import type { Report } from '../report/schema';
import { batchRows } from './batch';
import { countySum } from './county';
import { countySheet, findingSheet, remarkSheet, reportSheet, type Sheet } from './sheet';
import { columnWidths, writeXlsx } from './xlsx';

const remarked: Report = {
  ...completeReport('示例县教育局', 2024),
  comments: [
    {
      id: 'c1',
      target: 'sections.problems',
      author: '县政务公开办',
      at: '2025-02-10T01:30:00.000Z',
      text: '请写明整改情况',
      resolved: false,
    },
    {
      id: 'c2',
      target: 'sections.problems',
      author: '示例县教育局',
      at: '2025-02-11T01:30:00.000Z',
      text: '已补充',
      resolved: false,
      replyTo: 'c1',
    },
  ],
};
const rows = batchRows([
  readItem('甲.nianbao.json', remarked),
  readItem('乙.nianbao.json', completeReport('示例县民政局', 2024, { 'tables.active.fees.amount': 0.25 })),
]);
const stateOf = () => '待审阅';
/** A list with two header rows: a group heading over two columns. */
const grouped: Sheet = {
  name: '分组',
  header: [],
  headerRows: [
    ['机关', '件数', null],
    [null, '新收', '办结'],
  ],
  rows: [
    ['甲', 1, 2],
    ['乙', 3, 4],
  ],
  merges: [
    { top: 1, left: 1, bottom: 2, right: 1 },
    { top: 1, left: 2, bottom: 1, right: 3 },
  ],
};

describe('the .xlsx as written, read back', async () => {
  const bytes = await writeXlsx([
    reportSheet(rows, stateOf),
    findingSheet(rows),
    remarkSheet(rows, stateOf),
    countySheet(countySum(rows, 2024)),
    grouped,
  ]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer as ArrayBuffer);
  const sheet = (name: string) => book.getWorksheet(name)!;
  const frozen = (name: string) => sheet(name).views[0] as { state: string; ySplit?: number };

  it('freezes every header row', () => {
    for (const name of ['报告', '问题', '批注', '汇总'])
      expect(frozen(name)).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(frozen('分组')).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('sets an autofilter over the header’s last row and the data of each list, none on 汇总', () => {
    expect(sheet('报告').autoFilter).toBe(
      `A1:${sheet('报告').getRow(1).getCell(reportSheet(rows, stateOf).header.length).address.replace(/\d+$/, '')}3`,
    );
    expect(sheet('批注').autoFilter).toBe('A1:G2');
    expect(sheet('分组').autoFilter).toBe('A2:C4');
    expect(sheet('汇总').autoFilter).toMatch(/^A1:[A-Z]+\d+$/);
  });

  it('keeps the merged cells', () => {
    expect(sheet('分组').getCell('C1').master.address).toBe('B1');
    expect(sheet('分组').getCell('A2').master.address).toBe('A1');
    const county = sheet('汇总');
    const applicant = findCell(county, '申请人情况');
    expect(county.getCell(applicant.row, applicant.col + 6).master.address).toBe(
      county.getCell(applicant.row, applicant.col).address,
    );
    expect(county.getCell(applicant.row, applicant.col + 7).isMerged).toBe(false);
    const org = findCell(county, '法人或其他组织');
    expect(county.getCell(org.row, org.col + 4).master.address).toBe(county.getCell(org.row, org.col).address);
  });

  it('keeps the figures and the text: amounts exact, replies on their own lines', () => {
    const county = sheet('汇总');
    const fees = findCell(county, '行政事业性收费');
    expect(county.getCell(fees.row, 2).value).toBe(0.25);
    expect(county.getCell(fees.row, 4).master.address).toBe(county.getCell(fees.row, 2).address);
    const remark = sheet('批注').getRow(2).values as unknown[];
    expect(remark.slice(1)).toEqual([
      '甲.nianbao.json',
      '示例县教育局',
      2024,
      '五、存在的主要问题及改进情况',
      '县政务公开办：请写明整改情况',
      '示例县教育局：已补充',
      '待审阅',
    ]);
    expect(sheet('报告').getRow(1).getCell(reportSheet(rows, stateOf).header.length).value).toBe('审阅状态');
  });

  it('sets the headings in bold and centres merged cells; the data stays plain', () => {
    expect(sheet('报告').getCell('A1').font?.bold).toBe(true);
    expect(sheet('报告').getCell('A2').font?.bold).toBeFalsy();
    expect(sheet('批注').getCell('F2').alignment).toMatchObject({ wrapText: true });
    const county = sheet('汇总');
    const applicant = findCell(county, '申请人情况');
    expect(county.getCell(applicant.row, applicant.col).font?.bold).toBe(true);
    expect(county.getCell(applicant.row, applicant.col).alignment).toMatchObject({
      horizontal: 'center',
      vertical: 'middle',
    });
    const fees = findCell(county, '行政事业性收费');
    expect(county.getCell(fees.row, 1).font?.bold).toBeFalsy();
    // a line of text runs on: not wrapped into its first column
    expect(county.getCell(findCell(county, '汇总2份报告').row, 1).alignment?.wrapText).toBeFalsy();
  });

  it('sizes the columns by their cells, not by a title or a heading over several columns', () => {
    expect(columnWidths(grouped)).toEqual([8, 8, 8]); // 机关 and 新收 (2 characters); 件数 spans two
    expect(sheet('分组').getColumn(1).width).toBe(8);
    const widths = columnWidths(countySheet(countySum(rows, 2024)));
    expect(widths[0]).toBe(4 + '三、本年度办理结果'.length * 2); // the title lines and notes run on beside it
    expect(widths[2]).toBe(60); // the long labels of table 三 wrap
  });
});

function findCell(ws: ExcelJS.Worksheet, text: string): { row: number; col: number } {
  let found: { row: number; col: number } | undefined;
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => void (found ??= cell.value === text ? { row: r, col: c } : undefined)),
  );
  if (!found) throw new Error(`not in the sheet: ${text}`);
  return found;
}
