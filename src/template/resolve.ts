// Turns the declarative tables of a template into what the form, the checks and the exporters use:
// every cell with its address, accessible name and formula, and the table's grid with merged cells.
import { cellPath } from './paths';
import type {
  BlocksTable,
  ColumnDef,
  ColumnNode,
  GridTable,
  GroupsTable,
  RowDef,
  RowGroup,
  RowNode,
  TableDef,
  TableKey,
  Template,
  ValueKind,
} from './types';

export interface CellDef {
  path: string;
  table: TableKey;
  row: string;
  column: string;
  rowLabel: string;
  columnLabel: string;
  /** The accessible name: row label, then column label. */
  label: string;
  kind: ValueKind;
  /** Derived cells: the paths whose sum this cell is. Entered cells: null. */
  sumOf: string[] | null;
}

export interface LayoutCell {
  type: 'corner' | 'header' | 'caption' | 'label' | 'number';
  text: string;
  colSpan: number;
  rowSpan: number;
  /** Number cells only. */
  path?: string;
}

export interface TableLayout {
  columnCount: number;
  /** How many leading columns hold row labels (0 for table 四). */
  labelColumns: number;
  /** Header rows, repeated on every printed page and kept in view on screen. */
  head: LayoutCell[][];
  body: LayoutCell[][];
}

export interface ResolvedTable {
  key: TableKey;
  def: TableDef;
  cells: CellDef[];
  layout: TableLayout;
}

export interface ResolvedTemplate {
  template: Template;
  tables: ResolvedTable[];
  /** Every number cell of every table, in reading order. */
  cells: CellDef[];
  cellByPath: Map<string, CellDef>;
}

// ---- header rows from a tree of column groups ----

interface HeaderTree {
  label: string;
  children?: HeaderTree[];
}

function leafCount(node: HeaderTree): number {
  return node.children ? node.children.reduce((n, c) => n + leafCount(c), 0) : 1;
}

function treeDepth(nodes: HeaderTree[]): number {
  return Math.max(...nodes.map((n) => (n.children ? 1 + treeDepth(n.children) : 1)));
}

/** A leaf at depth d spans down to the last header row, as in the official tables. */
function headerRows(nodes: HeaderTree[]): LayoutCell[][] {
  const depth = treeDepth(nodes);
  const rows: LayoutCell[][] = Array.from({ length: depth }, () => []);
  const visit = (node: HeaderTree, d: number) => {
    if (node.children) {
      rows[d].push({ type: 'header', text: node.label, colSpan: leafCount(node), rowSpan: 1 });
      node.children.forEach((c) => visit(c, d + 1));
    } else {
      rows[d].push({ type: 'header', text: node.label, colSpan: 1, rowSpan: depth - d });
    }
  };
  nodes.forEach((n) => visit(n, 0));
  return rows;
}

const isGroup = (n: ColumnNode): n is Extract<ColumnNode, { children: ColumnNode[] }> => 'children' in n;
const leafColumns = (nodes: ColumnNode[]): ColumnDef[] =>
  nodes.flatMap((n) => (isGroup(n) ? leafColumns(n.children) : [n]));
const toTree = (n: ColumnNode): HeaderTree =>
  isGroup(n) ? { label: n.label, children: n.children.map(toTree) } : { label: n.label };

// ---- table 三: rows grouped under merged labels ----

interface FlatRow {
  key: string;
  def: RowDef;
  /** Enclosing groups, outermost first. */
  groups: RowGroup[];
}

const isRowGroup = (n: RowNode): n is RowGroup => 'rows' in n;

function flattenRows(nodes: RowNode[], groups: RowGroup[] = [], prefix = ''): FlatRow[] {
  return nodes.flatMap((n) => {
    if (isRowGroup(n)) return flattenRows(n.rows, [...groups, n], n.keyPrefix ? `${n.keyPrefix}.` : prefix);
    return [{ key: prefix + n.key, def: n, groups }];
  });
}

/** A numbered sub-item (1.属于国家秘密) is named together with its group: （三）不予公开 1.属于国家秘密. */
function rowAccessibleLabel(row: FlatRow): string {
  const parent = row.groups[row.groups.length - 1];
  return parent?.keyPrefix ? `${parent.label} ${row.def.label}` : row.def.label;
}

function resolveGrid(t: GridTable): ResolvedTable {
  const columns = leafColumns(t.columns);
  const entered = columns.filter((c) => !c.rowTotal);
  const rows = flattenRows(t.rows);
  const path = (row: string, col: string) => cellPath(t.key, row, col);

  const cells: CellDef[] = [];
  for (const r of rows) {
    const group = r.groups[r.groups.length - 1];
    const siblings = r.def.groupTotal ? rows.filter((o) => o !== r && o.groups.includes(group)) : [];
    for (const c of columns) {
      let sumOf: string[] | null = null;
      if (c.rowTotal) sumOf = entered.map((e) => path(r.key, e.key));
      else if (r.def.groupTotal) sumOf = siblings.map((s) => path(s.key, c.key));
      cells.push(makeCell(t.key, r.key, c, rowAccessibleLabel(r), sumOf));
    }
  }

  const head = headerRows(t.columns.map(toTree));
  head[0].unshift({ type: 'corner', text: t.corner, colSpan: t.labelColumns, rowSpan: head.length });

  const firstRowOf = new Map<RowGroup, FlatRow>();
  for (const r of rows) for (const g of r.groups) if (!firstRowOf.has(g)) firstRowOf.set(g, r);
  const body = rows.map((r) => {
    const line: LayoutCell[] = [];
    for (const g of r.groups) {
      if (firstRowOf.get(g) !== r) continue;
      const span = rows.filter((o) => o.groups.includes(g)).length;
      line.push({ type: 'label', text: g.label, colSpan: 1, rowSpan: span });
    }
    line.push({ type: 'label', text: r.def.label, colSpan: t.labelColumns - r.groups.length, rowSpan: 1 });
    for (const c of columns) line.push(numberCell(path(r.key, c.key)));
    return line;
  });

  return {
    key: t.key,
    def: t,
    cells,
    layout: { columnCount: t.labelColumns + columns.length, labelColumns: t.labelColumns, head, body },
  };
}

// ---- table 二: blocks ----

/** Each column's span in a block: even when the columns divide the width, else the last column takes the rest. */
function blockSpans(width: number, columns: number, caption: string): number[] {
  if (columns < 1 || columns > width) throw new Error(`block ${caption}: ${columns} columns do not fit ${width}`);
  if (width % columns === 0) return Array.from({ length: columns }, () => width / columns);
  return Array.from({ length: columns }, (_, i) => (i === columns - 1 ? width - columns + 1 : 1));
}

function resolveBlocks(t: BlocksTable): ResolvedTable {
  const cells: CellDef[] = [];
  const body: LayoutCell[][] = [];
  for (const block of t.blocks) {
    const spans = blockSpans(t.valueColumns, block.columns.length, block.caption);
    body.push([{ type: 'caption', text: block.caption, colSpan: 1 + t.valueColumns, rowSpan: 1 }]);
    body.push([
      { type: 'corner', text: t.corner, colSpan: 1, rowSpan: 1 },
      ...block.columns.map((c, i): LayoutCell => ({ type: 'header', text: c.label, colSpan: spans[i], rowSpan: 1 })),
    ]);
    for (const r of block.rows) {
      const line: LayoutCell[] = [{ type: 'label', text: r.label, colSpan: 1, rowSpan: 1 }];
      block.columns.forEach((c, i) => {
        cells.push(makeCell(t.key, r.key, c, r.label, null));
        line.push({ ...numberCell(cellPath(t.key, r.key, c.key)), colSpan: spans[i] });
      });
      body.push(line);
    }
  }
  return { key: t.key, def: t, cells, layout: { columnCount: 1 + t.valueColumns, labelColumns: 1, head: [], body } };
}

// ---- table 四: one row, each data row a column group ----

function resolveGroups(t: GroupsTable): ResolvedTable {
  const entered = t.columns.filter((c) => !c.rowTotal);
  const cells: CellDef[] = [];
  const line: LayoutCell[] = [];
  const tree: HeaderTree[] = t.groups.map((g) => {
    const colTree = t.columns.map((c) => ({ label: c.label }));
    const single = g.rows.length === 1 && g.rows[0].label === g.label;
    return { label: g.label, children: single ? colTree : g.rows.map((r) => ({ label: r.label, children: colTree })) };
  });
  for (const g of t.groups) {
    for (const r of g.rows) {
      for (const c of t.columns) {
        const sumOf = c.rowTotal ? entered.map((e) => cellPath(t.key, r.key, e.key)) : null;
        cells.push(makeCell(t.key, r.key, c, r.label, sumOf));
        line.push(numberCell(cellPath(t.key, r.key, c.key)));
      }
    }
  }
  return {
    key: t.key,
    def: t,
    cells,
    layout: { columnCount: line.length, labelColumns: 0, head: headerRows(tree), body: [line] },
  };
}

// ---- shared ----

function makeCell(table: TableKey, row: string, c: ColumnDef, rowLabel: string, sumOf: string[] | null): CellDef {
  return {
    path: cellPath(table, row, c.key),
    table,
    row,
    column: c.key,
    rowLabel,
    columnLabel: c.label,
    label: `${rowLabel} ${c.label}`,
    kind: c.kind ?? 'count',
    sumOf,
  };
}

function numberCell(path: string): LayoutCell {
  return { type: 'number', text: '', colSpan: 1, rowSpan: 1, path };
}

export function resolveTable(t: TableDef): ResolvedTable {
  switch (t.kind) {
    case 'grid':
      return resolveGrid(t);
    case 'blocks':
      return resolveBlocks(t);
    case 'groups':
      return resolveGroups(t);
  }
}

const cache = new WeakMap<Template, ResolvedTemplate>();

/** Resolved once per template: the template is immutable data. */
export function resolveTemplate(template: Template): ResolvedTemplate {
  const hit = cache.get(template);
  if (hit) return hit;
  const tables = template.sections.flatMap((s) => (s.kind === 'table' ? [resolveTable(s.table)] : []));
  const cells = tables.flatMap((t) => t.cells);
  const resolved: ResolvedTemplate = { template, tables, cells, cellByPath: new Map(cells.map((c) => [c.path, c])) };
  cache.set(template, resolved);
  return resolved;
}
