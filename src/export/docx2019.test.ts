// The DOCX of a 2019-edition report (下冶镇 2020): its own tables, with the merges of the 2019 template
// (src/template/v2019.ts).
import { describe, expect, it } from 'vitest';
import { paragraphsOf, readDocx, shape, tablesOf } from '../../test/docxXml';
import { xiaye2020 } from '../../test/xiaye2020';
import { layoutDocument } from '../document/blocks';
import { withCells } from '../report/cells';
import { template2019, template2021 } from '../template';
import { renderDocxBuffer } from './docx';

describe('the DOCX of a 2020 report (2019 edition)', async () => {
  const report = withCells(xiaye2020(), new Map([['tables.active.penalty.change', -2]]));
  const doc = readDocx(await renderDocxBuffer(layoutDocument(template2019, report), { draft: false }))[
    'word/document.xml'
  ];
  const [active, requests, appeals] = tablesOf(doc);
  const texts = (row: { text: string }[]) => row.map((c) => c.text);

  it('has the title and the six headings', () => {
    const paras = paragraphsOf(doc);
    expect(paras[0]).toBe('下冶镇人民政府2020年政府信息公开工作年度报告');
    expect(paras.filter((p) => /^[一二三四五六]、/.test(p))).toHaveLength(6);
  });

  it('table 二: five blocks, each a full-width caption, its header and rows; two-column blocks merge their last column', () => {
    expect(active.gridCols).toHaveLength(4);
    expect(active.rows).toHaveLength(18);
    expect(active.rows.filter((r) => r.length === 1 && r[0].gridSpan === 4).map((r) => r[0].text)).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
      '第二十条第（九）项',
    ]);
    expect(texts(active.rows[1])).toEqual(['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量']);
    expect(texts(active.rows[13])).toEqual(['信息内容', '上一年项目数量', '本年增/减']);
    expect(active.rows[13].map((c) => c.gridSpan)).toEqual([1, 1, 2]);
    expect(texts(active.rows[17])).toEqual(['政府集中采购', '1', '41']);
    expect(texts(active.rows[10])).toEqual(['行政处罚', '4', '-2', '0']);
  });

  it('table 三: （六）其他处理 one row; 三、本年度办理结果 merged down over 20 rows', () => {
    const body = requests.rows.slice(3);
    expect(body).toHaveLength(23);
    const merged = body.map((r) => r[0]);
    expect(merged.filter((c) => c.vMerge === 'restart').map((c) => c.text)).toContain('三、本年度办理结果');
    const start = merged.findIndex((c) => c.text === '三、本年度办理结果');
    expect(merged.slice(start + 1, start + 20).every((c) => c.vMerge === 'continue')).toBe(true);
    expect(merged[start + 20].vMerge).toBeNull();
    const other = body.find((r) => r.some((c) => c.text === '（六）其他处理'))!;
    expect(other.find((c) => c.text === '（六）其他处理')!.gridSpan).toBe(2);
  });

  it('table 四: as in the 2021 edition', async () => {
    const doc2021 = readDocx(
      await renderDocxBuffer(layoutDocument(template2021, { ...report, template: '2021' }), { draft: false }),
    )['word/document.xml'];
    expect(shape(appeals)).toEqual(shape(tablesOf(doc2021)[2]));
  });
});
