// Undo/redo for the whole report. The report is immutable with structural sharing, so a step is the report
// object as it was before the change, plus a label saying what the change was: no copy, no serialisation.
// Framework-free; the store records a step for every change of the report.
import type { Report } from '../report/schema';
import type { StepKey } from '../template/steps';

/** What a change of the report is, as the 撤销 / 重做 buttons name it. */
export interface Edit {
  /** Said after 撤销： / 重做：, e.g. 粘贴12个数值. */
  label: string;
  /**
   * Changes with the same key that follow each other make one step: the keystrokes of one cell while it has the
   * focus, or of one text field. Undo and redo end the run, so the next change is a step of its own.
   */
  merge?: string;
}

export interface HistoryEntry {
  /** The report on the other side of the change: before it (in `past`), after it (in `future`). */
  report: Report;
  /** The wizard's step when the change was made: undoing it shows that step. */
  step: StepKey;
  label: string;
  merge?: string;
}

/** At least the 200 steps asked for; entries share the report's structure, so a step costs a few objects. */
export const HISTORY_LIMIT = 500;

export interface History {
  /** Records that the report `before` (shown at `step`) was changed by `edit`. */
  record(before: Report, step: StepKey, edit: Edit): void;
  /** The entry to go back to, given the current report (which becomes the redo entry), or null. */
  undo(current: Report): HistoryEntry | null;
  redo(current: Report): HistoryEntry | null;
  /** Labels of the next undo and redo, null when there is none. */
  nextUndo(): string | null;
  nextRedo(): string | null;
  size(): { past: number; future: number };
}

export function createHistory(limit = HISTORY_LIMIT): History {
  const past: HistoryEntry[] = [];
  let future: HistoryEntry[] = [];
  /** False after an undo or redo: the next change never merges into the step before it. */
  let open = false;

  const move = (from: HistoryEntry[], to: HistoryEntry[], current: Report): HistoryEntry | null => {
    const entry = from.pop();
    if (!entry) return null;
    to.push({ report: current, step: entry.step, label: entry.label });
    open = false;
    return entry;
  };

  return {
    record(before, step, edit) {
      future = [];
      const top = past[past.length - 1];
      // the typing run goes on: the step keeps the report from before its first keystroke
      if (open && top && edit.merge !== undefined && top.merge === edit.merge) return;
      past.push({ report: before, step, label: edit.label, merge: edit.merge });
      if (past.length > limit) past.shift();
      open = true;
    },
    undo: (current) => move(past, future, current),
    redo: (current) => move(future, past, current),
    nextUndo: () => (past.length ? past[past.length - 1].label : null),
    nextRedo: () => (future.length ? future[future.length - 1].label : null),
    size: () => ({ past: past.length, future: future.length }),
  };
}
