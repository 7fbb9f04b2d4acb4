import type { Report } from '../report/schema';
import { resolveTemplate } from '../template/resolve';
import type { Template } from '../template/types';
import { computeDerived } from './derive';
import { checkSources } from './sources';
import type { CheckResult, ExtraCheck } from './types';

export type { CheckResult, ExtraCheck, Finding } from './types';
export { checkStatedTotals } from './stated';
export { computeDerived } from './derive';

/**
 * Everything the app knows about a report's figures and gaps. Pure; cheap enough to run on every edit. `extra`:
 * checks of a script of their own (checks/prose), after the built-in ones.
 */
export function runChecks(
  template: Template,
  report: Report,
  currentYear: number,
  extra: readonly ExtraCheck[] = [],
): CheckResult {
  const resolved = resolveTemplate(template);
  const derived = computeDerived(resolved, report);
  const findings = checkSources(resolved, currentYear, extra).all.flatMap((s) => s.run(report, derived));
  return { derived, findings };
}
