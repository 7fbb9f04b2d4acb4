// The exported PDF is tagged: its structure tree, read back from the file, has the report's headings,
// paragraphs and tables, with merged header cells spanning as in the template, in document order.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfTestFonts } from '../../test/pdfFonts';
import { allNodes, countTypes, pdfinfoStruct, readStructTree, type StructNode } from '../../test/pdfStructTree';
import { readSeed, readSeedSections, YINDU } from '../../test/seed';
import { layoutDocument, type DocTable } from '../document/blocks';
import { flowDocument } from '../document/pages';
import type { Report } from '../report/schema';
import { template2021 } from '../template';
import { resolveTemplate } from '../template/resolve';
import { renderPdfBytes } from './pdf';

const fonts = await pdfTestFonts();
const seed = readSeed(YINDU);
const report: Report = {
  ...seed.report,
  meta: { agency: '殷都区人民政府办公室', year: 2024, date: '2025-01-20' },
  sections: readSeedSections(YINDU),
};
const model = layoutDocument(template2021, report);
// the draft: its 草稿 mark must be an artifact too
const bytes = await renderPdfBytes(model, { draft: true, fonts });
const path = join(mkdtempSync(join(tmpdir(), 'pdf-tags-')), 'report.pdf');
writeFileSync(path, bytes);

const tables = model.blocks.filter((b): b is DocTable => b.kind === 'table');
const startingCells = (kind: (k: string) => boolean) =>
  tables.flatMap((t) => t.rows.flat()).filter((c) => c.vMerge !== 'continue' && kind(c.kind)).length;
/** What each block of the model must be in the tree, in order: [type, text]; a table as ['Table', '']. */
function expectedBlocks(): [string, string][] {
  return model.blocks.flatMap((b): [string, string][] => {
    switch (b.kind) {
      case 'title':
        return [['H1', b.text]];
      case 'heading1':
        return [['H2', b.text]];
      case 'heading2':
        return b.text
          ? [
              ['H3', b.heading],
              ['P', b.text],
            ]
          : [['H3', b.heading]];
      case 'paragraph':
        return [['P', b.text]];
      case 'closing':
        return [['P', b.lines.join('')]];
      case 'table':
        return [['Table', '']];
    }
  });
}
/** The spans of a table's header rows in the template: `rowSpan×colSpan` per cell. */
const templateHeadSpans = (key: string) =>
  resolveTemplate(template2021)
    .tables.find((t) => t.key === key)!
    .layout.head.map((row) => row.map((c) => `${c.rowSpan}×${c.colSpan}`));
const spansOf = (tr: StructNode) => tr.children.map((c) => `${c.attributes.RowSpan ?? 1}×${c.attributes.ColSpan ?? 1}`);

describe('the tagged PDF of the Yindu seed', () => {
  const tree = readStructTree(bytes);

  it('declares itself tagged, in zh-CN, with its title shown in the viewer', () => {
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(text).toMatch(/\/Marked true/);
    expect(text).toMatch(/\/Lang \(zh-CN\)/);
    expect(text).toMatch(/\/DisplayDocTitle true/);
  });

  it('has one H1, an H2 per section, an H3 per （一） heading, P per paragraph, and Table/TR/TH/TD per table cell', () => {
    const counts = countTypes(tree);
    const expected = expectedBlocks();
    const count = (type: string) => expected.filter(([t]) => t === type).length;
    expect(counts).toEqual({
      StructTreeRoot: 1,
      Document: 1,
      H1: 1,
      H2: template2021.sections.length,
      H3: count('H3'),
      P: count('P'),
      Table: tables.length,
      // one TR per row of the template: a header row repeated on a new page is no second row
      TR: tables.reduce((n, t) => n + t.rows.length, 0),
      TH: startingCells((k) => k !== 'number'),
      TD: startingCells((k) => k === 'number'),
    });
    // the Yindu report's own numbers, so a model that lost blocks cannot pass with it
    expect([counts.H2, counts.H3, counts.Table]).toEqual([6, 5, 3]);
    // table 三 does run over a page: the case that must stay one Table
    const flow = flowDocument(model.blocks);
    const pagesOfTable = new Set(
      flow.placements.filter((p) => p.kind === 'row' && p.table.key === 'requests').map((p) => p.page),
    );
    expect(pagesOfTable.size).toBeGreaterThan(1);
    expect(flow.placements.some((p) => p.kind === 'row' && p.repeated)).toBe(true);
  });

  it("gives table 三's merged header cells the template's RowSpan and ColSpan, and TH a scope", () => {
    const table = tree.children[0].children.filter((n) => n.type === 'Table')[1];
    const head = templateHeadSpans('requests');
    expect(table.children.slice(0, head.length).map(spansOf)).toEqual(head);
    expect(head.flat()).toContain('1×7'); // 申请人情况 over seven columns
    expect(table.children[0].children[0].attributes).toEqual({
      O: '/Table',
      RowSpan: '3',
      ColSpan: '3',
      Scope: '/Column',
    });
    // a row label merged down its group: 三、本年度办理结果 over 22 rows
    expect(
      allNodes(table).some((n) => n.type === 'TH' && n.attributes.RowSpan === '22' && n.attributes.Scope === '/Row'),
    ).toBe(true);
    expect(
      allNodes(table)
        .filter((n) => n.type === 'TD')
        .every((n) => n.attributes.Scope === undefined),
    ).toBe(true);
  });

  it('reads, in pdfinfo -struct, as the document: every heading and paragraph in order, tables in place, no page number or 草稿', (ctx) => {
    const read = pdfinfoStruct(path);
    if (!read) return ctx.skip('poppler-utils (pdfinfo) is not installed');
    const document = read.children[0];
    expect(document.type).toBe('Document');
    // a space where a line breaks is not printed: texts compare without spaces
    const squeeze = ([type, text]: [string, string]) => [type, text.replace(/ /g, '')];
    expect(document.children.map((n) => squeeze([n.type, n.type === 'Table' ? '' : n.text]))).toEqual(
      expectedBlocks().map(squeeze),
    );
    const texts = allNodes(document).map((n) => n.text);
    expect(texts.some((t) => t.includes('草稿') || /— \d+ —/.test(t))).toBe(false);
    // table 三's header cells in reading order, each once, though the table's header repeats on page 3
    const table = document.children.filter((n) => n.type === 'Table')[1];
    const headerTexts = tables[1].rows
      .slice(0, tables[1].headerRows)
      .flat()
      .filter((c) => c.vMerge !== 'continue')
      .map((c) => c.text);
    expect(table.children.slice(0, tables[1].headerRows).flatMap((tr) => tr.children.map((c) => c.text))).toEqual(
      headerTexts,
    );
    expect(allNodes(table).filter((n) => n.text === headerTexts[1])).toHaveLength(1);
    // every figure is read, in order
    const figures = tables.flatMap((t) =>
      t.rows
        .flat()
        .filter((c) => c.kind === 'number')
        .map((c) => c.text),
    );
    expect(
      allNodes(document)
        .filter((n) => n.type === 'TD')
        .map((n) => n.text),
    ).toEqual(figures);
  });
});
