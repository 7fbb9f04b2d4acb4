// Renders document blocks as a DOCX, in the browser (a classic script loaded on the first export, so that the
// `docx` library is not part of the first screen) or in Node (tests). Merges are written explicitly (restart /
// continue: docx's rowSpan has known bugs exactly where the official tables merge — in the first column, side by
// side, with a column span), and every width is absolute, on the grid and on each cell: WPS and LibreOffice size
// columns from `w:gridCol`, Word from `w:tblW`.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  StringValueElement,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IRunOptions,
  type XmlComponent,
} from 'docx';
import type { Block, DocCell, DocTable, DocumentModel } from '../document/blocks';
import { cellLines, columnWidthsPt, flowDocument, HEADING_TABLE_GAP_PT } from '../document/pages';
import {
  BODY_LINE_PT,
  CAPTION_SHADE,
  CELL_PADDING_TWIP,
  DRAFT_MARK,
  FONTS,
  PAGE,
  SIZES,
  TEXT_WIDTH_MM,
  twip,
} from '../document/pageSetup';
import { captionGroups, cellAt, isCaptionRow, labelAlignment, printedCells } from '../document/tableLayout';

const halfPoints = (pt: number) => Math.round(pt * 2);
const font = (eastAsia: string) => ({ eastAsia, ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin });
const run = (text: string, eastAsia: string, sizePt: number, extra: Partial<IRunOptions> = {}) =>
  new TextRun({ text, font: font(eastAsia), size: halfPoints(sizePt), ...extra });

const bodyLine = { line: Math.round(BODY_LINE_PT * 20), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
/** Two characters of the body size. */
const firstLineIndent = { firstLine: SIZES.body * 2 * 20, firstLineChars: 200 };

/** A heading right above a table keeps a body line's distance from it (document/pages.ts). */
const aboveTable = (next: Block | undefined) =>
  next?.kind === 'table' ? { after: Math.round(HEADING_TABLE_GAP_PT * 20) } : {};

function paragraphOf(block: Exclude<Block, DocTable>, next: Block | undefined): Paragraph[] {
  switch (block.kind) {
    case 'title':
      return [
        // the lines titleLines chose, each ended by a line break: Word does not re-break the title
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { line: Math.round(SIZES.title * 1.5 * 20), lineRule: LineRuleType.EXACT },
          children: block.lines.map((line, i) => run(line, FONTS.title, SIZES.title, i > 0 ? { break: 1 } : {})),
        }),
        new Paragraph({ spacing: bodyLine, children: [] }),
      ];
    case 'heading1':
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          spacing: { ...bodyLine, ...aboveTable(next) },
          indent: firstLineIndent,
          keepNext: true,
          children: [run(block.text, FONTS.heading1, SIZES.heading)],
        }),
      ];
    case 'heading2':
      // on a line of its own (no text) it stays with what follows, as a level-1 heading does. Run in with its
      // text, the whole paragraph is the outline entry: Word's way to end a heading mid-line (a hidden paragraph
      // mark, w:specVanish) prints as two paragraphs in LibreOffice and WPS, which would break the page flow.
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          alignment: AlignmentType.JUSTIFIED,
          spacing: block.text ? bodyLine : { ...bodyLine, ...aboveTable(next) },
          indent: firstLineIndent,
          keepNext: !block.text,
          children: [
            run(block.heading, FONTS.heading2, SIZES.heading),
            ...(block.text ? [run(block.text, FONTS.body, SIZES.body)] : []),
          ],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: bodyLine,
          indent: firstLineIndent,
          children: [run(block.text, FONTS.body, SIZES.body)],
        }),
      ];
    case 'closing':
      return [
        new Paragraph({ spacing: bodyLine, children: [] }),
        ...block.lines.map(
          (line) =>
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              spacing: bodyLine,
              indent: { right: SIZES.body * 4 * 20 },
              children: [run(line, FONTS.body, SIZES.body)],
            }),
        ),
      ];
  }
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' }; // 0.5 pt
/** The caption rows' shade, as Word writes a colour (hex digits without `#`). */
const CAPTION_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: CAPTION_SHADE.slice(1) };

/**
 * A table's alternative text (w:tblCaption, w:tblDescription: what a screen reader announces for the table). The
 * docx library has no option for it: the two elements are appended to the table's w:tblPr, last, where the
 * schema puts them (after w:tblLook; no w:tblPrChange is written).
 */
function withAltText(table: Table, block: DocTable): Table {
  // the table's first child is its w:tblPr in docx 9.15.2 (pinned exactly; libraryInternals.test.ts holds it)
  const properties = (table as unknown as { root: XmlComponent[] }).root[0] as unknown as { root: XmlComponent[] };
  const columns = block.rows[0].reduce((n, c) => n + c.colSpan, 0);
  const description = `${block.caption}：${block.rows.length}行${columns}列${block.headerRows ? `，前${block.headerRows}行为表头` : ''}`;
  properties.root.push(
    new StringValueElement('w:tblCaption', block.caption),
    new StringValueElement('w:tblDescription', description),
  );
  return table;
}

/**
 * `rowsOnNewPage`: the rows that start a new page in the shared flow. There a merged group label is
 * written again (the merge ends above and opens anew), so the rows that continue keep their group — Word
 * and WPS print a merged cell's text only once, on the page where it starts.
 */
function tableOf(block: DocTable, rowsOnNewPage: ReadonlySet<number>): Table {
  const labelsLeft = labelAlignment(block) === 'left';
  // a caption group's rows stay on one page: every row but its last keeps with the next
  const keepWithNext = new Set(
    captionGroups(block).flatMap((g) => Array.from({ length: g.end - g.start - 1 }, (_, k) => g.start + k)),
  );
  for (const r of labelStartRows(block, rowsOnNewPage)) keepWithNext.add(r);
  const total = block.columnWidths.reduce((a, b) => a + b, 0);
  const textWidth = twip(TEXT_WIDTH_MM);
  const widths = block.columnWidths.map((w) => Math.floor((w / total) * textWidth));
  widths[widths.length - 1] += textWidth - widths.reduce((a, b) => a + b, 0);
  const table = new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: block.rows.map((row, r) => {
      let col = 0;
      const caption = isCaptionRow(block, r);
      const cells: DocCell[] = rowsOnNewPage.has(r) ? printedCells(block, r) : row;
      return new TableRow({
        tableHeader: r < block.headerRows,
        cantSplit: true,
        children: cells.map((cell) => {
          const width = widths.slice(col, col + cell.colSpan).reduce((a, b) => a + b, 0);
          col += cell.colSpan;
          return new TableCell({
            width: { size: width, type: WidthType.DXA },
            columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
            verticalMerge:
              cell.vMerge === 'restart'
                ? VerticalMergeType.RESTART
                : cell.vMerge === 'continue'
                  ? VerticalMergeType.CONTINUE
                  : undefined,
            verticalAlign: VerticalAlignTable.CENTER,
            ...(caption ? { shading: CAPTION_SHADING } : {}),
            margins: {
              left: CELL_PADDING_TWIP.x,
              right: CELL_PADDING_TWIP.x,
              top: CELL_PADDING_TWIP.y,
              bottom: CELL_PADDING_TWIP.y,
            },
            children: [
              new Paragraph({
                alignment: (cell.kind === 'label' && labelsLeft) || caption ? AlignmentType.LEFT : AlignmentType.CENTER,
                spacing: { before: 0, after: 0 },
                keepNext: keepWithNext.has(r),
                children: cell.text ? [run(cell.text, FONTS.table, SIZES.table)] : [],
              }),
            ],
          });
        }),
      });
    }),
  });
  return withAltText(table, block);
}

/**
 * The rows that keep with the next so that a merged label always has rows enough for its lines on the page where it
 * is printed: from each row where a label starts (and where it is written again on a new page), one row more than
 * it has lines. Word, WPS and LibreOffice lay the pages out with their own metrics and may break a row earlier than
 * the app's flow; without this, LibreOffice then cuts a label between its lines across the page
 * (`三、本年度办理结` / `果`).
 */
function labelStartRows(block: DocTable, rowsOnNewPage: ReadonlySet<number>): number[] {
  const widths = columnWidthsPt(block);
  const keep: number[] = [];
  for (let r = block.headerRows; r < block.rows.length; r++)
    for (const { cell, start } of printedCellsAt(block, r, rowsOnNewPage)) {
      if (cell.vMerge !== 'restart' || !cell.text) continue;
      let end = r + 1;
      while (end < block.rows.length && cellAt(block.rows[end], start)?.cell.vMerge === 'continue') end++;
      const width = widths.slice(start, start + cell.colSpan).reduce((a, b) => a + b, 0);
      const lines = cellLines(cell, width).length;
      for (let k = r; k < Math.min(r + lines, end - 1); k++) keep.push(k);
    }
  return keep;
}

/** The cells of a row as printed (a label written again where the row opens a page), each with its column. */
function printedCellsAt(block: DocTable, r: number, rowsOnNewPage: ReadonlySet<number>) {
  const cells = rowsOnNewPage.has(r) ? printedCells(block, r) : block.rows[r];
  let col = 0;
  return cells.map((cell) => {
    const start = col;
    col += cell.colSpan;
    return { cell, start };
  });
}

function pageNumberFooter(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) {
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        indent: alignment === AlignmentType.RIGHT ? { right: 280 } : { left: 280 },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: font(FONTS.pageNumber),
            size: halfPoints(SIZES.pageNumber),
          }),
        ],
      }),
    ],
  });
}

function draftHeader() {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [run(DRAFT_MARK, FONTS.heading1, SIZES.draftMark, { color: 'C00000', bold: true })],
      }),
    ],
  });
}

export interface DocxOptions {
  /** Every page carries a visible 草稿 mark in its header. */
  draft: boolean;
}

export function buildDocx(model: DocumentModel, options: DocxOptions): Document {
  // An empty body line after each table, of the fixed body height (the preview's page count relies on it).
  const { placements } = flowDocument(model.blocks);
  const rowsOnNewPage = (block: number) =>
    new Set(
      placements
        .filter((p, i) => p.kind === 'row' && p.block === block && !p.repeated && placements[i - 1]?.page !== p.page)
        .map((p) => (p as { row: number }).row),
    );
  const children = model.blocks.flatMap((b, i) =>
    b.kind === 'table'
      ? [tableOf(b, rowsOnNewPage(i)), new Paragraph({ spacing: bodyLine, children: [] })]
      : paragraphOf(b, model.blocks[i + 1]),
  );
  const header = options.draft ? draftHeader() : undefined;
  return new Document({
    title: model.title,
    creator: '年报助手',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        // East Asian text is Simplified Chinese (spelling, screen readers' voice); Latin text keeps Word's default
        document: { run: { font: font(FONTS.body), size: halfPoints(SIZES.body), language: { eastAsia: 'zh-CN' } } },
        // Headings with an outline level, for Word's 导航窗格 and screen readers. Each heading's runs and
        // paragraph carry their own look; the styles only replace docx's blue defaults with the same faces.
        heading1: {
          run: { font: font(FONTS.heading1), size: halfPoints(SIZES.heading) },
          paragraph: { outlineLevel: 0 },
        },
        heading2: {
          run: { font: font(FONTS.heading2), size: halfPoints(SIZES.heading) },
          paragraph: { outlineLevel: 1 },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twip(PAGE.widthMm), height: twip(PAGE.heightMm) },
            margin: {
              top: twip(PAGE.topMm),
              bottom: twip(PAGE.bottomMm),
              left: twip(PAGE.leftMm),
              right: twip(PAGE.rightMm),
              header: twip(15),
              footer: twip(20),
            },
          },
        },
        headers: header ? { default: header, even: draftHeader() } : undefined,
        // Page numbers on the outside edge: odd pages right, even pages left.
        footers: { default: pageNumberFooter(AlignmentType.RIGHT), even: pageNumberFooter(AlignmentType.LEFT) },
        children,
      },
    ],
  });
}

/** The DOCX file of a laid-out report. */
export async function renderDocx(model: DocumentModel, options: DocxOptions): Promise<Blob> {
  return Packer.toBlob(buildDocx(model, options));
}

/** In Node (tests): the same file as bytes. */
export async function renderDocxBuffer(model: DocumentModel, options: DocxOptions): Promise<Uint8Array> {
  return Packer.toBuffer(buildDocx(model, options));
}
