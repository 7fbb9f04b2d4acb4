// The report while the app is open: one immutable value, its check results, and the wizard's step.
// Framework-free: React components subscribe to the small slices they show (see ui/useStore.ts).
import { runChecks, type CheckResult, type Finding } from '../checks';
import type { StepKey } from '../template/steps';
import type { Template } from '../template/types';
import { withCells } from './cells';
import type { CellValue, Report } from './schema';

export interface AppState {
  report: Report;
  step: StepKey;
  checks: CheckResult;
  /** Findings by the cells they mark. */
  findingsByCell: ReadonlyMap<string, Finding[]>;
}

export interface ReportStore {
  getState(): AppState;
  subscribe(listener: () => void): () => void;
  setCells(changes: ReadonlyMap<string, CellValue>): void;
  update(change: (report: Report) => Report): void;
  setStep(step: StepKey): void;
  replace(report: Report, step: StepKey): void;
}

function indexByCell(findings: Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) for (const c of f.cells) map.set(c, [...(map.get(c) ?? []), f]);
  return map;
}

export function createReportStore(
  template: Template,
  initial: { report: Report; step: StepKey },
  currentYear: number,
): ReportStore {
  const build = (report: Report, step: StepKey): AppState => {
    const checks = runChecks(template, report, currentYear);
    return { report, step, checks, findingsByCell: indexByCell(checks.findings) };
  };
  let state = build(initial.report, initial.step);
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  const setReport = (report: Report) => {
    if (report === state.report) return;
    state = build(report, state.step);
    emit();
  };
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setCells: (changes) => setReport(withCells(state.report, changes)),
    update: (change) => setReport(change(state.report)),
    setStep(step) {
      if (step === state.step) return;
      state = { ...state, step };
      emit();
    },
    replace(report, step) {
      state = build(report, step);
      emit();
    },
  };
}
