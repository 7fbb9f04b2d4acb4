// What a number cell does with each keystroke and when the clerk leaves it. Pure, so that the cell and the
// fuzz test run the very same rules: a value is stored only when it reads as valid; a valid beginning (`12.`,
// `1,`) waits silently; anything else is refused at once; on leaving, a refused text gives way to the value
// the cell had when the clerk entered it, and the clerk is told.
import { formatNumber, isNumberPrefix, parseNumberInput, quoteInput } from '../report/number';
import type { CellValue } from '../report/schema';
import type { ValueKind } from '../template/types';

export type Keystroke =
  { kind: 'store'; value: CellValue } | { kind: 'pending' } | { kind: 'refused'; message: string };

export function judgeTyping(raw: string, kind: ValueKind): Keystroke {
  const parsed = parseNumberInput(raw, kind);
  if (parsed.ok) return { kind: 'store', value: parsed.value };
  if (isNumberPrefix(raw, kind)) return { kind: 'pending' };
  return { kind: 'refused', message: `${quoteInput(raw)}未保存：${parsed.message}` };
}

export interface Restore {
  /** The value to put back: what the cell held when the clerk entered it. */
  value: CellValue;
  message: string;
}

/** On leaving a cell: null when what is shown is stored; otherwise the value to restore and why. */
export function judgeLeaving(typed: string | null, kind: ValueKind, before: CellValue): Restore | null {
  if (typed === null) return null;
  const parsed = parseNumberInput(typed, kind);
  if (parsed.ok) return null;
  const was = before === null ? '未填写' : formatNumber(before);
  return { value: before, message: `${quoteInput(typed)}未保存：${parsed.message}（已恢复为${was}）` };
}
