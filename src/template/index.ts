// The editions of the format the app knows, and which one a report on a given year follows.
import type { Edition, Template } from './types';
import { template2019 } from './v2019';
import { template2021 } from './v2021';

export type { Edition, Template } from './types';

/** Every edition, oldest first. */
export const EDITIONS: readonly Template[] = [template2019, template2021];

/** The earliest report year this app can write (the 2019 edition's first year). */
export const FIRST_SUPPORTED_YEAR = template2019.firstYear;

export function templateFor(edition: Edition): Template {
  return edition === '2019' ? template2019 : template2021;
}

/** The edition a report on `year` follows: 2019 and 2020 → 2019, 2021 and later → 2021. */
export function editionForYear(year: number): Edition {
  return year < template2021.firstYear ? '2019' : '2021';
}

export function isEdition(value: unknown): value is Edition {
  return value === '2019' || value === '2021';
}

export type YearResult = { ok: true; template: Template } | { ok: false; message: string };

/** Whether a report may be on `year`, and the template it then follows. */
export function checkReportYear(year: number, currentYear: number): YearResult {
  if (!Number.isInteger(year)) return { ok: false, message: '报告年度应为四位年份，例如 2025' };
  if (year > currentYear) return { ok: false, message: `报告年度不能晚于今年（${currentYear}年）` };
  if (year < FIRST_SUPPORTED_YEAR)
    return { ok: false, message: '报告年度不能早于2019年（现行年报格式自2019年度起使用）' };
  return { ok: true, template: templateFor(editionForYear(year)) };
}

export { template2019, template2021 };
