// The year the prose speaks of: a text carried from last year, or copied from another report, still gives last
// year's period or speaks of last year as "this year". Warnings at the paragraph, naming the year found and the
// year expected; a year the text gives for another reason (a comparison, last year's report, a plan) is not one.
import type { Report } from '../../report/schema';
import type { Template } from '../../template/types';
import { reportTexts, sentenceAt, type ReportText } from '../reportTexts';
import type { Finding } from '../types';

const Y = String.raw`(\d{4})\s*年`;
/** 统计期限自2024年1月1日（起）至2024年12月31日（止）, and the other words reports use for the period. */
const PERIOD = new RegExp(
  String.raw`(?:统计期限|统计时限|统计时段|统计区间|统计周期|统计时间|数据统计期|统计期间|时间范围)[^。；\n]{0,12}?(?:自|为|从)?\s*${Y}\s*1\s*月\s*1\s*日[^。；\n\d]{0,6}${Y}\s*12\s*月\s*31\s*日`,
  'g',
);
/**
 * A sentence that opens with a year as its time (`2024年，我镇…`, `2024年度，`, `2024年以来，`, `2024年我局…`): in
 * 总体情况 this is the year reported on. A year followed by a month or a date (`2024年12月`) is an event's date.
 */
const OPENS_WITH_YEAR = new RegExp(String.raw`(?:^|[。；！？\n])\s*${Y}(?:度)?(?:以来)?(?:[，,]|(?=[我本全该]))`, 'g');
/** 五's plans: `2025年，我镇将…` / `2025年计划…` — a plan names the year after the report's. */
const PLAN = new RegExp(
  String.raw`(?:^|[。；！？\n])\s*(?:下一步[，,]?\s*)?${Y}(?:度)?[，,]?[^。；！？\n]{0,30}?(?:将|计划|拟|力争|打算)`,
  'g',
);

const finding = (t: ReportText, n: number, message: string): Finding => ({
  id: `year:${t.target}:${n}`,
  severity: 'warning',
  step: t.step,
  target: t.target,
  cells: [],
  message,
});

function checkText(t: ReportText, year: number): Finding[] {
  const out: Finding[] = [];
  const quote = (at: number) => `“${sentenceAt(t.text, at)}”`;
  for (const m of t.text.matchAll(PERIOD)) {
    const found = [Number(m[1]), Number(m[2])].find((y) => y !== year);
    if (found !== undefined)
      out.push(
        finding(
          t,
          out.length,
          `${t.name}${quote(m.index)}：统计期限写的是${found}年，本报告是${year}年度报告，应为${year}年1月1日至${year}年12月31日`,
        ),
      );
  }
  if (t.section === 'intro' || t.section === 'overview')
    for (const m of t.text.matchAll(OPENS_WITH_YEAR)) {
      const found = Number(m[1]);
      const at = m.index + m[0].search(/\d/);
      if (found !== year && found >= 2000 && !comparesYears(t.text, at))
        out.push(
          finding(
            t,
            out.length,
            `${t.name}${quote(at)}：写的是${found}年的工作，本报告是${year}年度报告，请核对是否沿用了${found}年的文字`,
          ),
        );
    }
  if (t.section === 'problems')
    for (const m of t.text.matchAll(PLAN)) {
      if (Number(m[1]) !== year) continue;
      const at = m.index + m[0].search(/\d/);
      out.push(
        finding(
          t,
          out.length,
          `${t.name}${quote(at)}：把${year}年写作将要做的事，本报告是${year}年度报告，下一步工作应是${year + 1}年的，请核对是否沿用了上年的文字`,
        ),
      );
    }
  return out;
}

/** 与2024年相比 / 较2024年 / 比2024年: a sentence that compares years opens with its own year legitimately. */
function comparesYears(text: string, at: number): boolean {
  return (
    /^[^。；！？\n]{0,12}?(?:相比|相较|比较|同比|较上年|比上年)/.test(text.slice(at)) ||
    /(?:与|较|比|同)\s*$/.test(text.slice(Math.max(0, at - 2), at))
  );
}

export function checkTextYears(template: Template, report: Report): Finding[] {
  const { year } = report.meta;
  if (year === null) return [];
  return reportTexts(template, report).flatMap((t) => checkText(t, year));
}
