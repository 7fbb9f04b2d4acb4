// The app while it is open: the report, its check results kept up to date edit by edit, and the wizard's
// step. Framework-free. Two kinds of listeners: `subscribe` hears every change (for the few views that show
// the whole report), `subscribeCells` hears which cells changed (value, total, findings or remarks), so that
// a table wakes only the cells an edit touched.
import { createChecker, type Checked, type Checker } from '../checks/incremental';
import type { ExtraCheck } from '../checks/types';
import type { Finding } from '../checks';
import { withCells } from '../report/cells';
import type { CellValue, Comment, Report } from '../report/schema';
import type { StepKey } from '../template/steps';
import { templateFor } from '../template';
import { resolveTemplate, type ResolvedTemplate } from '../template/resolve';
import type { Edition } from '../template/types';
import { createHistory, type Edit } from './history';

export type { Edit } from './history';

export interface AppState {
  report: Report;
  /** The report's edition of the format, resolved: what the form, the checks and the exports follow. */
  resolved: ResolvedTemplate;
  step: StepKey;
  checks: Checked;
  /** Findings by the cells they mark. */
  findingsByCell: ReadonlyMap<string, Finding[]>;
  /** Open reviewers' remarks (not replies, not resolved) by their target. */
  remarks: ReadonlyMap<string, number>;
}

export type CellListener = (paths: ReadonlySet<string>) => void;

export interface ReportStore {
  getState(): AppState;
  subscribe(listener: () => void): () => void;
  subscribeCells(listener: CellListener): () => void;
  /**
   * Each change of the report is a step of undo, named by `edit` (a vague name when the caller gives none).
   * `typedIn`: the cell the clerk is typing in, which already shows its new value: it is told only when its
   * findings changed, so that a keystroke does not draw it again for nothing.
   */
  setCells(changes: ReadonlyMap<string, CellValue>, edit?: Edit, typedIn?: string): void;
  update(change: (report: Report) => Report, edit?: Edit): void;
  setStep(step: StepKey): void;
  replace(report: Report, step: StepKey, edit?: Edit): void;
  /** Back to the report before the last change (and to the step it was made at); false when there is none. */
  undo(): boolean;
  redo(): boolean;
  /** What 撤销 and 重做 would do now (labels), null when nothing: a new object only when they change. */
  getUndoState(): UndoState;
  /** Checks loaded after the first screen (the prose's): the report is checked again with them, not an edit. */
  addChecks(extra: readonly ExtraCheck[]): void;
}

export interface UndoState {
  undo: string | null;
  redo: string | null;
}

const SOME_EDIT: Edit = { label: '修改' };

function countRemarks(comments: readonly Comment[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of comments) if (!c.replyTo && !c.resolved) out.set(c.target, (out.get(c.target) ?? 0) + 1);
  return out;
}

/** Targets whose count of open remarks differs. */
function changedRemarks(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, into: Set<string>): void {
  for (const [k, v] of a) if (b.get(k) !== v) into.add(k);
  for (const k of b.keys()) if (!a.has(k)) into.add(k);
}

export function createReportStore(initial: { report: Report; step: StepKey }, currentYear: number): ReportStore {
  // one checker per edition, made when a report of that edition first comes
  const checkers = new Map<Edition, Checker>();
  let extraChecks: readonly ExtraCheck[] = [];
  const checkerFor = (report: Report) => {
    let checker = checkers.get(report.template);
    if (!checker)
      checkers.set(report.template, (checker = createChecker(templateFor(report.template), currentYear, extraChecks)));
    return checker;
  };
  const checks = checkerFor(initial.report).full(initial.report);
  let state: AppState = {
    report: initial.report,
    resolved: resolveTemplate(templateFor(initial.report.template)),
    step: initial.step,
    checks,
    findingsByCell: checks.findingsByCell,
    remarks: countRemarks(initial.report.comments),
  };
  const history = createHistory();
  let undoState: UndoState = { undo: null, redo: null };
  const listeners = new Set<() => void>();
  const cellListeners = new Set<CellListener>();

  const commit = (next: AppState, cells: ReadonlySet<string>) => {
    state = next;
    const undo = history.nextUndo();
    const redo = history.nextRedo();
    if (undo !== undoState.undo || redo !== undoState.redo) undoState = { undo, redo };
    if (cells.size) cellListeners.forEach((l) => l(cells));
    listeners.forEach((l) => l());
  };

  /** The new state after the report changed; `cells` collects what the tables must draw again. */
  const withReport = (report: Report, checked: Checked, cells: Set<string>): AppState => {
    let remarks = state.remarks;
    if (report.comments !== state.report.comments) {
      remarks = countRemarks(report.comments);
      changedRemarks(state.remarks, remarks, cells);
    }
    const resolved =
      report.template === state.report.template ? state.resolved : resolveTemplate(templateFor(report.template));
    return { ...state, report, resolved, checks: checked, findingsByCell: checked.findingsByCell, remarks };
  };

  /** Any change but of cells: a report of another edition is checked afresh by its own checker. */
  const checkChanged = (report: Report) => {
    if (report.template === state.report.template) return checkerFor(report).reportChanged(state.checks, report);
    const checked = checkerFor(report).full(report);
    const changedCells = new Set(
      [...state.resolved.cells, ...resolveTemplate(templateFor(report.template)).cells].map((c) => c.path),
    );
    return { checked, changedCells, findingsChanged: true };
  };

  /** Goes to a report of the history: the checks follow it like any other change, the cells it touched are told. */
  const travel = (entry: { report: Report; step: StepKey } | null): boolean => {
    if (!entry) return false;
    const { checked, changedCells } = checkChanged(entry.report);
    commit({ ...withReport(entry.report, checked, changedCells), step: entry.step }, changedCells);
    return true;
  };

  return {
    getState: () => state,
    getUndoState: () => undoState,
    undo: () => travel(history.undo(state.report)),
    redo: () => travel(history.redo(state.report)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribeCells(listener) {
      cellListeners.add(listener);
      return () => cellListeners.delete(listener);
    },
    setCells(changes, edit = SOME_EDIT, typedIn) {
      const report = withCells(state.report, changes);
      if (report === state.report) return;
      history.record(state.report, state.step, edit);
      const { checked, changedCells } = checkerFor(report).cellsChanged(state.checks, report, changes.keys());
      for (const p of changes.keys()) if (p !== typedIn) changedCells.add(p);
      commit(withReport(report, checked, changedCells), changedCells);
    },
    update(change, edit = SOME_EDIT) {
      const report = change(state.report);
      if (report === state.report) return;
      history.record(state.report, state.step, edit);
      const { checked, changedCells } = checkChanged(report);
      commit(withReport(report, checked, changedCells), changedCells);
    },
    addChecks(extra) {
      extraChecks = [...extraChecks, ...extra];
      checkers.clear();
      const checked = checkerFor(state.report).full(state.report);
      const cells = new Set(state.resolved.cells.map((c) => c.path));
      commit(withReport(state.report, checked, cells), cells);
    },
    setStep(step) {
      if (step === state.step) return;
      commit({ ...state, step }, new Set());
    },
    replace(report, step, edit = SOME_EDIT) {
      if (report !== state.report) history.record(state.report, state.step, edit);
      const { checked, changedCells } = checkChanged(report);
      commit({ ...withReport(report, checked, changedCells), step }, changedCells);
    },
  };
}
