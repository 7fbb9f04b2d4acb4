// The PDF's structure tree (tagged PDF, for screen readers): each block of the DocumentModel becomes one
// structure element — title H1, section heading H2, （一） heading H3, paragraph P, table Table/TR/TH/TD —
// created the first time something of it is drawn, so the tree's order is the document's order. What is
// drawn again or only decorates (page numbers, the 草稿 mark, table rules, a table's header rows and group
// labels repeated on a new page) is an artifact, which a screen reader skips.
import type PDFDocument from 'pdfkit';
import type { DocCell, DocTable } from '../document/blocks';
import type { LineRole } from '../document/pages';
import { isCaptionRow, segmentRows } from '../document/tableLayout';

type Doc = InstanceType<typeof PDFDocument>;
type StructElement = ReturnType<Doc['struct']>;
/** pdfkit's typings leave out an element's dictionary, where the /A attributes go. */
const dictionaryOf = (element: StructElement) =>
  (element as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data;
export type StructTag = 'H1' | 'H2' | 'H3' | 'P';

/** A line's heading part (the whole title or section heading, a run-in （一） heading's start) and its text part. */
export const LINE_TAGS: Record<LineRole, { heading: StructTag; text: StructTag }> = {
  title: { heading: 'H1', text: 'H1' },
  heading1: { heading: 'H2', text: 'H2' },
  heading2: { heading: 'H3', text: 'P' },
  body: { heading: 'P', text: 'P' },
  closing: { heading: 'P', text: 'P' },
};

/** What a cell of a table is to a screen reader: TH for header and row-label cells, TD for figures. */
export const cellTag = (cell: DocCell) => (cell.kind === 'number' ? 'TD' : 'TH');

/**
 * A cell's table attributes (PDF 32000-1 14.8.5.7, owner /Table): its spans in the template's grid and, for a
 * header cell, whether it names a column (header cells, table 二's column headers in each group included) or
 * a row (row labels). A caption row across the grid (table 二's `第二十条第（一）项`) names the rows of its
 * group: no scope fits it, so it gets none.
 */
export function cellAttributes(table: DocTable, r: number, cell: DocCell, rowSpan: number): Record<string, unknown> {
  const scope =
    cell.kind === 'number' || isCaptionRow(table, r) ? undefined : cell.kind === 'header' ? 'Column' : 'Row';
  return {
    O: 'Table',
    ...(rowSpan > 1 ? { RowSpan: rowSpan } : {}),
    ...(cell.colSpan > 1 ? { ColSpan: cell.colSpan } : {}),
    ...(scope ? { Scope: scope } : {}),
  };
}

export class PdfTagger {
  private readonly root: StructElement;
  /** The element of each block part already opened: `block:tag`. */
  private readonly elements = new Map<string, StructElement>();
  private readonly tables = new Map<number, { element: StructElement; spans: number[][] }>();

  constructor(private readonly doc: Doc) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  /** Draws `draw` as marked content of block `block`'s element `tag` (one element per block and tag). */
  content(block: number, tag: StructTag, draw: () => void) {
    const key = `${block}:${tag}`;
    let element = this.elements.get(key);
    if (!element) {
      element = this.doc.struct(tag);
      this.root.add(element);
      this.elements.set(key, element);
    }
    this.mark(element, tag, draw);
  }

  /** Draws `draw` as an artifact: read by no screen reader. */
  artifact(draw: () => void) {
    this.doc.markContent('Artifact', { type: 'Pagination' });
    draw();
    this.doc.endMarkedContent();
  }

  /**
   * The structure of table row `r` (block `block`): one TR, with a TH or TD for each cell that starts in it
   * (a cell a vertical merge covers has none: the merge's first cell spans it). Returns, per cell of the row,
   * how to draw its text: as the cell's content, or as an artifact where the cell only repeats a merged label.
   */
  row(block: number, table: DocTable, r: number): ((draw: () => void) => void)[] {
    let t = this.tables.get(block);
    if (!t) {
      t = { element: this.doc.struct('Table'), spans: segmentRows(table.rows).map((row) => row.map((c) => c.rowSpan)) };
      this.root.add(t.element);
      this.tables.set(block, t);
    }
    const tr = this.doc.struct('TR');
    t.element.add(tr);
    const spans = t.spans[r];
    let started = 0;
    return table.rows[r].map((cell) => {
      if (cell.vMerge === 'continue') return (draw) => this.artifact(draw);
      const tag = cellTag(cell);
      const element = this.doc.struct(tag);
      // pdfkit's struct() writes no table attributes but a scope (its own table() does it this way too):
      // the /A dictionary is set on the element's dictionary before it is written.
      dictionaryOf(element).A = cellAttributes(table, r, cell, spans[started++]);
      tr.add(element);
      return (draw) => this.mark(element, tag, draw);
    });
  }

  private mark(element: StructElement, tag: string, draw: () => void) {
    const content = this.doc.markStructureContent(tag);
    draw();
    this.doc.endMarkedContent();
    element.add(content);
  }
}
