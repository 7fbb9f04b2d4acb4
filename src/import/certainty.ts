// An error is only ever one the published report has. A relation (a 总计, （七）总计, 一+二 = 三（七）+四, a 表四 group)
// over a figure the import could not read, or read with doubt (the reader then leaves the cell blank, with a note
// saying what it saw), cannot be judged: it is said as 未能识别 at its row, never as 勾稽不符; and a table whose only
// blanks are such figures is not 未填写. Used where a report read from a published file is checked: 识别 and
// 批量检查 alike.
import { enteredInputs } from '../checks/derive';
import type { Finding } from '../checks';
import { getCellValue } from '../report/cells';
import type { Report } from '../report/schema';
import type { ResolvedTemplate } from '../template/resolve';
import type { ImportNote } from './types';

/** The arithmetic findings, `balance:` of 表三's rule and `stated:` of a printed total. */
export const isArithmetic = (f: Pick<Finding, 'id'>) => f.id.startsWith('balance:') || f.id.startsWith('stated:');

/**
 * The findings that stand, and a note for each arithmetic finding over an unread figure. `unread` adds the cells
 * notes name as read with doubt to the blank ones.
 */
export function judgeOverUnread(
  resolved: ResolvedTemplate,
  report: Report,
  findings: Finding[],
  doubtful: ReadonlySet<string> = new Set(),
): { findings: Finding[]; notes: ImportNote[] } {
  const unread = (path: string) => doubtful.has(path) || getCellValue(report, path) === null;
  const kept: Finding[] = [];
  const notes: ImportNote[] = [];
  for (const f of findings) {
    // a table's blank cells that are all figures the import could not read: the notes name each row already, as
    // 未能识别 — the report did not leave them blank, so no 未填写 is said of it
    if (f.id.startsWith('unfilled:')) {
      const blank = resolved.cells.filter(
        (c) => c.table === f.step && !c.sumOf && getCellValue(report, c.path) === null,
      );
      if (blank.length > 0 && blank.every((c) => doubtful.has(c.path))) continue;
    }
    const missing = isArithmetic(f) ? f.cells.flatMap((c) => enteredInputs(resolved, c)).filter(unread) : [];
    if (missing.length === 0) kept.push(f);
    else {
      const cell = resolved.cellByPath.get(f.target);
      const where = cell
        ? f.id.startsWith('balance:')
          ? `${cell.columnLabel}列的“一+二=三（七）+四”`
          : cell.label
        : f.target;
      notes.push({
        kind: 'unread',
        path: f.target,
        cells: missing,
        message: `${where}：有${missing.length}个数未能识别，无法核对（${resolved.cellByPath.get(missing[0])?.label ?? missing[0]}${missing.length > 1 ? '等' : ''}）`,
      });
    }
  }
  return { findings: kept, notes };
}

/** The cells the notes name as unread or read with doubt. */
export const doubtfulCells = (notes: readonly ImportNote[]) =>
  new Set(notes.filter((n) => n.kind === 'unread').flatMap((n) => n.cells ?? []));
