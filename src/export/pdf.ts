// Renders document blocks as a PDF with pdfkit, in the browser (loaded with import() on export) or in
// Node (tests). Every line and row is drawn where the shared flow (document/pages.ts) places it, so the
// PDF has exactly the pages the preview announces. The font is embedded as a subset of the glyphs used.
import PDFDocument from 'pdfkit';
import type { DocCell, DocTable, DocumentModel } from '../document/blocks';
import {
  cellLines,
  columnWidthsPt,
  flowDocument,
  TABLE_LINE_PT,
  type PlacedLine,
  type PlacedRow,
  type Placement,
} from '../document/pages';
import { CELL_PADDING_TWIP, DRAFT_MARK, PAGE, PT_PER_MM, SIZES, TEXT_WIDTH_PT } from '../document/pageSetup';

const A4: [number, number] = [PAGE.widthMm * PT_PER_MM, PAGE.heightMm * PT_PER_MM];
const LEFT = PAGE.leftMm * PT_PER_MM;
const TOP = PAGE.topMm * PT_PER_MM;
const FONT = 'body';
/** Where a glyph's top sits below the top of its line box, for a size, so text is centred in the box. */
const glyphTop = (boxHeight: number, size: number) => (boxHeight - size * 1.25) / 2;

export interface PdfOptions {
  draft: boolean;
  /** An OpenType/TrueType font with the Chinese glyphs (Noto Serif SC). */
  font: Uint8Array;
}

type Doc = InstanceType<typeof PDFDocument>;

function drawLine(doc: Doc, p: PlacedLine) {
  const size = p.role === 'title' ? SIZES.title : SIZES.body;
  const top = TOP + p.y + glyphTop(p.height, size);
  doc.fontSize(size);
  const indent = p.indent * size;
  const natural = doc.widthOfString(p.text);
  let x = LEFT + indent;
  let characterSpacing = 0;
  if (p.role === 'title') x = LEFT + (TEXT_WIDTH_PT - natural) / 2;
  else if (p.role === 'closing') x = LEFT + TEXT_WIDTH_PT - SIZES.body * 4 - natural;
  else if (!p.last && p.text.length > 1) characterSpacing = Math.max(0, (TEXT_WIDTH_PT - indent - natural) / (p.text.length - 1));
  // Headings are drawn a little heavier: the one embedded font stands for 小标宋 / 黑体 as well.
  const heavy = p.role === 'title' || p.role === 'heading1';
  doc.lineWidth(size * 0.025);
  doc.text(p.text, x, top, { lineBreak: false, characterSpacing, stroke: heavy, fill: true });
}

/** The cell that covers a grid column in a row. */
function cellAt(row: DocCell[], column: number): { cell: DocCell; start: number } | null {
  let col = 0;
  for (const cell of row) {
    if (column >= col && column < col + cell.colSpan) return { cell, start: col };
    col += cell.colSpan;
  }
  return null;
}

/**
 * Draws a table row: each cell's left and top edges (no top edge inside a merge, except where a page
 * break cuts it), the table's right edge, and the text of cells that start here.
 */
function drawRow(doc: Doc, p: PlacedRow, following: Placement[], continuesRowAbove: boolean) {
  const table: DocTable = p.table;
  const widths = columnWidthsPt(table);
  const top = TOP + p.y;
  let col = 0;
  doc.lineWidth(0.5);
  for (const cell of table.rows[p.row]) {
    const x = LEFT + widths.slice(0, col).reduce((a, b) => a + b, 0);
    const w = widths.slice(col, col + cell.colSpan).reduce((a, b) => a + b, 0);
    // left edge of every cell, top edge unless a merge continues from the row above on this page
    doc.moveTo(x, top).lineTo(x, top + p.height).stroke();
    const continuesHere = cell.vMerge === 'continue' && continuesRowAbove;
    if (!continuesHere) doc.moveTo(x, top).lineTo(x + w, top).stroke();
    if (cell.vMerge !== 'continue') drawCellText(doc, cell, x, w, top, mergedHeight(p, col, following));
    col += cell.colSpan;
  }
  doc.moveTo(LEFT + TEXT_WIDTH_PT, top).lineTo(LEFT + TEXT_WIDTH_PT, top + p.height).stroke();
}

/** The height a cell's text is centred in: its own row, and the rows right below that continue its merge on the same page. */
function mergedHeight(p: PlacedRow, column: number, following: Placement[]): number {
  let height = p.height;
  let row = p.row;
  for (const next of following) {
    if (next.kind !== 'row' || next.block !== p.block || next.page !== p.page || next.row !== ++row) break;
    const below = cellAt(next.table.rows[next.row], column);
    if (below?.cell.vMerge !== 'continue' || below.start !== column) break;
    height += next.height;
  }
  return height;
}

function drawCellText(doc: Doc, cell: DocCell, x: number, w: number, top: number, height: number) {
  if (!cell.text) return;
  const lines = cellLines(cell, w);
  doc.fontSize(SIZES.table);
  const pad = CELL_PADDING_TWIP.x / 20;
  const textTop = top + (height - lines.length * TABLE_LINE_PT) / 2;
  lines.forEach((line, i) => {
    const lineWidth = doc.widthOfString(line);
    const lx = cell.kind === 'label' ? x + pad : x + (w - lineWidth) / 2;
    doc.text(line, lx, textTop + i * TABLE_LINE_PT + glyphTop(TABLE_LINE_PT, SIZES.table), { lineBreak: false });
  });
}

function drawPageFurniture(doc: Doc, page: number, draft: boolean) {
  const [width, height] = A4;
  doc.font(FONT).strokeColor('black').fillColor('black').fontSize(SIZES.pageNumber);
  const label = `— ${page} —`;
  const labelWidth = doc.widthOfString(label);
  const y = height - 20 * PT_PER_MM - SIZES.pageNumber;
  // outside edge: odd pages right, even pages left, one character in from the text block
  const x = page % 2 === 1 ? width - PAGE.rightMm * PT_PER_MM - SIZES.pageNumber - labelWidth : LEFT + SIZES.pageNumber;
  doc.text(label, x, y, { lineBreak: false });
  if (draft) {
    doc.fontSize(SIZES.draftMark).fillColor('#C00000');
    doc.text(DRAFT_MARK, width - PAGE.rightMm * PT_PER_MM - doc.widthOfString(DRAFT_MARK), 15 * PT_PER_MM, { lineBreak: false, stroke: true });
    doc.fillColor('black');
  }
}

export async function renderPdfBytes(model: DocumentModel, options: PdfOptions): Promise<Uint8Array> {
  const flow = flowDocument(model.blocks);
  const doc = new PDFDocument({
    size: A4,
    margin: 0,
    autoFirstPage: false,
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: model.title, Creator: '年报助手', Producer: '年报助手' },
    // No default font: pdfkit's browser build has no standard fonts (Helvetica) registered, and none is needed.
    font: null as unknown as string,
  });
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  doc.registerFont(FONT, options.font);

  let page = 0;
  flow.placements.forEach((p, i) => {
    while (page < p.page) {
      doc.addPage({ size: A4, margin: 0 });
      page++;
      drawPageFurniture(doc, page, options.draft);
    }
    if (p.kind === 'line') drawLine(doc, p);
    else {
      const sameSegment = (q: Placement | undefined) => q?.kind === 'row' && q.block === p.block && q.page === p.page;
      const above = flow.placements[i - 1];
      // a merge is cut where a page break (or a repeated header) comes between two of its rows
      const continuesRowAbove = sameSegment(above) && above.kind === 'row' && above.row === p.row - 1;
      drawRow(doc, p, flow.placements.slice(i + 1, i + 40), continuesRowAbove);
      const lastOnPage = !sameSegment(flow.placements[i + 1]);
      if (lastOnPage) doc.moveTo(LEFT, TOP + p.y + p.height).lineTo(LEFT + TEXT_WIDTH_PT, TOP + p.y + p.height).stroke();
    }
  });
  while (page < flow.pages) {
    doc.addPage({ size: A4, margin: 0 });
    page++;
    drawPageFurniture(doc, page, options.draft);
  }
  doc.end();
  await done;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
