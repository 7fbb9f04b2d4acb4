// The checks of a batch as sheets of plain cells (reports, findings, remarks, the county's sum): what the .xlsx
// holds, kept apart from the writer so that it is tested without it.
import type { BatchRow } from './batch';
import type { CountySum } from './county';
import { KEY_FIGURE_LABELS, type KeyFigures } from './figures';
import { describeTarget, threads } from '../report/comments';
import type { Comment } from '../report/schema';
import { templateOf } from '../report/edition';
import { templateFor, type Template } from '../template';
import { resolveTemplate, type LayoutCell, type ResolvedTable } from '../template/resolve';
import { sectionTitle } from '../template/steps';

export type SheetCell = string | number | null;

/** A merged range of the sheet: 1-based rows and columns, header rows included (as exceljs `mergeCells` takes them). */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  name: string;
  /** The column headings: the sheet's one header row, unless `headerRows` gives several. */
  header: string[];
  /** Several header rows (grouped headings above the column headings), written instead of `header`. */
  headerRows?: SheetCell[][];
  rows: SheetCell[][];
  merges?: Merge[];
  /** False for a sheet that is not one list (汇总 stacks three tables): no autofilter on its header then. */
  autoFilter?: boolean;
  /** 1-based sheet rows written in bold besides the header (the titles and headings of 汇总's tables). */
  boldRows?: number[];
}

const FIGURES = Object.keys(KEY_FIGURE_LABELS) as (keyof KeyFigures)[];

export const REPORT_COLUMNS = [
  '文件',
  '机关',
  '年度',
  '版式',
  '错误',
  '提醒',
  '未能识别',
  ...FIGURES.map((k) => KEY_FIGURE_LABELS[k]),
  '读取情况',
];

/** The review state of a report on the desk (`待审阅`, `已通过`…), by the row's id. */
export type StateOf = (id: string) => string;

/** One row per file; with `stateOf`, its review state as a last column 审阅状态. */
export function reportSheet(rows: readonly BatchRow[], stateOf?: StateOf): Sheet {
  return {
    name: '报告',
    header: stateOf ? [...REPORT_COLUMNS, '审阅状态'] : REPORT_COLUMNS,
    rows: rows.map((r) => [
      r.fileName,
      r.agency,
      r.year,
      r.edition,
      r.errors,
      r.warnings,
      r.unread,
      ...FIGURES.map((k) => r.figures?.[k] ?? null),
      r.item.ok ? '已读取' : r.item.reason,
      ...(stateOf ? [stateOf(r.id)] : []),
    ]),
  };
}

export function findingSheet(rows: readonly BatchRow[]): Sheet {
  return {
    name: '问题',
    header: ['文件', '机关', '年度', '类别', '级别', '位置', '说明'],
    rows: rows.flatMap((r) =>
      r.findings.map((f) => [
        r.fileName,
        r.agency,
        r.year,
        f.kind,
        f.severity === 'error' ? '错误' : '提醒',
        f.place ?? '',
        f.message,
      ]),
    ),
  };
}

// ---- 批注: the reviewer's remarks, one row per remark with its replies ----

export const REMARK_COLUMNS = ['文件', '机关', '年度', '位置', '批注', '回复', '状态'];

/** A remark or a reply as one line: who wrote it, then what. */
const said = (c: Comment) => (c.author ? `${c.author}：${c.text}` : c.text);

export function remarkSheet(rows: readonly BatchRow[], stateOf: StateOf): Sheet {
  return {
    name: '批注',
    header: REMARK_COLUMNS,
    rows: rows.flatMap((r) => {
      if (!r.item.ok) return [];
      const { report } = r.item;
      const template = templateOf(report);
      return threads(template, report.comments).map(({ comment, replies }) => [
        r.fileName,
        r.agency,
        r.year,
        describeTarget(template, report, comment.target),
        said(comment),
        replies.map(said).join('\n'),
        `${stateOf(r.id)}${comment.resolved ? '（已解决）' : ''}`,
      ]);
    }),
  };
}

// ---- 汇总: the county's sum, the three tables laid out as printed ----

/** A cell of a table's layout at its place in the grid (0-based), merged cells taken into account as in HTML. */
interface Placed {
  cell: LayoutCell;
  row: number;
  col: number;
}

function place(lines: readonly LayoutCell[][]): Placed[] {
  const occupied: boolean[][] = lines.map(() => []);
  const out: Placed[] = [];
  lines.forEach((line, r) => {
    let col = 0;
    for (const cell of line) {
      while (occupied[r][col]) col++;
      for (let dr = 0; dr < cell.rowSpan; dr++)
        for (let dc = 0; dc < cell.colSpan; dc++) (occupied[r + dr] ??= [])[col + dc] = true;
      out.push({ cell, row: r, col });
      col += cell.colSpan;
    }
  });
  return out;
}

/** The sheet being built: rows appended at the bottom, merges and bold rows in sheet coordinates. */
class SheetBuilder {
  rows: SheetCell[][] = [];
  merges: Merge[] = [];
  boldRows: number[] = [];
  /** Rows above the builder's first row (the frozen header). */
  constructor(private readonly above: number) {}

  line(text: string, bold = false) {
    this.rows.push([text]);
    if (bold) this.boldRows.push(this.above + this.rows.length);
  }

  /** A table's head and body, each cell at its place, each span merged; its headings in bold. */
  table(table: ResolvedTable, valueOf: (path: string) => number | null) {
    const lines = [...table.layout.head, ...table.layout.body];
    const first = this.rows.length;
    for (let i = 0; i < lines.length; i++) this.rows.push(Array.from({ length: table.layout.columnCount }, () => null));
    for (const { cell, row, col } of place(lines)) {
      this.rows[first + row][col] = cell.type === 'number' ? valueOf(cell.path!) : cell.text;
      const top = this.above + first + row + 1;
      if (cell.rowSpan > 1 || cell.colSpan > 1)
        this.merges.push({ top, left: col + 1, bottom: top + cell.rowSpan - 1, right: col + cell.colSpan });
    }
    // the head, and in table 二 each block's caption and column headings
    lines.forEach((line, i) => {
      if (i < table.layout.head.length || line[0].type === 'caption' || line[0].type === 'corner')
        this.boldRows.push(this.above + first + i + 1);
    });
  }
}

/** What a report left out of the sum is called: its agency and file. */
const leftOutLine = (r: CountySum['left'][number]) => `未计入：${r.agency || '未填机关'}（${r.fileName}）——${r.why}`;

/**
 * The sum as the sheet 汇总: a title frozen at the top, then each table under its title with the printed
 * header, row labels and merges of the edition, the summed figures, and at the end how many reports were
 * added and which were left out, each with the reason.
 */
export function countySheet(sum: CountySum, template: Template = templateFor(sum.edition)): Sheet {
  if (template.edition !== sum.edition)
    throw new Error(`countySheet: the sum is in the ${sum.edition} edition, not ${template.edition}`);
  const resolved = resolveTemplate(template);
  const title = `${sum.year}年度政府信息公开工作年度报告汇总（${sum.edition}年版式）`;
  const sheet = new SheetBuilder(1);
  for (const table of resolved.tables) {
    if (sheet.rows.length > 0) sheet.line('');
    sheet.line(sectionTitle(template.sections.find((s) => s.key === table.key)!), true);
    sheet.table(table, (path) => sum.values.get(path) ?? null);
  }
  sheet.line('');
  sheet.line(`汇总${sum.summed.length}份报告`, true);
  for (const r of sum.left) sheet.line(leftOutLine(r));
  return {
    name: '汇总',
    header: [title],
    rows: sheet.rows,
    merges: sheet.merges,
    // like every sheet: a filter from its frozen header over its rows (the lines found by their label)
    boldRows: sheet.boldRows,
  };
}
