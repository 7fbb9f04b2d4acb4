import type { Finding } from '../checks';
import type { PastePlan } from './paste';

export interface PasteOutcome {
  /** One sentence: how many values were written. */
  summary: string;
  /** Each refused value, mismatched total and note, one line each. */
  details: string[];
  ok: boolean;
}

/** What the clerk is told after a paste: nothing refused is ever dropped silently. */
export function describePaste(plan: PastePlan, mismatches: Finding[]): PasteOutcome {
  const parts = [`已粘贴${plan.changes.size}个数值`];
  if (plan.stated.size) parts.push(`跳过${plan.stated.size}个自动计算的总计单元格`);
  if (plan.refused.length) parts.push(`${plan.refused.length}个数值未粘贴`);
  if (plan.outside) parts.push(`${plan.outside}个数值超出表格范围，未粘贴`);
  const details = [
    ...plan.refused.map((r) => `${r.label}：“${r.raw}”未粘贴，${r.message}`),
    ...mismatches.map((f) => `粘贴内容中的总计与计算不符——${f.message}`),
    ...plan.notes,
  ];
  return {
    summary: parts.join('，') + '。',
    details,
    ok: plan.refused.length === 0 && plan.outside === 0 && mismatches.length === 0,
  };
}
