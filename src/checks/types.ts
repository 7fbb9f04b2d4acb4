import type { CellValue, Report } from '../report/schema';
import type { Template } from '../template/types';
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

/**
 * Checks that come with a script of their own (the checks of the prose, loaded after the first screen): run like
 * the built-in ones, after them. `readsCells`: run again after an edit of the figures too, not only of the texts.
 */
export interface ExtraCheck {
  key: string;
  readsCells: boolean;
  run(template: Template, report: Report, derived: ReadonlyMap<string, CellValue>): Finding[];
}
