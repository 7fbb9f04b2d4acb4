// axe-core's WCAG 2.1 A and AA rules on what the page shows now: any critical, serious or moderate violation
// fails, printed as rule id, impact, the nodes' selectors and axe's help (minor ones are left to judgement).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING = new Set(['critical', 'serious', 'moderate']);

/**
 * Nodes a rule flags wrongly, each with why. 撤销 / 重做 show the step they would undo after their name
 * (撤销：打开示例): the step is a description (their title, read as such), not part of the label, and a
 * name of its own would make every button named after an action (添加批注) ambiguous with the 撤销 of it.
 * The name is the visible label's start, which is what WCAG 2.5.3 asks; axe cannot tell label from description.
 */
const FALSE_POSITIVES: { rule: string; target: string }[] = [
  { rule: 'label-content-name-mismatch', target: 'button[aria-label="撤销"]' },
  { rule: 'label-content-name-mismatch', target: 'button[aria-label="重做"]' },
];
const isFalsePositive = (rule: string, target: string) => FALSE_POSITIVES.some((f) => f.rule === rule && f.target === target);

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
    (v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(lines, `axe on ${where}:\n${lines.join('\n')}`).toEqual([]);
}
