import type { ReportStore } from '../state/store';
import { stepOfTarget } from '../template/steps';

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
