// The layout rules on hand-made positioned text, copied from the app's print layout: each test
// names the printed shape it reads, so a change of the print layout that the reader misses fails here first.
import { describe, expect, it } from 'vitest';
import { pdfToSource, type PdfTextItem } from './layout';

const H = 10.5;
/** One line: `[x0, x1, text]` cells at baseline y. */
const line = (y: number, ...cells: [number, number, string][]): PdfTextItem[] =>
  cells.map(([x0, x1, str]) => ({ str, x: x0, y, w: x1 - x0, h: H }));
const tableRows = (items: PdfTextItem[]) =>
  pdfToSource([{ items }]).blocks.flatMap((b) => (b.kind === 'table' ? [b.rows.map((r) => r.map((c) => c.text))] : []));

describe('table 二 as the template and the app print it: a shaded caption row written from the left above each block', () => {
  const items = [
    { str: '二、主动公开政府信息情况', x: 111, y: 449, w: 192, h: 16 },
    ...line(424, [82, 177, '第二十条第（一）项']),
    ...line(
      405,
      [114, 156, '信息内容'],
      [214, 277, '本年制发件数'],
      [324, 387, '本年废止件数'],
      [435, 498, '现行有效件数'],
    ),
    ...line(386.5, [124, 145, '规章'], [243, 248, '1'], [353, 359, '2'], [463, 469, '3']),
    ...line(367.8, [98, 171, '行政规范性文件'], [242, 248, '4'], [353, 359, '5'], [463, 469, '6']),
    ...line(349.1, [82, 177, '第二十条第（五）项']),
    ...line(330.4, [114, 156, '信息内容'], [314, 398, '本年处理决定数量']),
    ...line(311.7, [114, 156, '行政许可'], [353, 359, '7']),
  ];
  it('keeps the caption out of the row above it and puts it at the head of the block it captions', () => {
    const tables = tableRows(items);
    expect(tables[0]).toContainEqual(['行政规范性文件', '4', '5', '6']);
    expect(tables[1]).toEqual([['第二十条第（五）项'], ['信息内容', '本年处理决定数量'], ['行政许可', '7']]);
  });
});

describe('table 三 continued on a new page: header and merged group labels repeated there', () => {
  const fig = (...values: string[]): [number, number, string][] =>
    values.map((v, k) => [315 + 30.5 * k, 331 + 30.5 * k, v]);
  const items = [
    ...line(722.1, [389, 441, '申请人情况']),
    ...line(686.5, [313, 334, '自然'], [404, 425, '社会'], [435, 456, '法律']),
    ...line(680.6, [343, 364, '商业'], [374, 395, '科研'], [496, 517, '总计']),
    ...line(671.3, [318, 329, '人'], [404, 425, '公益'], [435, 456, '服务'], [465, 486, '其他']),
    ...line(661.9, [343, 364, '企业'], [374, 395, '机构']),
    ...line(654.3, [404, 425, '组织'], [435, 456, '机构']),
    ...line(635.6, [183, 296, '1.申请人无正当理由逾期']),
    ...line(620.4, [183, 299, '不补正、行政机关不再处'], ...fig('131', '132', '133', '134', '135', '136', '801')),
    ...line(605.2, [183, 288, '理其政府信息公开申请']),
    ...line(592.4, [82, 103, '三、']),
    ...line(586.5, [119, 171, '（六）其他'], [183, 297, '2.申请人逾期未按收费通']),
    ...line(577.2, [82, 103, '本年']),
    ...line(571.3, [119, 140, '处理'], [183, 299, '知要求缴纳费用、行政机']),
    ...line(562.0, [82, 103, '度办'], ...fig('137', '138', '139', '140', '141', '142', '837')),
    ...line(556.1, [183, 299, '关不再处理其政府信息公']),
    ...line(546.8, [82, 103, '理结']),
    ...line(540.9, [183, 215, '开申请']),
    ...line(531.6, [82, 93, '果']),
    ...line(522.2, [183, 213, '3.其他'], ...fig('143', '144', '145', '146', '147', '148', '873')),
    ...line(495.9, [119, 171, '（七）总计'], ...fig('1', '2', '3', '4', '5', '6', '21')),
    ...line(469.6, [82, 198, '四、结转下年度继续办理'], ...fig('149', '150', '151', '152', '153', '154', '909')),
  ];
  it('rebuilds the row labels and the merged labels without mixing them, though labels across the row outnumber them', () => {
    const rows = tableRows(items).flat();
    expect(rows).toContainEqual([
      '三、本年度办理结果',
      '（六）其他处理',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '137',
      '138',
      '139',
      '140',
      '141',
      '142',
      '837',
    ]);
    expect(rows).toContainEqual([
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '131',
      '132',
      '133',
      '134',
      '135',
      '136',
      '801',
    ]);
    expect(rows).toContainEqual(['3.其他', '143', '144', '145', '146', '147', '148', '873']);
  });
});
