import type { Template } from './types';
import { template2021 } from './v2021';

export type { Template } from './types';

/** The earliest report year this app can write. Reports on 2019 and 2020 use the 2019 edition, not yet supported. */
export const FIRST_SUPPORTED_YEAR = template2021.firstYear;

export type EditionResult = { ok: true; template: Template } | { ok: false; message: string };

/** The edition a report on `year` must follow. */
export function editionForYear(year: number, currentYear: number): EditionResult {
  if (!Number.isInteger(year)) return { ok: false, message: '报告年度应为四位年份，例如 2025' };
  if (year > currentYear) return { ok: false, message: `报告年度不能晚于今年（${currentYear}年）` };
  if (year >= template2021.firstYear) return { ok: true, template: template2021 };
  if (year >= 2019)
    return {
      ok: false,
      message: `${year}年度报告使用2019年版格式（国办公开办函〔2019〕60号），本工具暂不支持；2021年及以后的年度报告使用2021年版格式`,
    };
  return { ok: false, message: '报告年度不能早于2019年（现行年报格式自2019年度起使用）' };
}

export { template2021 };
