// A row's figures as printed (`230 000023`): the characters, where a boundary between two figures may or must
// fall, and the scale at which every figure and known value is an exact integer.
import { halfWidthDigits } from '../../report/number';
import { MESSAGES } from './messages';

/** Most integer digits in one figure. */
export const MAX_INT_DIGITS = 9;
/** Most decimal places taken into account. */
const MAX_DECIMALS = 6;

export interface ParsedRow {
  /** Figures' characters with spaces removed. */
  text: string;
  /** breakOk[k]: a boundary may fall before text[k] (k = 0..text.length). */
  breakOk: boolean[];
  /** mustBreak[k]: a space stood before text[k]. */
  mustBreak: boolean[];
  /** Largest number of decimal places in the row. */
  decimals: number;
}

function normalizeSeen(seen: string): string {
  return halfWidthDigits(seen).replace(/[．]/g, '.');
}

export function parseSeen(seen: string): ParsedRow | string {
  const norm = normalizeSeen(seen).trim();
  if (norm === '') return MESSAGES.noDigits;
  const bad = norm.replace(/[\d.\s]/g, '');
  if (bad !== '') return MESSAGES.badChars([...new Set(bad)].join(''));
  const tokens = norm.split(/\s+/);
  let text = '';
  const mustBreakAt = new Set<number>();
  let decimals = 0;
  for (const t of tokens) {
    if (text !== '') mustBreakAt.add(text.length);
    text += t;
    for (const frac of t.split('.').slice(1)) decimals = Math.max(decimals, frac.length);
  }
  if (!/\d/.test(text)) return MESSAGES.noDigits;
  const breakOk: boolean[] = [];
  const mustBreak: boolean[] = [];
  for (let k = 0; k <= text.length; k++) {
    mustBreak.push(mustBreakAt.has(k));
    // A boundary next to a decimal point would cut a decimal: never (a space there makes the row unreadable).
    breakOk.push(text[k - 1] !== '.' && text[k] !== '.');
  }
  return { text, breakOk, mustBreak, decimals: Math.min(decimals, MAX_DECIMALS) };
}

export function decimalsOf(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
  const s = String(n);
  const e = s.match(/e-(\d+)$/);
  if (e) return MAX_DECIMALS;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(s.length - dot - 1, MAX_DECIMALS);
}

/** A figure's text as an integer in units of 10^-decimals (exact for the magnitudes in these tables). */
export function scaled(text: string, factor: number): number {
  return Math.round(Number(text) * factor);
}
