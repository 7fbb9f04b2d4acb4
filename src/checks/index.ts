import type { Report } from '../report/schema';
import { cellPath } from '../template/paths';
import { resolveTemplate } from '../template/resolve';
import type { Template } from '../template/types';
import { checkBalance } from './balance';
import { checkMeta, checkTablesFilled } from './completeness';
import { computeDerived } from './derive';
import { checkNarrative } from './narrative';
import { checkSectionsWritten } from './sections';
import { checkCarriedTexts, checkCrossYear } from './crossYear';
import { checkTextYears } from './textYear';
import type { CheckResult } from './types';

export type { CheckResult, Finding } from './types';
export { checkStatedTotals } from './stated';
export { computeDerived } from './derive';

/** Everything the app knows about a report's figures and gaps. Pure; cheap enough to run on every edit. */
export function runChecks(template: Template, report: Report, currentYear: number): CheckResult {
  const resolved = resolveTemplate(template);
  const derived = computeDerived(resolved, report);
  const findings = [
    ...checkMeta(report, currentYear),
    ...resolved.tables.flatMap((t) => checkBalance(resolved, t, report)),
    ...checkTablesFilled(resolved, report),
    ...checkSectionsWritten(resolved, report),
    ...checkNarrative(template, report, derived.get(cellPath('requests', 'new', 'total')) ?? null),
    ...checkCrossYear(resolved, report),
    ...checkCarriedTexts(resolved, report),
    ...checkTextYears(template, report),
  ];
  return { derived, findings };
}
