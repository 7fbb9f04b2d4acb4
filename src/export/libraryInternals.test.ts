// Two things the exporters read that their libraries do not publish, each pinned to the exact version in
// package.json (pdfkit 0.20.2, docx 9.15.2): these tests fail when an update moves them, before a clerk's export does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Paragraph, Table, TableCell, TableRow } from 'docx';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { BODY_FONT } from '../../build/pdfFonts';

const require = createRequire(import.meta.url);

describe('library internals the exporters rely on', () => {
  it('pdfkit: the current font’s fontkit face (doc._font.font), whose cmap tells which characters a face has (pdf.ts coverageOf)', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    doc.registerFont('body', readFileSync(require.resolve(BODY_FONT)));
    doc.font('body');
    const face = (doc as unknown as { _font?: { font?: { hasGlyphForCodePoint?: (cp: number) => boolean } } })._font
      ?.font;
    expect(typeof face?.hasGlyphForCodePoint).toBe('function');
    expect(face!.hasGlyphForCodePoint!('一'.codePointAt(0)!)).toBe(true);
    expect(face!.hasGlyphForCodePoint!(0xe000)).toBe(false);
  });

  it('docx: a Table’s first child is its w:tblPr, with a child list the alternative text is appended to (docx.ts withAltText)', () => {
    const table = new Table({
      rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('x')] })] })],
    });
    const root = (table as unknown as { root?: { root?: unknown[] }[] }).root;
    expect(Array.isArray(root?.[0]?.root)).toBe(true);
    // where the alternative text lands in the document is held by docx.test.ts (w:tblCaption last in w:tblPr)
  });

  it('both are pinned to the versions these internals were read in', () => {
    const version = (name: string) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
    const declared = JSON.parse(readFileSync('package.json', 'utf8')).dependencies;
    expect([version('docx'), declared.docx]).toEqual(['9.15.2', '9.15.2']);
    expect([version('pdfkit'), declared.pdfkit]).toEqual(['0.20.2', '0.20.2']);
  });
});
