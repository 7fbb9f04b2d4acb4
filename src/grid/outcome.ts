import type { Finding } from '../checks';
import { quoteInput } from '../report/number';
import type { PastePlan } from './paste';

export interface PasteOutcome {
  /** One sentence: how many values were written, cleared, skipped and refused. */
  summary: string;
  /** Each refused value, mismatched total and note, one line each. */
  details: string[];
  ok: boolean;
}

/** The paste as its undo step names it: 粘贴12个数值. */
export function pasteLabel(plan: PastePlan): string {
  const values = [...plan.changes.values()];
  const written = values.filter((v) => v !== null).length;
  return written ? `粘贴${written}个数值` : `粘贴（清空${values.length}个单元格）`;
}

/** What the clerk is told after a paste: nothing refused is ever dropped silently. */
export function describePaste(plan: PastePlan, mismatches: Finding[]): PasteOutcome {
  const values = [...plan.changes.values()];
  const written = values.filter((v) => v !== null).length;
  // A blank pasted cell empties its cell: that is not a value pasted, and the clerk should know it happened.
  const cleared = values.length - written;
  const parts = [`已粘贴${written}个数值`];
  if (cleared) parts.push(`${cleared}个单元格因粘贴内容为空白而清空`);
  if (plan.split) parts.push(`${plan.split}个单元格含以空格分隔的多个数，已拆分填入`);
  const skipped = plan.stated.size + plan.uncheckedTotals.length;
  if (skipped) parts.push(`跳过${skipped}个自动计算的总计单元格`);
  if (plan.uncheckedTotals.length) parts.push(`其中${plan.uncheckedTotals.length}个粘贴的不是数值，无法核对`);
  if (plan.refused.length) parts.push(`${plan.refused.length}个数值未粘贴`);
  if (plan.outside) parts.push(`${plan.outside}个数值超出表格范围，未粘贴`);
  const details = [
    ...plan.refused.map((r) => `${r.label}：${quoteInput(r.raw)}未粘贴，${r.message}`),
    ...plan.uncheckedTotals.map(
      (r) => `${r.label}：粘贴的${quoteInput(r.raw)}不是数值（${r.message}），总计按各项自动计算，未能核对`,
    ),
    ...mismatches.map((f) => `粘贴内容中的总计与计算不符——${f.message}`),
    ...plan.notes,
  ];
  return {
    summary: parts.join('，') + '。',
    details,
    ok: plan.refused.length === 0 && plan.uncheckedTotals.length === 0 && plan.outside === 0 && mismatches.length === 0,
  };
}
