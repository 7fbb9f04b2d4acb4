// The vocabulary in which an edition of the official format is written down.
// Everything the app shows, checks or exports about the format is derived from a `Template`.

export type TableKey = 'active' | 'requests' | 'appeals';

/**
 * `count`: a non-negative integer; `amount`: 万元, non-negative, at most 4 decimals;
 * `signed`: an integer that may be negative (the 2019 edition's 本年增/减, a change in the number of items).
 */
export type ValueKind = 'count' | 'amount' | 'signed';

/** An edition of the official format, named by the year of its notice. */
export type Edition = '2019' | '2021';

export interface ColumnDef {
  key: string;
  label: string;
  kind?: ValueKind;
  /** Derived: the sum of the row's other columns (every 总计 column). */
  rowTotal?: true;
}

/** A header cell spanning the columns below it. */
export interface ColumnGroup {
  label: string;
  children: ColumnNode[];
}
export type ColumnNode = ColumnDef | ColumnGroup;

export interface RowDef {
  key: string;
  label: string;
  /** Derived: the sum of every other row of its group, per column (（七）总计). */
  groupTotal?: true;
}

/** Rows whose first label cell is merged down over them. */
export interface RowGroup {
  label: string;
  /** When set, the rows' keys are `${keyPrefix}.${row.key}` and their accessible name starts with the group's label. */
  keyPrefix?: string;
  rows: RowNode[];
}
export type RowNode = RowDef | RowGroup;

/** `new + carriedOver = resultTotal + carriedForward`, in every entered column. */
export interface BalanceRule {
  left: string[];
  right: string[];
  leftName: string;
  rightName: string;
}

/** Table 三: rows × columns, label columns merged by row groups, a multi-row header. */
export interface GridTable {
  kind: 'grid';
  key: TableKey;
  corner: string;
  labelColumns: number;
  columns: ColumnNode[];
  rows: RowNode[];
  balance: BalanceRule;
}

/** Table 二: blocks, each with a full-width caption row, its own header row and rows. */
export interface BlocksTable {
  kind: 'blocks';
  key: TableKey;
  corner: string;
  /**
   * Width, in value columns, of every block. A block with fewer columns spans them: evenly when its columns
   * divide the width, otherwise its last column takes the rest (the 2019 edition's two-column blocks).
   */
  valueColumns: number;
  blocks: { caption: string; columns: ColumnDef[]; rows: RowDef[] }[];
}

/** Table 四: a single row of numbers; each data row is a column group in the header. */
export interface GroupsTable {
  kind: 'groups';
  key: TableKey;
  columns: ColumnDef[];
  groups: { label: string; rows: RowDef[] }[];
}

export type TableDef = GridTable | BlocksTable | GroupsTable;

export type NarrativeKey = 'overview' | 'problems' | 'other';
export type SectionKey = NarrativeKey | TableKey;

interface SectionBase {
  /** 一 … 六 */
  number: string;
  heading: string;
  /** What the official format expects here, shown beside the editor. */
  guide: string;
}
export interface OverviewSection extends SectionBase {
  kind: 'overview';
  key: 'overview';
  subsections: string[];
  introGuide: string;
}
export interface NarrativeSection extends SectionBase {
  kind: 'narrative';
  key: 'problems' | 'other';
}
export interface TableSection extends SectionBase {
  kind: 'table';
  key: TableKey;
  table: TableDef;
}
export type SectionDef = OverviewSection | NarrativeSection | TableSection;

/** Words a narrative check looks for; kept with the format because the format asks for them. */
export interface NarrativeExpectations {
  governmentAgency: { agencyPattern: RegExp; section: NarrativeKey; words: string[] };
  /** Absent where the format does not ask for it (the 2019 edition predates the 信息处理费 rules). */
  feeReport?: { section: NarrativeKey; words: string[] };
}

export interface Template {
  edition: Edition;
  /** The notice that issued the format. */
  notice: string;
  firstYear: number;
  sections: SectionDef[];
  expectations: NarrativeExpectations;
}
