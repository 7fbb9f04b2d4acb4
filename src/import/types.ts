// The intermediate form every reader of an existing report produces (docx, html, text, pdf), and the
// matcher's answer. One form for all sources, so that one matcher, driven by the template, reads them all.

/** One cell of a table as the source shows it: text as seen, and how far it spans. */
export interface SourceCell {
  text: string;
  /** Columns covered (HTML `colspan`, DOCX `gridSpan`); 1 when absent. */
  colSpan: number;
  /** Rows covered (HTML `rowspan`, DOCX `vMerge` restart + continues); 1 when absent. */
  rowSpan: number;
}

/** A table as the source has it: rows of cells, merged cells given once (at their first row and column). */
export interface SourceTable {
  kind: 'table';
  rows: SourceCell[][];
}

/** A line or paragraph of running text, in reading order. */
export interface SourceParagraph {
  kind: 'paragraph';
  text: string;
}

export type SourceBlock = SourceParagraph | SourceTable;

/** What a reader saw, in reading order. Text sources (plain text, PDF without table structure) give only paragraphs. */
export interface SourceDocument {
  /** The kind of source: shown to the user and used in notes. */
  source: 'docx' | 'html' | 'text' | 'pdf' | 'paste';
  blocks: SourceBlock[];
}

/**
 * Something the import wants the user to know: a value it could not read, a figure it converted or moved,
 * a printed total that disagrees with its parts. `path` names the report place when there is one
 * (`tables.requests.new.total`, `meta.year`, `sections.problems`).
 */
export interface ImportNote {
  kind: 'unread' | 'assumed' | 'converted' | 'moved' | 'printedTotal' | 'structure';
  path?: string;
  /**
   * Every entered cell the note is about. For an `unread` note, the cells left unread or in doubt: a relation over
   * any of them (a 总计, the balance of 表三) cannot be judged, and is said as 未能识别, never as 勾稽不符.
   */
  cells?: string[];
  /** One sentence in Chinese, with the text seen where it helps (`表三 （三）不予公开 行：看到“-”，按0读入`). */
  message: string;
  /** A `printedTotal` note: the figure the report printed at `path` (the app computes another from the parts). */
  printed?: number;
}

/** A reader that could not read at all says why in one Chinese sentence (a damaged or locked file, not a report…). */
export class ImportError extends Error {
  /** The library's own words (English), kept for support and never shown as the sentence. */
  readonly detail?: string;
  constructor(message: string, detail?: string) {
    super(message);
    this.detail = detail;
  }
}
