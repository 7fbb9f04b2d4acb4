// Renders document blocks as a PDF with pdfkit, in the browser (a classic script loaded on export) or in
// Node (tests). Every line and row is drawn where the shared flow (document/pages.ts) places it, broken by
// the Chinese line-breaking rules (document/lineBreak.ts), so the PDF has exactly the pages and lines the
// preview shows. Three faces, each embedded as a subset of the glyphs used: the body serif, a 黑体-like face
// for level-1 headings and a 楷体-like face for （一） headings; a character a heading face lacks is drawn
// in the body face, glyph by glyph, and one the body subset lacks in the body face's rest (loaded only then).
import '../browser-floor/polyfills'; // before pdfkit: it calls replaceAll
import PDFDocument from 'pdfkit';
import brotliDecompress from 'brotli/decompress.js';
import type { DocCell, DocumentModel } from '../document/blocks';
import {
  cellLines,
  columnWidthsPt,
  flowDocument,
  TABLE_LINE_PT,
  type PlacedLine,
  type PlacedRow,
  type Placement,
} from '../document/pages';
import {
  CAPTION_SHADE,
  CELL_PADDING_TWIP,
  DRAFT_MARK,
  PAGE,
  PT_PER_MM,
  SIZES,
  TEXT_WIDTH_PT,
} from '../document/pageSetup';
import { cellAt, isCaptionRow, labelAlignment } from '../document/tableLayout';
import { XML_FORBIDDEN } from '../report/text';
import { documentText } from './fontCoverage';
import { LINE_TAGS, PdfTagger } from './pdfTags';

const A4: [number, number] = [PAGE.widthMm * PT_PER_MM, PAGE.heightMm * PT_PER_MM];
const LEFT = PAGE.leftMm * PT_PER_MM;
const TOP = PAGE.topMm * PT_PER_MM;
/** Where a glyph's top sits below the top of its line box, for a size, so text is centred in the box. */
const glyphTop = (boxHeight: number, size: number) => (boxHeight - size * 1.25) / 2;

/**
 * TrueType faces with the Chinese glyphs, each a subset (build/pdfFonts.ts): Noto Serif SC (body: GB 2312 and the
 * templates' wording; rest: its other GBK and CJK Unified Ideographs), Noto Sans SC and LXGW WenKai (headings).
 */
export interface PdfFonts {
  body: Uint8Array;
  heading: Uint8Array;
  kai: Uint8Array;
  rest?: Uint8Array;
}

export interface PdfOptions {
  draft: boolean;
  fonts: PdfFonts;
  /** Loads `rest` when the report has a character the body subset lacks (and `fonts.rest` is not given). */
  loadRest?: () => Promise<Uint8Array>;
}

/** A face as the bundle ships it (brotli) → its TrueType bytes; here because this script already holds the decoder. */
export const unpackFace = (packed: Uint8Array): Uint8Array => brotliDecompress(packed);

type Doc = InstanceType<typeof PDFDocument>;
type Face = keyof PdfFonts;
/** The faces registered with pdfkit, under their names. */
const FACES = ['body', 'heading', 'kai', 'rest'] as const;
/** Whether a face has a glyph for a code point: read from the face's cmap through pdfkit's fontkit font. */
type Coverage = Record<Face, (codePoint: number) => boolean>;

function coverageOf(doc: Doc, face: Face): (codePoint: number) => boolean {
  doc.font(face);
  // pdfkit publishes no cmap query: its fontkit face is read where 0.20.2 keeps it (pinned exactly in package.json;
  // libraryInternals.test.ts fails when an update moves it)
  const font = (doc as unknown as { _font: { font: { hasGlyphForCodePoint(cp: number): boolean } } })._font.font;
  return (cp) => font.hasGlyphForCodePoint(cp);
}

/** The face a character is drawn in: the one wanted if it has the glyph, else the body subset, else the body's rest. */
function faceFor(wanted: Face, codePoint: number, has: Coverage): Face {
  if (has[wanted](codePoint)) return wanted;
  if (wanted !== 'body' && has.body(codePoint)) return 'body';
  // a character no face has stays in the body face (an empty box; named in 检查与导出 before export)
  return has.rest(codePoint) ? 'rest' : 'body';
}

/** A line's text in runs of one face each: the heading part in its face, the rest in the body face. */
export function faceRuns(
  text: string,
  headingChars: number,
  headingFace: Face,
  has: Coverage,
): { text: string; face: Face }[] {
  const runs: { text: string; face: Face }[] = [];
  let at = 0;
  for (const ch of text) {
    const wanted = at < headingChars ? headingFace : 'body';
    at += ch.length;
    // per glyph: a character the heading face lacks falls back to the body face, one the body subset lacks to its rest
    const face = faceFor(wanted, ch.codePointAt(0)!, has);
    const last = runs[runs.length - 1];
    if (last?.face === face) last.text += ch;
    else runs.push({ text: ch, face });
  }
  return runs;
}

const HEADING_FACE: Record<PlacedLine['role'], Face> = {
  title: 'body',
  heading1: 'heading',
  heading2: 'kai',
  body: 'body',
  closing: 'body',
};

/** Draws a line; its heading part and its text part each as content of their structure element (pdfTags.ts). */
function drawLine(doc: Doc, p: PlacedLine, has: Coverage, tagger: PdfTagger) {
  const size = p.role === 'title' ? SIZES.title : SIZES.body;
  const top = TOP + p.y + glyphTop(p.height, size);
  const headingChars = p.role === 'heading1' || p.role === 'title' ? p.text.length : p.headingChars;
  // a run-in （一） heading is its own element (H3), the text after it on the line another (P)
  const parts = [
    {
      tag: LINE_TAGS[p.role].heading,
      runs: faceRuns(p.text.slice(0, headingChars), headingChars, HEADING_FACE[p.role], has),
    },
    { tag: LINE_TAGS[p.role].text, runs: faceRuns(p.text.slice(headingChars), 0, HEADING_FACE[p.role], has) },
  ].filter((part) => part.runs.length > 0);
  const runs = parts.flatMap((part) => part.runs);
  const widths = runs.map((r) => doc.font(r.face).fontSize(size).widthOfString(r.text));
  const natural = widths.reduce((a, b) => a + b, 0);
  const glyphs = [...p.text].length;
  const indent = p.indent * size;
  let x = LEFT + indent;
  let characterSpacing = 0;
  if (p.role === 'title') x = LEFT + (TEXT_WIDTH_PT - natural) / 2;
  else if (p.role === 'closing') x = LEFT + TEXT_WIDTH_PT - SIZES.body * 4 - natural;
  else if (!p.last && !p.ragged && glyphs > 1)
    characterSpacing = Math.max(0, (TEXT_WIDTH_PT - indent - natural) / (glyphs - 1));
  // The title is drawn a little heavier: the serif stands for 方正小标宋.
  doc.lineWidth(size * 0.025);
  let i = 0;
  for (const part of parts)
    tagger.content(p.block, part.tag, () => {
      for (const r of part.runs) {
        doc.font(r.face).fontSize(size);
        doc.text(r.text, x, top, { lineBreak: false, characterSpacing, stroke: p.role === 'title', fill: true });
        x += widths[i++] + characterSpacing * [...r.text].length;
      }
    });
}

/**
 * Draws a table row: each cell's left and top edges (no top edge inside a merge, except where a page
 * break cuts it), the table's right edge, and the text of cells that start here. The rules and shading are
 * artifacts; the text is the content of the row's TH/TD elements, or an artifact in a header row repeated on
 * a new page (the table stays one Table with one set of header cells).
 */
function drawRow(
  doc: Doc,
  p: PlacedRow,
  following: Placement[],
  continuesRowAbove: boolean,
  tagger: PdfTagger,
  has: Coverage,
) {
  const widths = columnWidthsPt(p.table);
  const top = TOP + p.y;
  const caption = isCaptionRow(p.table, p.row);
  const at = (col: number) => LEFT + widths.slice(0, col).reduce((a, b) => a + b, 0);
  const width = (col: number, span: number) => widths.slice(col, col + span).reduce((a, b) => a + b, 0);
  tagger.artifact(() => {
    if (caption) doc.rect(LEFT, top, TEXT_WIDTH_PT, p.height).fill(CAPTION_SHADE).fillColor('black');
    let col = 0;
    doc.lineWidth(0.5);
    for (const cell of p.cells) {
      const x = at(col);
      // left edge of every cell, top edge unless a merge continues from the row above on this page
      doc
        .moveTo(x, top)
        .lineTo(x, top + p.height)
        .stroke();
      const continuesHere = cell.vMerge === 'continue' && continuesRowAbove;
      if (!continuesHere)
        doc
          .moveTo(x, top)
          .lineTo(x + width(col, cell.colSpan), top)
          .stroke();
      col += cell.colSpan;
    }
    doc
      .moveTo(LEFT + TEXT_WIDTH_PT, top)
      .lineTo(LEFT + TEXT_WIDTH_PT, top + p.height)
      .stroke();
  });
  const tags = p.repeated
    ? p.cells.map(() => (draw: () => void) => tagger.artifact(draw))
    : tagger.row(p.block, p.table, p.row);
  let col = 0;
  p.cells.forEach((cell, k) => {
    const left = caption || (cell.kind === 'label' && labelAlignment(p.table) === 'left');
    if (cell.vMerge !== 'continue')
      tags[k](() =>
        drawCellText(doc, cell, at(col), width(col, cell.colSpan), top, mergedHeight(p, col, following), left, has),
      );
    col += cell.colSpan;
  });
}

/** The height a cell's text is centred in: its own row, and the rows right below that continue its merge on the same page. */
function mergedHeight(p: PlacedRow, column: number, following: Placement[]): number {
  let height = p.height;
  let row = p.row;
  for (const next of following) {
    if (next.kind !== 'row' || next.block !== p.block || next.page !== p.page || next.row !== ++row) break;
    const below = cellAt(next.cells, column);
    if (below?.cell.vMerge !== 'continue' || below.start !== column) break;
    height += next.height;
  }
  return height;
}

function drawCellText(
  doc: Doc,
  cell: DocCell,
  x: number,
  w: number,
  top: number,
  height: number,
  left: boolean,
  has: Coverage,
) {
  if (!cell.text) return;
  const lines = cellLines(cell, w);
  const pad = CELL_PADDING_TWIP.x / 20;
  const textTop = top + (height - lines.length * TABLE_LINE_PT) / 2;
  lines.forEach((line, i) => {
    const runs = faceRuns(line, 0, 'body', has);
    const widths = runs.map((r) => doc.font(r.face).fontSize(SIZES.table).widthOfString(r.text));
    let lx = left ? x + pad : x + (w - widths.reduce((a, b) => a + b, 0)) / 2;
    runs.forEach((r, k) => {
      doc
        .font(r.face)
        .fontSize(SIZES.table)
        .text(r.text, lx, textTop + i * TABLE_LINE_PT + glyphTop(TABLE_LINE_PT, SIZES.table), { lineBreak: false });
      lx += widths[k];
    });
  });
}

/** The page number and the 草稿 mark: artifacts, not read aloud. */
function drawPageFurniture(doc: Doc, page: number, draft: boolean, tagger: PdfTagger) {
  tagger.artifact(() => drawPageMarks(doc, page, draft));
}

function drawPageMarks(doc: Doc, page: number, draft: boolean) {
  const [width, height] = A4;
  doc.font('body').strokeColor('black').fillColor('black').fontSize(SIZES.pageNumber);
  const label = `— ${page} —`;
  const labelWidth = doc.widthOfString(label);
  const y = height - 20 * PT_PER_MM - SIZES.pageNumber;
  // outside edge: odd pages right, even pages left, one character in from the text block
  const x = page % 2 === 1 ? width - PAGE.rightMm * PT_PER_MM - SIZES.pageNumber - labelWidth : LEFT + SIZES.pageNumber;
  doc.text(label, x, y, { lineBreak: false });
  if (draft) {
    doc.fontSize(SIZES.draftMark).fillColor('#C00000');
    doc.text(DRAFT_MARK, width - PAGE.rightMm * PT_PER_MM - doc.widthOfString(DRAFT_MARK), 15 * PT_PER_MM, {
      lineBreak: false,
      stroke: true,
    });
    doc.fillColor('black');
  }
}

/** Text as XML 1.0 character data: markup characters escaped, characters XML cannot hold at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) dropped. */
export function xmlText(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** pdfkit's internal that writes the document information into the XMP packet (see xmpTextOnly). */
export const PDFKIT_XMP_INFO = '_addInfo';
type InfoWriter = { info: Record<string, unknown>; [PDFKIT_XMP_INFO]?: () => void };

/**
 * pdfkit 0.20 puts info.Title, Author, Subject, Keywords, Creator and Producer into the XMP packet as they
 * are (MetadataMixin._addInfo, run by doc.end() after it has written the Info dictionary), so a title with
 * `&` or `<` — from the agency's name — made the XMP not well-formed, or added elements to it. pdfkit has no
 * public way to write or escape the XMP: while that one internal runs, it sees the information escaped as
 * XML text; the Info dictionary (PDF strings, not XML) keeps the real text. If a pdfkit release renames or
 * moves the internal, or escapes by itself, src/export/pdfMetadata.test.ts fails.
 */
export function xmpTextOnly(doc: Doc) {
  const writer = doc as unknown as InfoWriter;
  const addInfo = writer[PDFKIT_XMP_INFO];
  if (typeof addInfo !== 'function') return;
  writer[PDFKIT_XMP_INFO] = function (this: InfoWriter) {
    const info = this.info;
    this.info = Object.fromEntries(
      Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? xmlText(value) : value]),
    );
    try {
      addInfo.call(this);
    } finally {
      this.info = info;
    }
  };
}

export async function renderPdfBytes(model: DocumentModel, options: PdfOptions): Promise<Uint8Array> {
  const flow = flowDocument(model.blocks);
  const doc = new PDFDocument({
    size: A4,
    margin: 0,
    autoFirstPage: false,
    lang: 'zh-CN',
    displayTitle: true,
    // a structure tree (pdfTags.ts): headings, paragraphs and tables for screen readers
    tagged: true,
    pdfVersion: '1.7', // tagged PDF (MarkInfo, Lang) is PDF 1.4 and later; pdfkit's default is 1.3
    info: { Title: model.title, Creator: '年报助手', Producer: '年报助手' },
    // No default font: pdfkit's browser build has no standard fonts (Helvetica) registered, and none is needed.
    font: null as unknown as string,
  });
  xmpTextOnly(doc);
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  const fonts = { ...options.fonts };
  for (const face of ['body', 'heading', 'kai'] as const) doc.registerFont(face, fonts[face]);
  // the body face's rest only for a report with a character the subset lacks: most reports never load it
  const hasBody = coverageOf(doc, 'body');
  if (
    !fonts.rest &&
    options.loadRest &&
    [...documentText(model)].some((ch) => !/\s/.test(ch) && !hasBody(ch.codePointAt(0)!))
  )
    fonts.rest = await options.loadRest();
  if (fonts.rest) doc.registerFont('rest', fonts.rest);
  const has = Object.fromEntries(
    FACES.map((face) => [face, face === 'rest' && !fonts.rest ? () => false : coverageOf(doc, face)]),
  ) as Coverage;
  const tagger = new PdfTagger(doc);

  let page = 0;
  flow.placements.forEach((p, i) => {
    while (page < p.page) {
      doc.addPage({ size: A4, margin: 0 });
      page++;
      drawPageFurniture(doc, page, options.draft, tagger);
    }
    if (p.kind === 'line') drawLine(doc, p, has, tagger);
    else {
      const sameSegment = (q: Placement | undefined) => q?.kind === 'row' && q.block === p.block && q.page === p.page;
      const above = flow.placements[i - 1];
      // a merge is cut where a page break (or a repeated header) comes between two of its rows
      const continuesRowAbove = sameSegment(above) && above.kind === 'row' && above.row === p.row - 1;
      drawRow(doc, p, flow.placements.slice(i + 1, i + 40), continuesRowAbove, tagger, has);
      const lastOnPage = !sameSegment(flow.placements[i + 1]);
      if (lastOnPage)
        tagger.artifact(() =>
          doc
            .moveTo(LEFT, TOP + p.y + p.height)
            .lineTo(LEFT + TEXT_WIDTH_PT, TOP + p.y + p.height)
            .stroke(),
        );
    }
  });
  while (page < flow.pages) {
    doc.addPage({ size: A4, margin: 0 });
    page++;
    drawPageFurniture(doc, page, options.draft, tagger);
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
