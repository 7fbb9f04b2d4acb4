import type { CellValue } from '../report/schema';
import type { StepKey } from '../template/steps';

export interface Finding {
  /** Stable across runs, so the UI can key on it. */
  id: string;
  severity: 'error' | 'warning';
  /** An error that only says something is not filled in yet: the step is 填写中, not 有问题. */
  incomplete?: true;
  step: StepKey;
  /** Where a link to the finding goes: a cell path, `meta.agency`, `sections.problems`, `sections.overview.1`. */
  target: string;
  /** The cells to mark. */
  cells: string[];
  /** One sentence in Chinese, with the numbers. */
  message: string;
}

export interface CheckResult {
  derived: ReadonlyMap<string, CellValue>;
  findings: Finding[];
}
