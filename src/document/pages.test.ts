import { describe, expect, it } from 'vitest';
import { readSeed, YINDU } from '../../test/seed';
import type { Report } from '../report/schema';
import { template2021 } from '../template';
import { layoutDocument, type Block, type DocTable } from './blocks';
import {
  cellLines,
  columnWidthsPt,
  flowDocument,
  HEADING_TABLE_GAP_PT,
  ROW_PADDING_PT,
  TABLE_LINE_PT,
  type PlacedLine,
  type PlacedRow,
} from './pages';
import { BODY_LINE_PT, TEXT_HEIGHT_PT } from './pageSetup';
import { cellAt, isCaptionRow } from './tableLayout';

const seed = readSeed(YINDU);
const report: Report = { ...seed.report, meta: { agency: '某某镇人民政府', year: 2024, date: '' } };
/** The seed's blocks with `lines` paragraphs of 20 characters put after the title (whatever the sections' shape). */
function withLines(lines: number, r: Report = report): Block[] {
  const [title, ...rest] = layoutDocument(template2021, r).blocks;
  const filler: Block[] = Array.from({ length: lines }, () => ({
    kind: 'paragraph',
    text: '一'.repeat(20),
    target: 'x',
  }));
  return [title, ...filler, ...rest];
}
const rowsOf = (blocks: Block[], key: string) => {
  const i = blocks.findIndex((b) => b.kind === 'table' && b.key === key);
  return {
    index: i,
    rows: flowDocument(blocks).placements.filter((p): p is PlacedRow => p.kind === 'row' && p.block === i),
  };
};

/** An intro that pushes table `key` to start `linesLeft` body lines before a page's end. */
function pushTable(key: string, linesLeft: number): Block[] {
  for (let n = 0; n < 60; n++) {
    const blocks = withLines(n + 1);
    const { rows } = rowsOf(blocks, key);
    const first = rows[0];
    if (first.page === rows[rows.length - 1].page) continue;
    if (TEXT_HEIGHT_PT - first.y <= linesLeft * BODY_LINE_PT) return blocks;
  }
  throw new Error('no such layout');
}

describe('tables across a page break', () => {
  it('repeat their header rows and the merged group labels of the rows that continue', () => {
    const blocks = pushTable('requests', 12);
    const { rows } = rowsOf(blocks, 'requests');
    const table = blocks.find((b) => b.kind === 'table' && b.key === 'requests') as DocTable;
    const firstOnPage2 = rows.findIndex((p) => p.page === rows[0].page + 1);
    const onPage2 = rows.slice(firstOnPage2);
    expect(onPage2.slice(0, 3).map((p) => [p.row, p.repeated])).toEqual([
      [0, true],
      [1, true],
      [2, true],
    ]);
    const cont = onPage2[3];
    expect(cont.repeated).toBe(false);
    // the row's own cells say `continue`; as printed, the label is there again
    expect(table.rows[cont.row][0].vMerge).toBe('continue');
    expect(cont.cells[0]).toMatchObject({ text: '三、本年度办理结果', kind: 'label' });
    expect(cont.cells[0].vMerge).toBe(cont.row < 25 ? 'restart' : undefined);
    // a row that does not start a page prints as it is
    expect(onPage2[4].cells).toBe(table.rows[onPage2[4].row]);
  });

  it("keep table 二's caption with its block: never a caption alone at the end of a page", () => {
    let crossed = 0;
    for (let n = 0; n < 40; n++) {
      const blocks = withLines(n + 1);
      const { rows } = rowsOf(blocks, 'active');
      const table = rows[0].table;
      if (rows[0].page !== rows[rows.length - 1].page) crossed++;
      rows.forEach((p, i) => {
        if (isCaptionRow(table, p.row))
          expect(rows[i + 1]?.page, `caption at row ${p.row}, intro of ${n + 1} lines`).toBe(p.page);
      });
    }
    expect(crossed).toBeGreaterThan(3); // the table did cross a page in some of these layouts
  });
});

describe('headings', () => {
  it("sit one body line's space above the table below them", () => {
    const blocks = withLines(1);
    const flow = flowDocument(blocks);
    const t = blocks.findIndex((b) => b.kind === 'table');
    const heading = flow.placements.filter((p): p is PlacedLine => p.kind === 'line' && p.block === t - 1).pop()!;
    const row = flow.placements.find((p) => p.kind === 'row' && p.block === t)!;
    expect(row.y - (heading.y + heading.height)).toBeCloseTo(HEADING_TABLE_GAP_PT, 5);
  });

  it('a （一） heading on a line of its own is one line, all heading, kept with its text', () => {
    const blocks: Block[] = [
      { kind: 'paragraph', text: '一'.repeat(26 * 21), target: 'x' },
      { kind: 'heading2', heading: '（一）主动公开', text: '', target: 'x' },
      { kind: 'paragraph', text: '正文。', target: 'x' },
    ];
    const lines = flowDocument(blocks).placements as PlacedLine[];
    const heading = lines.find((p) => p.block === 1)!;
    expect(heading).toMatchObject({ text: '（一）主动公开', headingChars: 7, role: 'heading2' });
    expect(heading.page).toBe(lines.find((p) => p.block === 2)!.page);
  });

  it('print the title as titleLines broke it', () => {
    const blocks = withLines(0, { ...report, meta: { agency: '安阳市殷都区铜冶镇人民政府', year: 2024, date: '' } });
    const title = flowDocument(blocks).placements.filter(
      (p): p is PlacedLine => p.kind === 'line' && p.role === 'title',
    );
    expect(title.map((p) => p.text)).toEqual(['安阳市殷都区铜冶镇人民政府', '2024年政府信息公开工作年度报告']);
  });
});

describe('justified lines', () => {
  const lines = (text: string) =>
    flowDocument([{ kind: 'paragraph', text, target: 'sections.other.opening' }]).placements as PlacedLine[];

  it('a line left short by a long number moved down (联系（电话：0372-…）) is set ragged, not stretched; a full line is justified', () => {
    // the first line: 2 ems of indent, 14 characters, then 联系（电话： — and a number 6.5 ems wide that does not fit
    const text =
      '如对本报告有疑问请与示例镇党政办' + '联系（电话：0372-12345678）。本年度未收取信息处理费，' + '一'.repeat(40);
    const placed = lines(text);
    const short = placed.find((l) => !l.last && /联系（电话：$/.test(l.text));
    expect(short, placed.map((l) => l.text).join('\n')).toBeDefined();
    expect(short!.ragged).toBe(true);
    expect(placed.filter((l) => !l.last && !l.ragged).length).toBeGreaterThan(0);
  });

  it('a line a kinsoku mark made one character short is still justified', () => {
    const placed = lines('一'.repeat(24) + '二。' + '三'.repeat(40));
    expect(placed[0].ragged).toBe(false);
  });
});

describe('merged labels across a page break', () => {
  /** Each merged label on each page, with the height of its rows there and the height its lines need. */
  function labelsOnPages(blocks: Block[]) {
    const { rows } = rowsOf(blocks, 'requests');
    const table = rows[0].table;
    const widths = columnWidthsPt(table);
    const out: { page: number; text: string; has: number; needs: number }[] = [];
    rows.forEach((p, k) => {
      let col = 0;
      for (const cell of p.cells) {
        const at = col;
        col += cell.colSpan;
        if (cell.vMerge !== 'restart' || !cell.text) continue;
        let has = p.height;
        for (
          let j = k + 1;
          j < rows.length && rows[j].page === p.page && cellAt(rows[j].cells, at)?.cell.vMerge === 'continue';
          j++
        )
          has += rows[j].height;
        const needs =
          cellLines(
            cell,
            widths.slice(at, at + cell.colSpan).reduce((a, b) => a + b, 0),
          ).length *
            TABLE_LINE_PT +
          ROW_PADDING_PT;
        out.push({ page: p.page, text: cell.text, has, needs });
      }
    });
    return out;
  }

  it('wherever table 三 breaks, each merged label has room for its lines on each page (else it goes on with its rows)', () => {
    const breaks = new Set<number>();
    for (let n = 1; n <= 70; n++) {
      const blocks = withLines(n);
      const { rows } = rowsOf(blocks, 'requests');
      const firstOnNext = rows.find((r) => r.page !== rows[0].page && !r.repeated);
      if (firstOnNext) breaks.add(firstOnNext.row);
      for (const label of labelsOnPages(blocks))
        expect(label.has + 0.01, `${n} lines before: “${label.text}” on page ${label.page}`).toBeGreaterThanOrEqual(
          label.needs,
        );
    }
    // the breaks fell in many places of the table, the label groups among them
    expect(breaks.size).toBeGreaterThanOrEqual(6);
  });
});
