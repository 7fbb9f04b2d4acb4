// Why a stored report does not read whole, in the words a clerk is shown: the first field the reader refuses,
// what it should hold (in Chinese, never zod's English) and what is there.
import type { z } from 'zod/mini';
import { describeFound, valueAt } from '../report/found';
import { isEdition, templateFor } from '../template';
import { resolveTemplate } from '../template/resolve';
import type { Template } from '../template/types';

export interface Problem {
  /** The field, as the draft format names it (`sections.overview.subsections.1.heading`; empty: the whole report). */
  path: string;
  /** What it should hold: `应为非负整数`, `过长（最多200字）`. */
  expected: string;
  /** What it holds, in a few words. */
  found: string;
  /** How many more fields the reader refuses. */
  others: number;
}

/** A cell of this year's tables, or of last year's (in last year's edition). */
function cellAt(template: Template, report: unknown, path: PropertyKey[]) {
  if (path[0] === 'tables' && path.length === 4) return resolveTemplate(template).cellByPath.get(path.join('.'));
  const edition = valueAt(report, ['lastYear', 'template']);
  if (path[0] === 'lastYear' && path[1] === 'tables' && path.length === 5 && isEdition(edition))
    return resolveTemplate(templateFor(edition)).cellByPath.get(path.slice(1).join('.'));
  return undefined;
}

function expectation(template: Template, report: unknown, path: PropertyKey[], issue: z.core.$ZodIssue): string {
  const cell = cellAt(template, report, path);
  if (cell) {
    if (cell?.kind === 'amount') return '应为非负数（万元，最多4位小数）';
    if (cell?.kind === 'signed') return '应为整数（可为负数）';
    return '应为非负整数';
  }
  if (path.join('.') === 'meta.year') return '应为四位年份数字';
  if (issue.code === 'too_big') {
    const { maximum, origin } = issue as { maximum?: number; origin?: string };
    return origin === 'array' ? `最多${maximum}条` : `过长（最多${maximum}字）`;
  }
  if (issue.code === 'invalid_type') {
    const expected = (issue as { expected?: string }).expected;
    return (
      { string: '应为文字', number: '应为数字', boolean: '应为 true 或 false', array: '应为列表', object: '应为对象' }[
        expected ?? ''
      ] ?? `应为 ${expected}`
    );
  }
  if (issue.code === 'invalid_value') return '取值不在允许的范围内';
  // zod's own words are English (`Invalid discriminator value…`): a clerk is told in Chinese what kind of value is wrong
  return issue.code === 'invalid_union' ? '不是本工具认识的格式' : '取值不对';
}

/** The first of the reader's issues with `report` (in the current format, read against `template`). */
export function firstProblem(template: Template, report: unknown, issues: z.core.$ZodIssue[]): Problem {
  const first = issues[0];
  const path = first.path;
  return {
    path: path.map(String).join('.'),
    expected: expectation(template, report, path, first),
    found: describeFound(valueAt(report, path)),
    others: issues.length - 1,
  };
}
