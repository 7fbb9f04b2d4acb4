import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../test/domParser';
import { readSeed, YINDU } from '../../test/seed';
import { layoutDocument } from '../document/blocks';
import { resolveTemplate } from '../template/resolve';
import { template2021 } from '../template';
import { renderHtmlFragment, renderHtmlPage, renderPlainText } from './html';

const seed = readSeed(YINDU);
const report = { ...seed.report, meta: { agency: '某某镇人民政府', year: 2024, date: '2025-01-20' } };
const model = layoutDocument(template2021, {
  ...report,
  sections: { ...report.sections, problems: { opening: '问题<script>&"。', subsections: [] } },
});
const html = renderHtmlFragment(model);
const resolved = resolveTemplate(template2021);

/** The tables as a browser reads them: each row's cells with their spans and text. */
function tables(source: string) {
  return [...source.matchAll(/<table[\s\S]*?<\/table>/g)].map(([t]) =>
    [...t.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row.matchAll(/<(td|th)([^>]*)>([^<]*)<\/\1>/g)].map(([, tag, attrs, text]) => ({
        tag,
        text,
        colSpan: Number(/colspan="(\d+)"/.exec(attrs)?.[1] ?? 1),
        rowSpan: Number(/rowspan="(\d+)"/.exec(attrs)?.[1] ?? 1),
      })),
    ),
  );
}

/** Lays the cells out on the grid as HTML does; every row must come out exactly as wide as the table. */
function widths(rows: { colSpan: number; rowSpan: number }[][]): number[] {
  const carried: number[] = [];
  return rows.map((row, r) => {
    let width = carried[r] ?? 0;
    for (const c of row) {
      width += c.colSpan;
      for (let k = 1; k < c.rowSpan; k++) carried[r + k] = (carried[r + k] ?? 0) + c.colSpan;
    }
    return width;
  });
}

describe('the web version for the portal', () => {
  it("holds the three tables with the template's merges: every row covers the grid", () => {
    const found = tables(html);
    expect(found).toHaveLength(3);
    resolved.tables.forEach((table, i) => {
      const rows = found[i];
      expect(rows).toHaveLength(table.layout.head.length + table.layout.body.length);
      expect(new Set(widths(rows))).toEqual(new Set([table.layout.columnCount]));
      // the same spans as the template, cell for cell
      const spans = [...table.layout.head, ...table.layout.body].map((line) =>
        line.map((c) => `${c.colSpan}x${c.rowSpan}`),
      );
      expect(rows.map((row) => row.map((c) => `${c.colSpan}x${c.rowSpan}`))).toEqual(spans);
    });
  });

  it('writes every figure, centred and bordered by inline styles, with header cells that name their scope', () => {
    const requests = tables(html)[1].flat();
    expect(requests.filter((c) => c.tag === 'td')).toHaveLength(resolved.tables[1].cells.length);
    expect(html).toMatch(/<td style="border:1px solid #000;[^"]*text-align:center;[^"]*" headers="[^"]+">21<\/td>/);
    expect(html).toContain('<th colspan="3" scope="colgroup"');
    expect(html).toContain('<caption style="caption-side:top;text-align:left;padding:0;"><h2');
  });

  it("has no app classes, page markers or scripts, and escapes the clerk's text", () => {
    expect(html).not.toMatch(/class=|第\s*\d+\s*页|— \d+ —|<script/);
    expect(html).toContain('问题&lt;script&gt;&amp;&quot;。');
    expect(html.startsWith('<h1 style="text-align:center;')).toBe(true);
    expect(html).toContain('某某镇人民政府2024年政府信息公开工作年度报告</h1>');
    expect(html).toContain('<p style="text-align:right;line-height:1.8;margin:0.3em 0;">2025年1月20日</p>');
  });

  it('as a standalone page: UTF-8, zh-CN, phone viewport, tables that scroll sideways', () => {
    const page = renderHtmlPage(model);
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page.match(/<div [^>]*style="overflow-x:auto;/g)).toHaveLength(3);
    expect(page).toContain(html);
  });

  it('has a plain-text version for editors that take no HTML', () => {
    const text = renderPlainText(model);
    expect(text.split('\n')[0]).toBe('某某镇人民政府2024年政府信息公开工作年度报告');
    expect(text).toContain('\t21\t');
  });
});

describe('the web version for a screen reader (WCAG H43)', () => {
  const page = nodeParser(renderHtmlPage(model), 'text/html');
  const [active, requests, appeals] = [...page.querySelectorAll('table')];
  /** The texts of the header cells a figure cell names in `headers`, in order. */
  const headersOf = (td: Element) =>
    (td.getAttribute('headers') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => page.getElementById(id)?.textContent ?? `missing #${id}`);
  const figure = (table: Element, ...names: string[]) => {
    const found = [...table.querySelectorAll('td')].filter((td) => names.every((n) => headersOf(td).includes(n)));
    expect(found, names.join(' × ')).toHaveLength(1);
    return found[0];
  };

  it('associates a figure of table 三 with exactly its column headers and row labels, merged ones included', () => {
    const td = figure(requests, '商业企业', '1.属于国家秘密');
    expect(headersOf(td)).toEqual([
      '申请人情况',
      '法人或其他组织',
      '商业企业',
      '三、本年度办理结果',
      '（三）不予公开',
      '1.属于国家秘密',
    ]);
    // the figure is where those headers say: its row holds the label, its column is 商业企业's
    expect(td.parentElement!.textContent).toContain('1.属于国家秘密');
    expect(headersOf(figure(requests, '自然人', '一、本年新收政府信息公开申请数量'))).toEqual([
      '申请人情况',
      '自然人',
      '一、本年新收政府信息公开申请数量',
    ]);
  });

  it("associates a figure of table 二 with its group's caption, the column header of its group and its row label", () => {
    expect(headersOf(figure(active, '本年制发件数', '规章'))).toEqual(['第二十条第（一）项', '本年制发件数', '规章']);
    expect(headersOf(figure(appeals, '行政复议', '结果纠正'))).toEqual(['行政复议', '结果纠正']);
  });

  it('gives every figure headers, every header cell a scope and an id unique on the page', () => {
    const tds = [...page.querySelectorAll('td')];
    const figures = model.blocks.flatMap((b) =>
      b.kind === 'table' ? b.rows.flat().filter((c) => c.kind === 'number') : [],
    );
    expect(tds).toHaveLength(figures.length);
    for (const td of tds) expect(headersOf(td).length, td.outerHTML).toBeGreaterThanOrEqual(2);
    expect(tds.flatMap(headersOf).filter((t) => t.startsWith('missing'))).toEqual([]);
    const ths = [...page.querySelectorAll('th')];
    expect(ths.every((th) => ['col', 'colgroup', 'row', 'rowgroup'].includes(th.getAttribute('scope')!))).toBe(true);
    const ids = ths.map((th) => th.id);
    expect(new Set(ids).size).toBe(ths.length);
    expect([...page.querySelectorAll('table > caption')].map((c) => c.textContent)).toEqual([
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ]);
    expect(page.documentElement.getAttribute('lang')).toBe('zh-CN');
    // each table's scrolling box (on a phone) is a named region a keyboard can reach and scroll
    const boxes = [...page.querySelectorAll('table')].map((t) => t.parentElement!);
    expect(
      boxes.map((b) => [b.getAttribute('role'), b.getAttribute('tabindex'), b.getAttribute('aria-label')]),
    ).toEqual([...page.querySelectorAll('caption')].map((c) => ['region', '0', c.textContent]));
  });
});
