import { describe, expect, it } from 'vitest';
import { emptyReport } from '../report/empty';
import { template2021 } from '../template';
import { layoutDocument, type DocTable } from './blocks';
import { figureHeaders, gridCells } from './tableHeaders';
import { segmentRows } from './tableLayout';

const tables = layoutDocument(template2021, emptyReport(template2021, 2024)).blocks.filter(
  (b): b is DocTable => b.kind === 'table',
);
const texts = (table: DocTable) =>
  new Map([...figureHeaders(table)].map(([f, hs]) => [`${f.row}:${f.col}`, hs.map((h) => h.cell.text)]));

describe('the header cells that name each figure', () => {
  it('places every starting cell on the grid: the cells of a row and the merges from above cover it exactly once', () => {
    for (const table of tables) {
      const width = table.rows[0].reduce((n, c) => n + c.colSpan, 0);
      const covered = table.rows.map(() => Array<number>(width).fill(0));
      for (const c of gridCells(table).flat())
        for (let r = c.row; r < c.row + c.rowSpan; r++)
          for (let k = c.col; k < c.col + c.cell.colSpan; k++) covered[r][k]++;
      expect(
        covered.flat().every((n) => n === 1),
        table.key,
      ).toBe(true);
    }
  });

  it('names a figure of table 三 by its three levels of column headers and its merged row labels', () => {
    const requests = texts(tables[1]);
    // row 3: 一、本年新收…; the grid's column 4 is 商业企业 (3 label columns, then 自然人)
    expect(requests.get('3:4')).toEqual([
      '申请人情况',
      '法人或其他组织',
      '商业企业',
      '一、本年新收政府信息公开申请数量',
    ]);
    const withheld = [...requests.values()].filter((hs) => hs.includes('（三）不予公开'));
    expect(withheld).toHaveLength(8 * 7);
    expect(withheld.every((hs) => hs[hs.length - 3] === '三、本年度办理结果')).toBe(true);
  });

  it("names a figure of table 二 by its group's caption and the column header row of that group, not the first group's", () => {
    const active = [...texts(tables[0]).values()];
    expect(active).toContainEqual(['第二十条第（五）项', '本年处理决定数量', '行政许可']);
    expect(active.some((hs) => hs[0] === '第二十条第（五）项' && hs.includes('本年制发件数'))).toBe(false);
  });

  it('gives every figure of every table a column header and a row label (table 四: its column headers only)', () => {
    for (const table of tables) {
      const figures = table.rows.flat().filter((c) => c.kind === 'number').length;
      const named = [...texts(table).values()];
      expect(named, table.key).toHaveLength(figures);
      expect(
        named.every((hs) => hs.length >= 2),
        table.key,
      ).toBe(true);
    }
  });
});

describe('rows placed for HTML (segmentRows)', () => {
  it('places a row below a merged label at its own column, not at the count of the cells before it', () => {
    const requests = tables.find((t) => t.rows.some((r) => r.some((c) => c.text === '3.危及“三安全一稳定”')))!;
    const rows = segmentRows(requests.rows);
    const placed = (text: string) => rows.flat().find((c) => c.cell.text === text)!;
    // both rows of （三）不予公开 have their label in the third label column, where the first one is too
    expect(placed('1.属于国家秘密').column).toBe(2);
    expect(placed('3.危及“三安全一稳定”').column).toBe(2);
    expect(placed('（三）不予公开').column).toBe(1);
    expect(placed('三、本年度办理结果').column).toBe(0);
  });
});
