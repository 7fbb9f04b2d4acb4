// The one layout every output shares: the report as a list of blocks — title, headings, paragraphs,
// tables whose merges are resolved into explicit start/continue markers — in the order they print.
import { computeDerived } from '../checks/derive';
import { formatNumber } from '../report/number';
import type { Report, SectionBody } from '../report/schema';
import { subsectionNumbers } from '../report/sections';
import { resolveTemplate, type LayoutCell, type ResolvedTable } from '../template/resolve';
import { sectionTitle } from '../template/steps';
import type { NarrativeKey, Template } from '../template/types';
import { reportTitle, titleLines } from './title';
import { segmentRows } from './tableLayout';
import { TITLE_EMS } from './pageSetup';

export interface DocCell {
  text: string;
  colSpan: number;
  /** Number cells: the cell's address (for review marks). */
  path?: string;
  /** Vertical merge: `restart` opens a merged cell, `continue` is a place it covers in a later row. */
  vMerge?: 'restart' | 'continue';
  kind: 'header' | 'label' | 'number';
}

export interface DocTable {
  kind: 'table';
  key: string;
  /** `tables.<key>`: what a remark on the whole table points at. */
  target: string;
  /** The table's name for a screen reader: its section's title (the web page's caption, the DOCX's alternative text). */
  caption: string;
  /** Relative widths of the grid columns. */
  columnWidths: number[];
  /** How many leading rows are header rows (repeated on each new page). */
  headerRows: number;
  /** Every row covers the whole grid: spans and `continue` cells included. */
  rows: DocCell[][];
}

/**
 * `target`: what a remark on the block points at: `meta`, a section's heading `sections.problems`, its opening
 * text `sections.problems.opening`, a subsection `sections.overview.1` (its index in the report), `tables.active`.
 */
export type Block =
  /** `lines`: the title as it prints, broken once by titleLines (document/title.ts). */
  | { kind: 'title'; text: string; lines: string[]; target: string }
  | { kind: 'heading1'; text: string; target: string }
  /**
   * A level-2 heading, numbered （一）…: run in with the first paragraph of its text (`heading` ends with 。 or ：),
   * or, when `text` is '', on a line of its own (`heading` as the clerk wrote it, nothing added).
   */
  | { kind: 'heading2'; heading: string; text: string; target: string }
  | { kind: 'paragraph'; text: string; target: string }
  | DocTable
  | { kind: 'closing'; lines: string[]; target: string };

export interface DocumentModel {
  title: string;
  blocks: Block[];
}

const paragraphs = (text: string) =>
  text
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);

/** A heading run in with text ends with 。 or ：(the clerk's own punctuation is kept). */
function runInHeading(heading: string): string {
  const h = heading.trim();
  return /[。：:．.]$/.test(h) ? h.replace(/[:．.]$/, '：') : `${h}。`;
}

/** 2025-01-20 → 2025年1月20日 */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '';
}

/** Relative column widths: the label columns of each table are wider than its number columns. */
const LABEL_WIDTHS: Record<string, number[]> = {
  active: [1], // the official template's four equal columns
  requests: [1.2, 2.1, 4.2],
  appeals: [],
};

/** Expands a layout's rows (HTML-like spans) into full-width rows with explicit vertical-merge cells. */
export function expandMerges(rows: LayoutCell[][], columnCount: number, values: (path: string) => string): DocCell[][] {
  const out: DocCell[][] = rows.map(() => []);
  // For each grid column, the cell above that still covers rows below (remaining rows, colSpan).
  const covering: ({ left: number; colSpan: number } | null)[] = Array(columnCount).fill(null);
  rows.forEach((line, r) => {
    let col = 0;
    let i = 0;
    while (col < columnCount) {
      const cover = covering[col];
      if (cover && cover.left > 0) {
        out[r].push({ text: '', colSpan: cover.colSpan, vMerge: 'continue', kind: 'label' });
        cover.left--;
        col += cover.colSpan;
        continue;
      }
      const cell = line[i++];
      if (!cell) throw new Error(`row ${r} is short at column ${col}`);
      const text = cell.type === 'number' ? values(cell.path!) : cell.text;
      const kind = cell.type === 'number' ? 'number' : cell.type === 'label' ? 'label' : 'header';
      out[r].push({
        text,
        colSpan: cell.colSpan,
        kind,
        ...(cell.path ? { path: cell.path } : {}),
        ...(cell.rowSpan > 1 ? { vMerge: 'restart' as const } : {}),
      });
      covering[col] = cell.rowSpan > 1 ? { left: cell.rowSpan - 1, colSpan: cell.colSpan } : null;
      col += cell.colSpan;
    }
  });
  return out;
}

function tableBlock(table: ResolvedTable, caption: string, values: (path: string) => string): DocTable {
  const { layout } = table;
  const labels = LABEL_WIDTHS[table.key] ?? [];
  const numberColumns = layout.columnCount - layout.labelColumns;
  return {
    kind: 'table',
    key: table.key,
    target: `tables.${table.key}`,
    caption,
    columnWidths: [...labels.slice(0, layout.labelColumns), ...Array(numberColumns).fill(1)],
    headerRows: layout.head.length,
    rows: expandMerges([...layout.head, ...layout.body], layout.columnCount, values),
  };
}

/**
 * A narrative section below its heading1: the opening text's paragraphs (`sections.<key>.opening`), then each
 * subsection (`sections.<key>.<index>`, the index it has in the report). A headed subsection gives a heading2
 * numbered （一）（二）… among the headed ones: run in with its first paragraph (`。` added unless the clerk ended
 * the heading), or with `text: ''` when it stands on a line of its own; one without a heading gives paragraphs.
 */
function sectionBlocks(key: NarrativeKey, body: SectionBody): Block[] {
  const out: Block[] = paragraphs(body.opening).map((text) => ({
    kind: 'paragraph' as const,
    text,
    target: `sections.${key}.opening`,
  }));
  const numbers = subsectionNumbers(body.subsections);
  body.subsections.forEach((sub, i) => {
    const target = `sections.${key}.${i}`;
    const texts = paragraphs(sub.text);
    const number = numbers[i];
    if (number !== null) {
      const heading = `${number}${sub.heading.trim()}`;
      const runIn = !sub.headingOnOwnLine && texts.length > 0;
      out.push({
        kind: 'heading2',
        heading: runIn ? runInHeading(heading) : heading,
        text: runIn ? texts.shift()! : '',
        target,
      });
    }
    for (const text of texts) out.push({ kind: 'paragraph', text, target });
  });
  return out;
}

/** Lays the report out as the document to print. Pure: the same blocks feed the preview, DOCX and PDF. */
export function layoutDocument(template: Template, report: Report): DocumentModel {
  const resolved = resolveTemplate(template);
  const derived = computeDerived(resolved, report);
  const value = (path: string) => {
    const cell = resolved.cellByPath.get(path)!;
    const a = cell.sumOf ? (derived.get(path) ?? null) : (report.tables[cell.table]?.[cell.row]?.[cell.column] ?? null);
    return formatNumber(a);
  };
  const title = reportTitle(report);
  const blocks: Block[] = [{ kind: 'title', text: title, lines: titleLines(report, TITLE_EMS), target: 'meta' }];
  for (const p of paragraphs(report.sections.intro))
    blocks.push({ kind: 'paragraph', text: p, target: 'sections.intro' });

  for (const section of template.sections) {
    const target = section.kind === 'table' ? `tables.${section.key}` : `sections.${section.key}`;
    blocks.push({ kind: 'heading1', text: sectionTitle(section), target });
    if (section.kind === 'overview' || section.kind === 'narrative') {
      // a loop, not push(...): an imported section may hold hundreds of thousands of paragraphs (a spread that long overflows the stack)
      for (const block of sectionBlocks(section.key, report.sections[section.key])) blocks.push(block);
    } else {
      blocks.push(
        tableBlock(
          resolved.tables.find((t) => t.key === section.key)!,
          sectionTitle(section),
          value,
        ),
      );
    }
  }

  const closing = [report.meta.agency.trim(), chineseDate(report.meta.date)].filter(Boolean);
  if (report.meta.date && closing.length) blocks.push({ kind: 'closing', lines: closing, target: 'meta' });
  return { title, blocks };
}

/** For HTML (the preview): each cell with its row span; the cells a merge covers are left out. */
export const withRowSpans = (table: DocTable) => segmentRows(table.rows);
