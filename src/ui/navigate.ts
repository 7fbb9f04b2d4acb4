import type { ReportStore } from '../state/store';
import { stepOfTarget, type StepKey } from '../template/steps';

/** Shows the step of a finding's target and puts the keyboard focus on the cell or field it names. */
export function goTo(store: ReportStore, target: string): void {
  store.setStep(stepOfTarget(target));
  requestAnimationFrame(() => {
    const el = document.getElementById(target);
    if (!el) return;
    el.focus();
    el.scrollIntoView({ block: 'nearest' });
  });
}

/**
 * Shows a step (下一步, 上一步, the step list) and puts the focus on its heading: Enter pressed again does not
 * skip the next step, and Tab starts at the step's first field.
 */
export function showStep(store: ReportStore, step: StepKey): void {
  store.setStep(step);
  requestAnimationFrame(() => document.getElementById(stepHeadingId(step))?.focus());
}

export const stepHeadingId = (step: StepKey) => `${step}-title`;
