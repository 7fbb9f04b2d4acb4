import { describe, expect, it } from 'vitest';
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
  it('holds the three tables with the template\'s merges: every row covers the grid', () => {
    const found = tables(html);
    expect(found).toHaveLength(3);
    resolved.tables.forEach((table, i) => {
      const rows = found[i];
      expect(rows).toHaveLength(table.layout.head.length + table.layout.body.length);
      expect(new Set(widths(rows))).toEqual(new Set([table.layout.columnCount]));
      // the same spans as the template, cell for cell
      const spans = [...table.layout.head, ...table.layout.body].map((line) => line.map((c) => `${c.colSpan}x${c.rowSpan}`));
      expect(rows.map((row) => row.map((c) => `${c.colSpan}x${c.rowSpan}`))).toEqual(spans);
    });
  });

  it('writes every figure, centred and bordered by inline styles, with header cells that name their scope', () => {
    const requests = tables(html)[1].flat();
    expect(requests.filter((c) => c.tag === 'td')).toHaveLength(resolved.tables[1].cells.length);
    expect(html).toMatch(/<td style="border:1px solid #000;[^"]*text-align:center;[^"]*">21<\/td>/);
    expect(html).toContain('<th colspan="3" scope="colgroup"');
    expect(html).toContain('<caption style="caption-side:top;text-align:left;padding:0;"><h2');
  });

  it('has no app classes, page markers or scripts, and escapes the clerk\'s text', () => {
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
    expect(page.match(/<div style="overflow-x:auto;/g)).toHaveLength(3);
    expect(page).toContain(html);
  });

  it('has a plain-text version for editors that take no HTML', () => {
    const text = renderPlainText(model);
    expect(text.split('\n')[0]).toBe('某某镇人民政府2024年政府信息公开工作年度报告');
    expect(text).toContain('\t21\t');
  });
});
