// The figures a sentence gives, with their units (`95件`, `1,234件`, `两起`, `18651.06万元`, the placeholder `×件`),
// and the year a figure is of (`2024年`, `本年`, `上年` — but not 上年结转, a row of 表三). Pure, for extract.ts.

export interface Span {
  start: number;
  end: number;
}

/** A figure with its unit: `95件`, `1,234件`, `两起`, `18651.06万元`, the placeholder `×件`. Not `件次`. */
const NUMBER =
  /(\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十]{1,3}|×)\s*(万元|件|起|宗)(?!次)/g;

export const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 三 → 3, 十二 → 12, 二十 → 20, 二十三 → 23; null for what is no small number (`二三`, `十十`). */
function chineseValue(s: string): number | null {
  const parts = s.split('十');
  if (parts.length === 1) return s.length === 1 ? (CHINESE_DIGITS[s] ?? null) : null;
  if (parts.length !== 2 || parts[0].length > 1 || parts[1].length > 1) return null;
  const tens = parts[0] === '' ? 1 : CHINESE_DIGITS[parts[0]];
  const ones = parts[1] === '' ? 0 : CHINESE_DIGITS[parts[1]];
  if (tens === undefined || ones === undefined || tens === 0) return null;
  return tens * 10 + ones;
}

function numberValue(raw: string): number | null {
  if (/^\d/.test(raw)) return Number(raw.replace(/[,，]/g, ''));
  return chineseValue(raw);
}

export interface NumberToken {
  raw: string;
  value: number | null;
  start: number;
  end: number;
  unit: string;
  /** End of the unit. */
  after: number;
}

export function numbersIn(s: string, span: Span): NumberToken[] {
  const out: NumberToken[] = [];
  const text = s.slice(span.start, span.end);
  for (const m of text.matchAll(NUMBER)) {
    const start = span.start + (m.index ?? 0);
    const raw = m[1];
    const value = raw === '×' ? null : numberValue(raw);
    if (raw !== '×' && value === null) continue;
    out.push({ raw, value, start, end: start + raw.length, unit: m[2], after: start + m[0].length });
  }
  return out;
}

const YEAR_MARK =
  /(比|较|与|同)?(?:(\d{4})\s*年|([〇零一二三四五六七八九]{4})\s*年|(本年度|本年|今年|全年|年内|当年|年度内)|(上一年度|上一年|上年度|上年|去年|前年|明年|下一年度|下一年|下年度|下年|次年))/g;

/** 上年结转, 结转下年度, 转下一年度, 顺延到下年度: the rows of 表三, not another year. */
const CARRY_BEFORE = /(?:结转|转|顺延)(?:至|到|入)?$/;
const CARRY_AFTER = /^(?:的)?(?:政府信息公开申请|申请)?结转/;

export type YearSaid = { kind: 'none' } | { kind: 'this' } | { kind: 'other' } | { kind: 'year'; year: number };

function chineseYear(s: string): number {
  return Number([...s].map((c) => CHINESE_DIGITS[c]).join(''));
}

/** The year the nearest mark before `at` (from `from` on) says; a comparison's year (`比上年`) is no mark. */
export function yearSaid(s: string, from: number, at: number): YearSaid {
  let said: YearSaid = { kind: 'none' };
  const text = s.slice(from, at);
  for (const m of text.matchAll(YEAR_MARK)) {
    if (m[1]) continue;
    const index = m.index ?? 0;
    if (m[2]) said = { kind: 'year', year: Number(m[2]) };
    else if (m[3]) said = { kind: 'year', year: chineseYear(m[3]) };
    else if (m[4]) said = { kind: 'this' };
    else if (m[5]) {
      const before = s.slice(Math.max(0, from + index - 4), from + index);
      const after = s.slice(from + index + m[0].length, from + index + m[0].length + 12);
      if (!CARRY_BEFORE.test(before) && !CARRY_AFTER.test(after)) said = { kind: 'other' };
    }
  }
  return said;
}

export function isReportYear(said: YearSaid, reportYear: number | null): boolean {
  if (said.kind === 'none' || said.kind === 'this') return true;
  return said.kind === 'year' && said.year === reportYear;
}
