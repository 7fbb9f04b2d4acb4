import { sectionHasText } from '../report/sections';
import type { Report } from '../report/schema';
import type { StepKey } from '../template/steps';
import type { Finding } from './types';

export type StepState = 'untouched' | 'inProgress' | 'done' | 'problem';

export interface StepStatus {
  state: StepState;
  /** Errors other than "not filled in yet". */
  problems: number;
}

export const STEP_STATE_LABEL: Record<StepState, string> = {
  untouched: '未开始',
  inProgress: '填写中',
  done: '已完成',
  problem: '有问题',
};

function started(step: StepKey, report: Report): boolean {
  const { meta, sections, tables } = report;
  switch (step) {
    case 'meta':
      return Boolean(meta.agency.trim() || meta.date);
    case 'overview':
      return Boolean(sections.intro.trim()) || sectionHasText(sections.overview);
    case 'problems':
    case 'other':
      return sectionHasText(sections[step]);
    case 'active':
    case 'requests':
    case 'appeals':
      return Object.values(tables[step]).some((row) => Object.values(row).some((v) => v !== null));
    case 'check':
      return true;
  }
}

export function stepStatus(step: StepKey, report: Report, findings: readonly Finding[]): StepStatus {
  const own = step === 'check' ? findings : findings.filter((f) => f.step === step);
  const problems = own.filter((f) => f.severity === 'error' && !f.incomplete).length;
  if (problems > 0) return { state: 'problem', problems };
  if (!started(step, report)) return { state: 'untouched', problems };
  return { state: own.some((f) => f.severity === 'error') ? 'inProgress' : 'done', problems };
}
