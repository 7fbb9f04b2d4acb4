import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderWithLibreOffice } from '../../../test/render';
import { computeDerived } from '../../checks';
import { layoutDocument } from '../../document/blocks';
import { renderDocxBuffer } from '../../export/docx';
import { renderPdfBytes } from '../../export/pdf';
import { getCellValue, withCells } from '../../report/cells';
import { emptyReport } from '../../report/empty';
import { formatNumber } from '../../report/number';
import type { Report } from '../../report/schema';
import { template2021 } from '../../template';
import { resolveTemplate } from '../../template/resolve';
import type { SourceDocument, SourceTable } from '../types';
import { isFigure, pdfToSource } from './layout';
import { readPdfPages, SCANNED_PDF, type PdfJs } from './read';
import { pdfTestFonts } from '../../../test/pdfFonts';
import { greyPng, pdfkit } from '../../../test/pdfFixtures';

const fonts = await pdfTestFonts();
const pdfjsModule = await import('pdfjs-dist/legacy/build/pdf.mjs');
const pdfjs = pdfjsModule as unknown as PdfJs;
const options = { paintImageOp: pdfjsModule.OPS.paintImageXObject };
const resolved = resolveTemplate(template2021);
const dir = mkdtempSync(join(tmpdir(), 'pdf-read-'));

/** Every entered cell a distinct non-zero figure (a figure in the wrong column cannot pass), 收费 with decimals. */
function distinctReport(): Report {
  const cells = resolved.cells.filter((c) => !c.sumOf);
  const values = new Map(cells.map((c, i) => [c.path, c.kind === 'amount' ? 12.75 : i + 1]));
  const r = withCells(emptyReport(template2021, 2024), values);
  return { ...r, meta: { agency: '示例县示例镇人民政府', year: 2024, date: '2025-01-20' } };
}

/** What each printed row of figures must read: the template's body rows, totals computed, in order. */
function expectedRows(report: Report): string[][] {
  const derived = computeDerived(resolved, report);
  const value = (path: string) =>
    formatNumber(resolved.cellByPath.get(path)!.sumOf ? derived.get(path) : getCellValue(report, path));
  return resolved.tables.flatMap((t) =>
    t.layout.body
      .map((row) => row.filter((c) => c.type === 'number').map((c) => value(c.path!)))
      .filter((r) => r.length > 0),
  );
}

/** The rows of figures the reader rebuilt, in order; gaps kept as ''. */
function figureRows(doc: SourceDocument): string[][] {
  return doc.blocks
    .filter((b): b is SourceTable => b.kind === 'table')
    .flatMap((t) => t.rows)
    .map((row) => {
      const first = row.findIndex((c) => isFigure(c.text));
      return first < 0 ? [] : row.slice(first).map((c) => c.text.replace(/,/g, ''));
    })
    .filter((r) => r.length > 0);
}
/** The label cell just before the figures of every row of table 三. */
function requestLabels(doc: SourceDocument): string[] {
  return doc.blocks
    .filter((b): b is SourceTable => b.kind === 'table')
    .flatMap((t) => t.rows)
    .filter((row) => row.filter((c) => isFigure(c.text)).length === 7)
    .map((row) => row[row.findIndex((c) => isFigure(c.text)) - 1]?.text ?? '');
}
const requestRowLabels = [...new Set(resolved.tables[1].cells.map((c) => c.rowLabel))];

async function read(bytes: Uint8Array) {
  return pdfToSource(await readPdfPages(pdfjs, bytes, options));
}

describe('reading a PDF exported by the app', async () => {
  const report = distinctReport();
  const bytes = await renderPdfBytes(layoutDocument(template2021, report), { draft: true, fonts });
  const doc = await read(bytes);

  it('gives back every figure of every table, in its row and column', () => {
    const rows = figureRows(doc);
    expect(rows).toEqual(expectedRows(report));
    expect(rows).toHaveLength(6 + 25 + 1);
    // the check can fail: one figure changed is seen
    expect(rows).not.toEqual(expectedRows(withCells(report, new Map([['tables.requests.granted.natural', 999]]))));
  });

  it('gives each row of table 三 its own label, wrapped and merged labels rebuilt', () => {
    const labels = requestLabels(doc);
    expect(labels).toHaveLength(25);
    labels.forEach((label, i) =>
      expect(requestRowLabels[i].endsWith(label), `${label} / ${requestRowLabels[i]}`).toBe(true),
    );
    const rows = doc.blocks
      .filter((b): b is SourceTable => b.kind === 'table')
      .flatMap((t) => t.rows.map((r) => r.map((c) => c.text)));
    expect(rows.some((r) => r.includes('三、本年度办理结果'))).toBe(true);
    expect(rows.some((r) => r.includes('（三）不予公开'))).toBe(true);
  });

  it('keeps the text as paragraphs: the title, the headings, the signature', () => {
    const text = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
    expect(text).toContain('三、收到和处理政府信息公开申请情况');
    expect(text).toContain('示例县示例镇人民政府');
    expect(text).not.toMatch(/^草稿$/m); // the draft mark is page furniture
  });

  it('does not change the caller’s bytes (pdf.js takes over the buffer it is given)', () => {
    expect(bytes.length).toBeGreaterThan(1000);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  });
});

describe('reading a PDF made by LibreOffice from the app’s DOCX', async () => {
  const report = distinctReport();
  const docx = join(dir, 'report.docx');
  writeFileSync(docx, await renderDocxBuffer(layoutDocument(template2021, report), { draft: false }));
  const pdf = renderWithLibreOffice(docx).pdf;
  const doc = await read(new Uint8Array(readFileSync(pdf)));

  it('gives back the same figures at other positions', () => {
    expect(figureRows(doc)).toEqual(expectedRows(report));
  });
  it('and the same row labels of table 三', () => {
    requestLabels(doc).forEach((label, i) =>
      expect(requestRowLabels[i].endsWith(label), `${label} / ${requestRowLabels[i]}`).toBe(true),
    );
  });
}, 180_000);

describe('a PDF that cannot be read says why', () => {
  it('a scan (pictures, no text layer)', async () => {
    const scan = new Uint8Array(
      await pdfkit((d) => {
        d.image(greyPng(), 0, 0, { width: 500 });
        d.addPage().image(greyPng(), 0, 0, { width: 500 });
      }),
    );
    await expect(readPdfPages(pdfjs, scan, options)).rejects.toThrow(SCANNED_PDF);
  });
  it('a password-protected PDF', async () => {
    const locked = new Uint8Array(await pdfkit((d) => d.text('secret'), { userPassword: 'x', ownerPassword: 'y' }));
    await expect(readPdfPages(pdfjs, locked, options)).rejects.toThrow('PDF设有打开密码，无法读取：请提供未加密的文件');
  });
  it('a damaged PDF, a file that is not a PDF, an empty file', async () => {
    const good = await renderPdfBytes(layoutDocument(template2021, distinctReport()), { draft: false, fonts });
    await expect(readPdfPages(pdfjs, good.slice(0, good.length / 2), options)).rejects.toThrow(
      'PDF文件已损坏或不是PDF，无法读取',
    );
    await expect(readPdfPages(pdfjs, new TextEncoder().encode('hello, not a pdf'), options)).rejects.toThrow(
      'PDF文件已损坏或不是PDF，无法读取',
    );
    await expect(readPdfPages(pdfjs, new Uint8Array(0), options)).rejects.toThrow('文件是空的（0字节）');
  });
});

describe('through the one matcher, as every source', async () => {
  const { matchReport } = await import('../match');
  const report = distinctReport();

  it('a PDF exported by the app gives back the same report: every figure, agency, year', async () => {
    const bytes = await renderPdfBytes(layoutDocument(template2021, report), { draft: false, fonts });
    const got = matchReport(await read(bytes), 2025);
    expect(got.report.tables).toEqual(report.tables);
    expect(got.report.meta).toMatchObject({ agency: report.meta.agency, year: 2024 });
    expect(got.notes.filter((n) => n.kind === 'unread' || n.kind === 'printedTotal')).toEqual([]);
  });

  it('so does the PDF LibreOffice makes of the app’s DOCX', async () => {
    const docx = join(dir, 'matched.docx');
    writeFileSync(docx, await renderDocxBuffer(layoutDocument(template2021, report), { draft: false }));
    const got = matchReport(await read(new Uint8Array(readFileSync(renderWithLibreOffice(docx).pdf))), 2025);
    expect(got.report.tables).toEqual(report.tables);
    expect(got.report.meta).toMatchObject({ agency: report.meta.agency, year: 2024 });
  }, 180_000);
});
