// What a clerk types or pastes into a number cell, read the way they meant it — or refused with a reason.
// One bound (MAX_CELL_VALUE) and one rule of decimals hold for typing, paste, the draft reader and import.
import type { ValueKind } from '../template/types';

export type ParsedNumber =
  | { ok: true; value: number | null; /** set when the input was read in a way worth telling */ note?: string }
  | { ok: false; message: string };

/** The largest figure a cell may hold: far beyond any real report, and small enough that every total is exact. */
export const MAX_CELL_VALUE = 999_999_999;
export const MAX_DECIMALS = 4;

const FULL_WIDTH: Record<string, string> = { '．': '.', '，': ',', '－': '-', '＋': '+', '＇': "'" };
/** Spaces a clerk or a PDF may put between digit groups (ordinary, no-break, narrow no-break, ideographic…). */
const SPACES = /[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Whitespace that never separates digit groups: a cell holding one is text (a quoted Excel cell with a line break). */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/;

/** Full-width digits (an IME's, or a report's `２０２３`) to ASCII ones: the one conversion for typing and import. */
export const halfWidthDigits = (raw: string) =>
  raw.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));

/** Full-width digits and punctuation to ASCII, every kind of space to one space, ends trimmed. */
function normalise(raw: string): string {
  return halfWidthDigits(raw)
    .replace(/[．，－＋＇]/g, (c) => FULL_WIDTH[c])
    .replace(SPACES, ' ')
    .trim();
}

/**
 * What published reports and spreadsheets print for "none": a run of dashes or slashes of any width (`-`, `--`,
 * `—`, `——`, `–`, `―`, `－`, `/`, `／`) or `无`. The one list for typing, paste, labelled paste and import.
 */
const NONE_MARK = /^(?:[-－—–―/／]+|无)$/;
export const isNoneMark = (text: string) => NONE_MARK.test(text);

export interface ParseOptions {
  /** Read `-`, `—`, `/`, `无` as 0 (used for pasted blocks, with a note); typed alone they are refused. */
  noneAsZero?: boolean;
}

const GENERIC: Record<ValueKind, string> = {
  count: '请输入非负整数',
  amount: '请输入金额（单位：万元），最多4位小数',
  signed: '请输入整数（减少的填负数，如-2）',
};
const genericMessage = (kind: ValueKind) => GENERIC[kind];

/** A signed figure's sign and the rest: `-2` → ['-', '2']. Other kinds have no sign to take. */
function takeSign(s: string, kind: ValueKind): { negative: boolean; rest: string } {
  if (kind !== 'signed') return { negative: false, rest: s };
  const m = /^([-+−])\s*(.*)$/.exec(s);
  return m ? { negative: m[1] !== '+', rest: m[2] } : { negative: false, rest: s };
}

type Digits =
  { ok: true; int: string; fraction: string | null; separator: string | null } | { ok: false; message: string };

/**
 * Splits `1 234.5` / `1,234` / `1'234` / `12.` / `.5` into integer digits and fraction digits. Digit groups
 * are accepted only as thousands groups with one kind of separator: `12,34` or `1 2` are not one number.
 * With `partial`, the last group may still be short and nothing may follow it (what a clerk has typed so far).
 */
function splitDigits(s: string, kind: ValueKind, partial: boolean): Digits {
  const generic = genericMessage(kind);
  const m = /^([\d,' ]*)(?:\.(\d*))?$/.exec(s);
  if (!m || s === '.' || s === '') return { ok: false, message: generic };
  const [, intPart, fraction = null] = m;
  const separators = new Set(intPart.replace(/\d/g, ''));
  if (separators.size === 0) return { ok: true, int: intPart, fraction, separator: null };
  const separator = [...separators][0];
  const groups = intPart.split(separator);
  const last = groups.length - 1;
  const wellGrouped =
    separators.size === 1 &&
    /^\d{1,3}$/.test(groups[0]) &&
    groups.every(
      (g, i) => i === 0 || /^\d{3}$/.test(g) || (partial && i === last && /^\d{0,3}$/.test(g) && fraction === null),
    );
  if (wellGrouped) return { ok: true, int: groups.join(''), fraction, separator };
  if (separators.has(' ') && separators.size === 1)
    return { ok: false, message: `数字中间有空格：一个单元格只能填一个数，空格只能作千位分隔（每3位一组，如1 234）` };
  return { ok: false, message: `千位分隔符位置不对：${generic}` };
}

/** Why a number may not be stored in a cell of this kind, or null when it may. The draft reader uses it too. */
export function cellValueProblem(value: number, kind: ValueKind): string | null {
  const generic = genericMessage(kind);
  if (!Number.isFinite(value)) return generic;
  if (value < 0 && kind !== 'signed') return `不能为负数：${generic}`;
  if (kind !== 'amount' && !Number.isInteger(value)) return `件数不能有小数：${generic}`;
  if (kind === 'amount' && Number(value.toFixed(MAX_DECIMALS)) !== value)
    return `最多${MAX_DECIMALS}位小数（单位：万元）`;
  if (Math.abs(value) > MAX_CELL_VALUE) return `数值过大（超过${MAX_CELL_VALUE}），请核对`;
  return null;
}

export function parseNumberInput(raw: string, kind: ValueKind, options: ParseOptions = {}): ParsedNumber {
  const generic = genericMessage(kind);
  const s = normalise(raw);
  if (s === '') return { ok: true, value: null };
  if (BREAKS.test(s)) return { ok: false, message: `单元格内有换行或制表符，是文字而不是一个数：${generic}` };
  if (/^#+$/.test(s)) return { ok: false, message: '“###”是Excel列宽不够时的显示，请在Excel中加宽该列后重新复制' };
  if (isNoneMark(s)) {
    if (options.noneAsZero) return { ok: true, value: 0, note: `“${raw.trim()}”按0填入` };
    return { ok: false, message: `${generic}；没有的请填0` };
  }
  if (kind !== 'signed' && /^-\s*[\d.]/.test(s)) return { ok: false, message: `不能为负数：${generic}` };
  const { negative, rest } = takeSign(s, kind);
  const digits = splitDigits(rest, kind, false);
  if (!digits.ok) return digits;
  const fraction = (digits.fraction ?? '').replace(/0+$/, '');
  if (kind !== 'amount' && fraction !== '') return { ok: false, message: `件数不能有小数：${generic}` };
  if (fraction.length > MAX_DECIMALS) return { ok: false, message: `最多${MAX_DECIMALS}位小数（单位：万元）` };
  const magnitude = Number(`${digits.int || '0'}${fraction ? `.${fraction}` : ''}`);
  const value = negative && magnitude !== 0 ? -magnitude : magnitude; // never -0
  const problem = cellValueProblem(value, kind);
  if (problem) return { ok: false, message: problem };
  // A space between digit groups is worth telling: "1 234" might have been two numbers.
  if (digits.separator === ' ')
    return { ok: true, value, note: `“${s}”按${formatNumber(value)}填入（空格作千位分隔）` };
  return { ok: true, value };
}

/**
 * Whether what has been typed so far can still become a valid number (`12.`, `1,`, `1 23`, `.`): such a prefix
 * is neither stored nor refused while typing; it is judged when the clerk leaves the cell.
 */
export function isNumberPrefix(raw: string, kind: ValueKind): boolean {
  const s = normalise(raw);
  if (BREAKS.test(s)) return false;
  const { rest } = takeSign(s, kind);
  if (rest === '.' || (rest === '' && rest !== s)) return true; // `.` or a sign alone
  const digits = splitDigits(rest, kind, true);
  if (!digits.ok) return false;
  const fraction = (digits.fraction ?? '').replace(/0+$/, '');
  if (kind !== 'amount' && fraction !== '') return false;
  if (fraction.length > MAX_DECIMALS) return false;
  return Number(digits.int || '0') <= MAX_CELL_VALUE;
}

/**
 * The pieces of a pasted cell that holds several numbers separated by spaces (a row copied from a PDF or plain
 * text, `21 0 0 0 21`), or null when it is one number, or when any piece is not a number (then it is refused whole).
 */
export function splitSpacedNumbers(raw: string): string[] | null {
  const s = normalise(raw);
  if (!s.includes(' ') || BREAKS.test(s) || parseNumberInput(s, 'amount', { noneAsZero: true }).ok) return null;
  const pieces = s.split(/ +/);
  const allNumbers = pieces.every((p) => {
    const read = parseNumberInput(p, 'amount', { noneAsZero: true });
    return read.ok || read.message.startsWith('不能为负数'); // a negative keeps its place, to be refused there
  });
  return allNumbers ? pieces : null;
}

/** A clerk's input quoted in a message: long ones cut short (a pasted paragraph must not fill the screen). */
export function quoteInput(raw: string): string {
  // line breaks and tabs made visible, or the message would break where the cell did
  const s = raw
    .trim()
    .replace(/\r\n|[\r\n]/g, '↵')
    .replace(/\t/g, '⇥');
  return s.length > 20 ? `“${s.slice(0, 20)}…”（共${s.length}字）` : `“${s}”`;
}

/** Shown for figures that String() would print in exponent form (never the case within MAX_CELL_VALUE). */
const plain = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 });

/** How a stored value is shown in a cell and printed: digits as entered, blank for "not filled in", never `1e+21`. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const s = String(value);
  return s.includes('e') ? plain.format(value) : s;
}
