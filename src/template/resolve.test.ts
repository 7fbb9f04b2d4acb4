import { describe, expect, it } from 'vitest';
import { checkReportYear, editionForYear, template2019, template2021, templateFor } from './index';
import { resolveTemplate, type LayoutCell, type TableLayout } from './resolve';
import { stepOfTarget, stepsOf } from './steps';

const resolved = resolveTemplate(template2021);
const table = (key: string) => resolved.tables.find((t) => t.key === key)!;
const labelOf = (path: string) => resolved.cellByPath.get(path)?.label;

/** Places every cell of a layout on a grid: each position covered exactly once, every row full width. */
function occupancy(layout: TableLayout, rows: LayoutCell[][]): string[][] {
  const grid: string[][] = rows.map(() => []);
  rows.forEach((line, r) => {
    let col = 0;
    for (const cell of line) {
      while (grid[r][col] !== undefined) col++;
      for (let dr = 0; dr < cell.rowSpan; dr++)
        for (let dc = 0; dc < cell.colSpan; dc++) {
          expect(grid[r + dr], `row ${r + dr} exists for ${cell.text}`).toBeDefined();
          expect(grid[r + dr][col + dc], `overlap at ${r + dr},${col + dc}`).toBeUndefined();
          grid[r + dr][col + dc] = cell.text || cell.path!;
        }
      col += cell.colSpan;
    }
  });
  grid.forEach((line, r) => {
    expect(line.length, `row ${r} width`).toBe(layout.columnCount);
    expect(line.every((c) => c !== undefined)).toBe(true);
  });
  return grid;
}

describe('the 2021 template', () => {
  it('has the six sections of the format, in order', () => {
    expect(template2021.sections.map((s) => `${s.number}、${s.heading}`)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(stepsOf(template2021).map((s) => s.title)[0]).toBe('基本信息');
    expect(stepsOf(template2021).at(-1)!.title).toBe('检查与导出');
  });

  it('has the cells of the spec: table 三 25 rows × 7 columns, 四 15 cells, 二 10 cells', () => {
    expect(table('requests').cells).toHaveLength(175);
    expect(table('requests').cells.filter((c) => c.sumOf)).toHaveLength(25 + 6);
    expect(table('appeals').cells).toHaveLength(15);
    expect(
      table('appeals')
        .cells.filter((c) => c.sumOf)
        .map((c) => c.path),
    ).toEqual([
      'tables.appeals.adminReview.total',
      'tables.appeals.litigationDirect.total',
      'tables.appeals.litigationAfterReview.total',
    ]);
    expect(table('active').cells.map((c) => c.path)).toContain('tables.active.fees.amount');
    expect(table('active').cells).toHaveLength(10);
    expect(resolved.cellByPath.get('tables.active.fees.amount')!.kind).toBe('amount');
  });

  it('derives （七）总计 from the 21 result rows and each 总计 from the six applicant columns', () => {
    const result = resolved.cellByPath.get('tables.requests.resultTotal.natural')!;
    expect(result.sumOf).toHaveLength(21);
    expect(result.sumOf).toContain('tables.requests.otherHandling.other.natural');
    expect(result.sumOf).not.toContain('tables.requests.carriedForward.natural');
    expect(resolved.cellByPath.get('tables.requests.new.total')!.sumOf).toHaveLength(6);
  });

  it('names every cell by its row label then its column label', () => {
    expect(labelOf('tables.requests.new.natural')).toBe('一、本年新收政府信息公开申请数量 自然人');
    expect(labelOf('tables.requests.withheld.stateSecret.natural')).toBe('（三）不予公开 1.属于国家秘密 自然人');
    expect(labelOf('tables.requests.granted.total')).toBe('（一）予以公开 总计');
    expect(labelOf('tables.active.rules.issued')).toBe('规章 本年制发件数');
    expect(labelOf('tables.appeals.adminReview.upheld')).toBe('行政复议 结果维持');
    expect(labelOf('tables.appeals.litigationDirect.total')).toBe('未经复议直接起诉 总计');
    expect(new Set(resolved.cells.map((c) => c.label)).size).toBe(resolved.cells.length);
  });

  it('lays out table 三 with the official merges', () => {
    const { layout } = table('requests');
    expect(layout.columnCount).toBe(10);
    const [h1, h2, h3] = layout.head;
    expect(h1.map((c) => [c.text.slice(0, 5), c.colSpan, c.rowSpan])).toEqual([
      ['（本列数据', 3, 3],
      ['申请人情况', 7, 1],
    ]);
    expect(h2.map((c) => [c.text, c.colSpan, c.rowSpan])).toEqual([
      ['自然人', 1, 2],
      ['法人或其他组织', 5, 1],
      ['总计', 1, 2],
    ]);
    expect(h3.map((c) => c.text)).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    const labels = layout.body.flat().filter((c) => c.type === 'label');
    const span = (text: string) => labels.find((c) => c.text === text)!;
    expect(span('三、本年度办理结果').rowSpan).toBe(22);
    expect(span('（三）不予公开').rowSpan).toBe(8);
    expect(span('（四）无法提供').rowSpan).toBe(3);
    expect(span('（五）不予处理').rowSpan).toBe(5);
    expect(span('（六）其他处理').rowSpan).toBe(3);
    expect(span('一、本年新收政府信息公开申请数量').colSpan).toBe(3);
    expect(span('（一）予以公开').colSpan).toBe(2);
    expect(span('（七）总计').colSpan).toBe(2);
    expect(span('1.属于国家秘密').colSpan).toBe(1);
    expect(layout.body).toHaveLength(25);
    occupancy(layout, [...layout.head, ...layout.body]);
  });

  it('lays out table 四 as one row under a three-row header', () => {
    const { layout } = table('appeals');
    const [h1, h2, h3] = layout.head;
    expect(h1.map((c) => [c.text, c.colSpan])).toEqual([
      ['行政复议', 5],
      ['行政诉讼', 10],
    ]);
    expect(h2.map((c) => [c.text, c.colSpan, c.rowSpan])).toEqual([
      ['结果维持', 1, 2],
      ['结果纠正', 1, 2],
      ['其他结果', 1, 2],
      ['尚未审结', 1, 2],
      ['总计', 1, 2],
      ['未经复议直接起诉', 5, 1],
      ['复议后起诉', 5, 1],
    ]);
    expect(h3).toHaveLength(10);
    expect(layout.body).toEqual([expect.any(Array)]);
    expect(layout.body[0]).toHaveLength(15);
    occupancy(layout, [...layout.head, ...layout.body]);
  });

  it('lays out table 二 in four blocks, one-column blocks spanning the three columns', () => {
    const { layout } = table('active');
    const grid = occupancy(layout, layout.body);
    expect(grid.map((r) => r[0])).toEqual([
      '第二十条第（一）项',
      '信息内容',
      '规章',
      '行政规范性文件',
      '第二十条第（五）项',
      '信息内容',
      '行政许可',
      '第二十条第（六）项',
      '信息内容',
      '行政处罚',
      '行政强制',
      '第二十条第（八）项',
      '信息内容',
      '行政事业性收费',
    ]);
    expect(grid[5]).toEqual(['信息内容', '本年处理决定数量', '本年处理决定数量', '本年处理决定数量']);
    expect(grid[13]).toEqual([
      '行政事业性收费',
      'tables.active.fees.amount',
      'tables.active.fees.amount',
      'tables.active.fees.amount',
    ]);
  });
});

describe('editions by year', () => {
  it('2019 and 2020 follow the 2019 edition, 2021 and later the 2021 edition', () => {
    expect([2019, 2020, 2021, 2025].map(editionForYear)).toEqual(['2019', '2019', '2021', '2021']);
    expect(templateFor('2019')).toBe(template2019);
    expect(templateFor(editionForYear(2024))).toBe(template2021);
  });

  it('accepts 2019 up to this year, refuses earlier years and the future', () => {
    expect(checkReportYear(2021, 2026)).toEqual({ ok: true, template: template2021 });
    expect(checkReportYear(2020, 2026)).toEqual({ ok: true, template: template2019 });
    expect(checkReportYear(2019, 2026)).toEqual({ ok: true, template: template2019 });
    expect(checkReportYear(2018, 2026)).toMatchObject({
      ok: false,
      message: expect.stringContaining('不能早于2019年'),
    });
    expect(checkReportYear(2027, 2026)).toMatchObject({ ok: false, message: expect.stringContaining('不能晚于今年') });
  });

  it('maps targets to steps', () => {
    expect(stepOfTarget('tables.requests.withheld.stateSecret.natural')).toBe('requests');
    expect(stepOfTarget('sections.intro')).toBe('overview');
    expect(stepOfTarget('sections.overview.2')).toBe('overview');
    expect(stepOfTarget('meta.agency')).toBe('meta');
  });
});

describe('the 2019 edition', () => {
  const old = resolveTemplate(template2019);
  const oldTable = (key: string) => old.tables.find((t) => t.key === key)!;

  it('has the same six sections; table 二 five blocks with the 2019 columns, 本年增/减 signed', () => {
    expect(template2019.sections.map((s) => `${s.number}、${s.heading}`)).toEqual(
      template2021.sections.map((s) => `${s.number}、${s.heading}`),
    );
    expect(oldTable('active').cells.map((c) => c.path.replace('tables.active.', ''))).toEqual([
      'rules.made',
      'rules.published',
      'rules.total',
      'normativeDocs.made',
      'normativeDocs.published',
      'normativeDocs.total',
      'licensing.previous',
      'licensing.change',
      'licensing.decisions',
      'otherServices.previous',
      'otherServices.change',
      'otherServices.decisions',
      'penalty.previous',
      'penalty.change',
      'penalty.decisions',
      'enforcement.previous',
      'enforcement.change',
      'enforcement.decisions',
      'fees.previous',
      'fees.change',
      'procurement.projects',
      'procurement.amount',
    ]);
    expect(oldTable('active').cells.every((c) => c.sumOf === null)).toBe(true);
    const kinds = new Map(oldTable('active').cells.map((c) => [c.path, c.kind]));
    expect([...kinds].filter(([, k]) => k === 'signed').map(([p]) => p)).toEqual([
      'tables.active.licensing.change',
      'tables.active.otherServices.change',
      'tables.active.penalty.change',
      'tables.active.enforcement.change',
      'tables.active.fees.change',
    ]);
    expect(kinds.get('tables.active.procurement.amount')).toBe('amount');
    expect(old.cellByPath.get('tables.active.rules.made')!.label).toBe('规章 本年新制作数量');
  });

  it('lays out table 二 in five blocks; a two-column block’s last column spans the rest', () => {
    const { layout } = oldTable('active');
    const grid = occupancy(layout, layout.body);
    expect(grid.map((r) => r[0])).toEqual([
      '第二十条第（一）项',
      '信息内容',
      '规章',
      '规范性文件',
      '第二十条第（五）项',
      '信息内容',
      '行政许可',
      '其他对外管理服务事项',
      '第二十条第（六）项',
      '信息内容',
      '行政处罚',
      '行政强制',
      '第二十条第（八）项',
      '信息内容',
      '行政事业性收费',
      '第二十条第（九）项',
      '信息内容',
      '政府集中采购',
    ]);
    expect(grid[1]).toEqual(['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量']);
    expect(grid[13]).toEqual(['信息内容', '上一年项目数量', '本年增/减', '本年增/减']);
    expect(grid[17]).toEqual([
      '政府集中采购',
      'tables.active.procurement.projects',
      'tables.active.procurement.amount',
      'tables.active.procurement.amount',
    ]);
  });

  it('has （六）其他处理 as one row in table 三: 三、本年度办理结果 spans 20 rows, （七）总计 sums 19', () => {
    const { layout, cells } = oldTable('requests');
    expect(cells).toHaveLength(23 * 7);
    const labels = layout.body.flat().filter((c) => c.type === 'label');
    expect(labels.find((c) => c.text === '三、本年度办理结果')!.rowSpan).toBe(20);
    expect(labels.find((c) => c.text === '（六）其他处理')).toMatchObject({ rowSpan: 1, colSpan: 2 });
    expect(old.cellByPath.get('tables.requests.resultTotal.natural')!.sumOf).toHaveLength(19);
    expect(old.cellByPath.get('tables.requests.otherHandling.natural')!.label).toBe('（六）其他处理 自然人');
    expect(old.cellByPath.has('tables.requests.otherHandling.other.natural')).toBe(false);
    expect(layout.body).toHaveLength(23);
    occupancy(layout, [...layout.head, ...layout.body]);
  });

  it('has table 四 as in 2021', () => {
    expect(oldTable('appeals').layout).toEqual(table('appeals').layout);
  });
});
