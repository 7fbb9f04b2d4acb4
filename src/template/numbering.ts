// Chinese numbering of the format: 一、 for sections, （一） for subsections.
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (up to 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** The label of the i-th (0-based) subsection: （一）, （二）, … */
export const subsectionNumber = (index: number) => `（${chineseNumber(index + 1)}）`;

const NUMERAL = '[一二三四五六七八九十]{1,3}';
/**
 * Numbering a clerk may type at the start of a subsection heading: （一） (一) (一） 一、 一. 1. 1、 1． （1） (1).
 * A digit numbering is taken only when text follows that does not start with a digit (`1.5万元` is no number).
 */
const TYPED_NUMBERING = new RegExp(
  `^\\s*(?:[（(]\\s*(?:${NUMERAL}|\\d{1,2})\\s*[）)]\\s*[、．.]?|${NUMERAL}\\s*[、．.]|\\d{1,2}\\s*[、．.](?!\\d))\\s*`,
);

/**
 * The numbering is the app's (（一）（二）… in order): a number typed at the start of a heading is taken off.
 * Returns the heading without it, and what was taken off (null when nothing was).
 */
export function stripTypedNumbering(heading: string): { heading: string; removed: string | null } {
  const m = TYPED_NUMBERING.exec(heading);
  if (!m) return { heading, removed: null };
  return { heading: heading.slice(m[0].length), removed: m[0].trim() };
}
