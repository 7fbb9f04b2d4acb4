// Which edition of the format a report follows, and moving a report from one edition to the other when its
// year says so. Pure. What maps 1:1 (表三 but for （六）其他处理, 表四) moves; 表三 （六）其他处理 is folded
// into one row or put under 3.其他, with a note for the cell; table 二, which does not map, is left out
// (the caller asks the clerk first and keeps the report as it was in 最近的报告).
import { editionForYear, isEdition, templateFor, template2021 } from '../template';
import { resolveTemplate } from '../template/resolve';
import type { Edition, Template } from '../template/types';
import { addComment } from './comments';
import { getCellValue, withCells } from './cells';
import { emptyReport } from './empty';
import { reportSchema, type CellValue, type Report } from './schema';

export const templateOf = (report: Pick<Report, 'template'>): Template => templateFor(report.template);

/** The template a stored report names; one that names none the app knows is read as 2021 (salvage says so). */
export function templateOfStored(data: unknown): Template {
  const edition = data !== null && typeof data === 'object' ? (data as { template?: unknown }).template : undefined;
  return isEdition(edition) ? templateFor(edition) : template2021;
}

/** A stored report read against its own edition, or null when it does not read whole. */
export function readStoredReport(data: unknown): Report | null {
  const parsed = reportSchema(templateOfStored(data)).safeParse(data);
  return parsed.success ? parsed.data : null;
}

export interface CellNote {
  path: string;
  message: string;
}

export interface EditionSwitch {
  report: Report;
  /** What was moved in a way worth telling, at the cell it was moved to. */
  notes: CellNote[];
  /** Entered figures of the old edition that have no place in the new one (table 二): left out. */
  dropped: number;
}

const OTHER_PARTS = ['noCorrection', 'unpaidFee', 'other'] as const;
const otherPart = (part: string, column: string) => `tables.requests.otherHandling.${part}.${column}`;
const otherRow = (column: string) => `tables.requests.otherHandling.${column}`;

const sum = (values: CellValue[]): CellValue =>
  values.every((v) => v === null) ? null : values.reduce<number>((n, v) => n + (v ?? 0), 0);

/** The report in the other edition: everything that maps 1:1 moves; see the file's comment for the rest. */
export function switchEdition(report: Report, to: Edition): EditionSwitch {
  if (report.template === to) return { report, notes: [], dropped: 0 };
  const fromCells = resolveTemplate(templateOf(report)).cells.filter((c) => !c.sumOf);
  const toResolved = resolveTemplate(templateFor(to));
  const blank = emptyReport(templateFor(to), report.meta.year);
  const values = new Map<string, CellValue>();
  const notes: CellNote[] = [];
  let dropped = 0;
  for (const cell of fromCells) {
    const value = getCellValue(report, cell.path);
    if (toResolved.cellByPath.get(cell.path)?.sumOf === null) values.set(cell.path, value);
    else if (value !== null && cell.table !== 'requests') dropped++;
  }
  const columns = toResolved.cells
    .filter((c) => c.path.startsWith('tables.requests.new.') && !c.sumOf)
    .map((c) => c.column);
  for (const column of columns) {
    if (to === '2019') {
      const parts = OTHER_PARTS.map((p) => getCellValue(report, otherPart(p, column)));
      const total = sum(parts);
      values.set(otherRow(column), total);
      if (parts.some((v) => v !== null && v !== 0))
        notes.push({
          path: otherRow(column),
          message: `由2021年版“（六）其他处理”三项相加：${parts.map((v) => v ?? '未填').join('+')}=${total}`,
        });
    } else {
      const value = getCellValue(report, otherRow(column));
      values.set(otherPart('other', column), value);
      if (value !== null && value !== 0)
        notes.push({
          path: otherPart('other', column),
          message: `2019年版“（六）其他处理”为一行（${value}），已填入“3.其他”；如属1.或2.，请移过去`,
        });
    }
  }
  const next = withCells({ ...blank, ...report, template: to, tables: blank.tables }, values);
  return { report: next, notes, dropped };
}

/** The notes of a switch as remarks at their cells (signed 年报助手), so they show where the figure is and travel in the draft. */
export function withCellNotes(report: Report, notes: readonly CellNote[], now: Date): Report {
  return notes.reduce((r, note, i) => {
    const added = addComment(
      r,
      { target: note.path, author: '年报助手', text: note.message },
      now,
      `edition-${now.getTime().toString(36)}-${i}`,
    );
    return added.ok ? added.report : r; // a full list of remarks: the figure moved all the same
  }, report);
}

/** How the format is named to the clerk: `2019年版格式（国办公开办函〔2019〕60号）`. */
export const editionName = (t: Template) => `${t.edition}年版格式（${t.notice}）`;

/** A new report year, and what it does to the report: the year picks the edition of the format. */
export interface YearChange {
  /** The report with the year, in the year's edition (figures moved in a way worth telling noted at their cells). */
  report: Report;
  /** As undo names it; a year of the same edition is typing in the field, and merges with its next keystrokes. */
  edit: { label: string; merge?: string };
  /**
   * Asked before the change, when it loses entered figures (table 二 of the other edition); null when nothing
   * is lost. What is asked is followed by where the report as it was is kept (the caller keeps it).
   */
  question: string | null;
  /** What the clerk is told once the tables switched; null when the edition stays. */
  told: string | null;
}

/** The report of another year: the same edition, or switched to the year's edition (see switchEdition). */
export function changeYear(current: Report, year: number, now: Date): YearChange {
  const dated = { ...current, meta: { ...current.meta, year } };
  const edition = editionForYear(year);
  if (edition === current.template)
    return { report: dated, edit: { label: '修改“报告年度”', merge: 'meta.year' }, question: null, told: null };
  const name = editionName(templateFor(edition));
  const { report, notes, dropped } = switchEdition(dated, edition);
  return {
    report: withCellNotes(report, notes, now),
    edit: { label: `改为${year}年度（切换格式）` },
    question:
      dropped > 0
        ? `${year}年度报告使用${name}，表格随之切换：表三、表四的数字保留；表二的栏目不同，已填的${dropped}个数字将清空。`
        : null,
    told:
      `已切换为${name}的表格。` +
      (dropped > 0 ? `表二的${dropped}个数字已清空（切换前的报告在“最近的报告”中）。` : '') +
      (notes.length > 0 ? `“（六）其他处理”的数字已按新格式移动，并在单元格处加了说明（${notes.length}处）。` : ''),
  };
}
