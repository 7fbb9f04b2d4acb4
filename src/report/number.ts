// What a clerk types or pastes into a number cell, read the way they meant it — or refused with a reason.
import type { ValueKind } from '../template/types';

export type ParsedNumber =
  | { ok: true; value: number | null; /** set when the input was read in a way worth telling */ note?: string }
  | { ok: false; message: string };

export const MAX_CELL_VALUE = 999_999_999;
const MAX_DECIMALS = 4;

const FULL_WIDTH: Record<string, string> = { '．': '.', '，': ',', '－': '-', '＋': '+', '＇': "'" };

/** Full-width digits and punctuation to ASCII; every kind of space removed. */
function normalise(raw: string): string {
  return raw
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[．，－＋＇]/g, (c) => FULL_WIDTH[c])
    .replace(/[\s\u3000\u00a0]+/g, '');
}

/** Marks that published reports and spreadsheets use for "none". */
const NONE_MARKS = new Set(['-', '—', '–', '－', '/', '／', '无', '--', '——']);

export interface ParseOptions {
  /** Read `-`, `—`, `/`, `无` as 0 (used for pasted blocks, with a note); typed alone they are refused. */
  noneAsZero?: boolean;
}

export function parseNumberInput(raw: string, kind: ValueKind, options: ParseOptions = {}): ParsedNumber {
  const generic = kind === 'count' ? '请输入非负整数' : '请输入金额（单位：万元），最多4位小数';
  const s = normalise(raw);
  if (s === '') return { ok: true, value: null };
  if (/^#+$/.test(s)) return { ok: false, message: '“###”是Excel列宽不够时的显示，请在Excel中加宽该列后重新复制' };
  if (NONE_MARKS.has(s)) {
    if (options.noneAsZero) return { ok: true, value: 0, note: `“${raw.trim()}”按0填入` };
    return { ok: false, message: `${generic}；没有的请填0` };
  }
  let digits = s;
  if (/[,']/.test(s)) {
    if (!/^\d{1,3}([,']\d{3})+(\.\d+)?$/.test(s)) return { ok: false, message: `千位分隔符位置不对：${generic}` };
    digits = s.replace(/[,']/g, '');
  }
  if (/^-\d/.test(digits)) return { ok: false, message: `不能为负数：${generic}` };
  const m = /^(\d+)(?:\.(\d+))?$/.exec(digits);
  if (!m) return { ok: false, message: generic };
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (kind === 'count' && fraction !== '') return { ok: false, message: `件数不能有小数：${generic}` };
  if (fraction.length > MAX_DECIMALS) return { ok: false, message: `最多${MAX_DECIMALS}位小数（单位：万元）` };
  const value = Number(fraction ? `${m[1]}.${fraction}` : m[1]);
  if (value > MAX_CELL_VALUE) return { ok: false, message: `数值过大（超过${MAX_CELL_VALUE}），请核对` };
  return { ok: true, value };
}

/** How a stored value is shown in a cell: digits as entered, blank for "not filled in". */
export function formatNumber(value: number | null): string {
  return value === null ? '' : String(value);
}
