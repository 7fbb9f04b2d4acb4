// axe-core's WCAG 2.1 A and AA rules on what the page shows now: any critical, serious or moderate violation
// fails, printed as rule id, impact, the nodes' selectors and axe's help (minor ones are left to judgement).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING = new Set(['critical', 'serious', 'moderate']);

/** Nodes a rule flags wrongly, each with why (none: 撤销 / 重做 are named by what they show). */
const FALSE_POSITIVES: { rule: string; target: string }[] = [];
const isFalsePositive = (rule: string, target: string) =>
  FALSE_POSITIVES.some((f) => f.rule === rule && f.target === target);

export async function expectNoAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page })
    // the WCAG tags only; and WCAG 2.5.3 (label in name, level A), which axe checks with a rule it still calls
    // experimental and runs only when asked (options() replaces what withTags() sets: both given here)
    .options({ runOnly: { type: 'tag', values: TAGS }, rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  const failing = results.violations
    .filter((v) => FAILING.has(v.impact ?? ''))
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isFalsePositive(v.id, n.target.join(' '))) }))
    .filter((v) => v.nodes.length > 0);
  const lines = failing.map(
    (v) =>
      `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.help}\n    ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(' '))
        .join('\n    ')}`,
  );
  expect(lines, `axe on ${where}:\n${lines.join('\n')}`).toEqual([]);
}
