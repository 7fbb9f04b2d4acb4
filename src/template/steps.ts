import type { SectionKey, Template } from './types';

export type StepKey = 'meta' | SectionKey | 'check';

export interface Step {
  key: StepKey;
  title: string;
}

export const sectionTitle = (s: { number: string; heading: string }) => `${s.number}、${s.heading}`;

/** The wizard: 基本信息, the six sections of the format in order, then the check. */
export function stepsOf(template: Template): Step[] {
  return [
    { key: 'meta', title: '基本信息' },
    ...template.sections.map((s) => ({ key: s.key, title: sectionTitle(s) })),
    { key: 'check', title: '检查与导出' },
  ];
}

/** Which step shows a target: `meta.agency`, `sections.overview.2`, `tables.requests.new.natural`, … */
export function stepOfTarget(target: string): StepKey {
  const [root, key] = target.split('.');
  if (root === 'tables' || root === 'sections') {
    if (key === 'intro') return 'overview';
    return key as StepKey;
  }
  return 'meta';
}
