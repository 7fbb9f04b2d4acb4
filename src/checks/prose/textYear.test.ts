// The year the prose speaks of, on the five seeds as published (no warning) and on texts carried a year on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../../../test/seed';
import { sectionOf } from '../../../test/sections';
import { SEEDS } from '../../import/fixtures/seeds.expected';
import { importBytes } from '../../import/index';
import { emptyReport } from '../../report/empty';
import type { Report } from '../../report/schema';
import { template2021 } from '../../template';
import { checkTextYears } from './textYear';

const report = (year: number, sections: Partial<Report['sections']>): Report => {
  const base = emptyReport(template2021, year);
  return { ...base, sections: { ...base.sections, ...sections } };
};
const messages = (r: Report) => checkTextYears(template2021, r).map((f) => `${f.target}｜${f.message}`);

describe('the year in the text', () => {
  it.each(SEEDS.map((s) => s.file))('no warning on the seed %s as published', (file) => {
    const imported = importBytes(file, new Uint8Array(readFileSync(`${SHARED_DIR}/seeds/${file}`)), 2026);
    expect(imported.report.meta.year).not.toBeNull();
    expect(checkTextYears(imported.template, imported.report)).toEqual([]);
  });

  it('last year’s period, last year as this year in 总体情况, this year as the coming year in 五: a warning each', () => {
    const r = report(2025, {
      intro: '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
      overview: sectionOf('2024年，我镇认真贯彻落实《条例》。', [
        { heading: '主动公开', text: '2024年我镇主动公开政府信息120条。' },
      ]),
      problems: sectionOf('一是公开内容不够全面。2025年，我镇将进一步加强培训。'),
    });
    expect(messages(r)).toEqual([
      'sections.intro｜“一、总体情况”之前的开头段落“本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止”：统计期限写的是2024年，本报告是2025年度报告，应为2025年1月1日至2025年12月31日',
      'sections.overview.opening｜“一、总体情况”开头文字“2024年，我镇认真贯彻落实《条例》”：写的是2024年的工作，本报告是2025年度报告，请核对是否沿用了2024年的文字',
      'sections.overview.0｜“一、总体情况”（一）“2024年我镇主动公开政府信息120条”：写的是2024年的工作，本报告是2025年度报告，请核对是否沿用了2024年的文字',
      'sections.problems.opening｜“五、存在的主要问题及改进情况”“2025年，我镇将进一步加强培训”：把2025年写作将要做的事，本报告是2025年度报告，下一步工作应是2026年的，请核对是否沿用了上年的文字',
    ]);
  });

  it('a PDF’s spaced `2024 年` is the same year', () => {
    const r = report(2025, { intro: '统计期限为 2024 年 1 月 1 日至 2024 年 12 月 31 日。' });
    expect(messages(r)).toHaveLength(1);
  });

  it('no warning for the report’s own year, a comparison, a date, last year’s report or next year’s plan', () => {
    const r = report(2025, {
      intro: '本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。',
      overview: sectionOf('2025年，我镇认真贯彻落实《条例》。与2024年相比，申请数量有所增加。', [
        { heading: '依申请公开', text: '2024年12月收到的1件申请于2025年1月办结。较2024年增加3件。' },
      ]),
      problems: sectionOf('针对2024年度报告中提出的问题，2025年已全部整改。2026年，我镇将进一步加强培训。'),
      other: sectionOf('2025年未收取信息处理费。'),
    });
    expect(messages(r)).toEqual([]);
  });

  it('nothing while the report’s year is not set', () => {
    expect(
      messages({
        ...report(2025, { intro: '统计期限自2024年1月1日至2024年12月31日。' }),
        meta: { agency: '', year: null, date: '' },
      }),
    ).toEqual([]);
  });
});
