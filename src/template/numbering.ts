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
