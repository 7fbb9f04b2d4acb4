// Opens a draft file (docs/draft-format.md) — or says, in one sentence of Chinese, why not:
// which field, and what the file holds there. Reading never changes anything; the caller decides.
import type { z } from 'zod';
import { tooLargeMessage } from '../import/limits';
import { describeFound, valueAt } from '../report/found';
import { reportSchema, type Report } from '../report/schema';
import { removeForbidden, removedMessage } from '../report/text';
import { isEdition, templateFor } from '../template';
import { resolveTemplate } from '../template/resolve';
import type { Template } from '../template/types';
import { migrate } from './migrations';
import { DRAFT_FORMAT, DRAFT_FORMAT_VERSION } from './write';

export type ReadErrorKind =
  'tooLarge' | 'encoding' | 'notJson' | 'notDraft' | 'newerVersion' | 'unknownTemplate' | 'invalidField';

export interface ReadError {
  kind: ReadErrorKind;
  message: string;
}

/** `notes`: what was changed on reading (characters removed), to tell the clerk; absent when nothing was. */
export type ReadResult = { ok: true; report: Report; notes?: string[] } | { ok: false; error: ReadError };

const fail = (kind: ReadErrorKind, message: string): ReadResult => ({ ok: false, error: { kind, message } });

/** Text of the file: UTF-8 (with or without BOM), or UTF-16 with its BOM (Notepad's "Unicode"). */
function decode(bytes: Uint8Array): string | null {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** A cell of this year's tables, or of last year's (in last year's edition). */
function cellAt(template: Template, draft: unknown, path: PropertyKey[]) {
  if (path[0] === 'tables' && path.length === 4) return resolveTemplate(template).cellByPath.get(path.join('.'));
  const edition = valueAt(draft, ['lastYear', 'template']);
  if (path[0] === 'lastYear' && path[1] === 'tables' && path.length === 5 && isEdition(edition))
    return resolveTemplate(templateFor(edition)).cellByPath.get(path.slice(1).join('.'));
  return undefined;
}

function expectation(template: Template, draft: unknown, path: PropertyKey[], issue: z.core.$ZodIssue): string {
  const cell = cellAt(template, draft, path);
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

/** The draft's own `template` says which edition's tables it holds. */
export function readDraft(input: Uint8Array): ReadResult {
  const tooLarge = tooLargeMessage('draft', input.length);
  if (tooLarge) return fail('tooLarge', tooLarge);
  const text = decode(input);
  if (text === null) return fail('encoding', '文件不是 UTF-8 文本，无法读取：请确认选的是“.nianbao.json”草稿文件');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : '';
    return fail('notJson', `文件内容不完整或已损坏，不是有效的 JSON（${detail.slice(0, 80)}）`);
  }
  if (
    data === null ||
    typeof data !== 'object' ||
    Array.isArray(data) ||
    (data as Record<string, unknown>).format !== DRAFT_FORMAT
  )
    return fail('notDraft', '这不是年报助手的草稿文件（缺少 "format": "xxgk-annual-report" 标记）');
  const draft = data as Record<string, unknown>;
  const version = draft.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('invalidField', `formatVersion：应为正整数，文件中为 ${describeFound(version)}`);
  if (version > DRAFT_FORMAT_VERSION)
    return fail(
      'newerVersion',
      `这份草稿由更新版本的年报助手保存（草稿格式第${version}版，本工具只认识到第${DRAFT_FORMAT_VERSION}版）：请使用新版本打开`,
    );
  if (!isEdition(draft.template))
    return fail(
      'unknownTemplate',
      `template：应为 "2021" 或 "2019"（年报格式版本），文件中为 ${describeFound(draft.template)}`,
    );
  const template = templateFor(draft.template);
  const current = migrate(draft, version);
  const parsed = reportSchema(template).safeParse(current);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const first = issues[0];
    const path = first.path;
    const where = path.map(String).join('.');
    const more = issues.length > 1 ? `（另有${issues.length - 1}处问题）` : '';
    return fail(
      'invalidField',
      `${where}：${expectation(template, current, path, first)}，文件中为 ${describeFound(valueAt(current, path))}${more}`,
    );
  }
  const removed = textsOf(current).reduce((n, t) => n + removeForbidden(t).removed, 0);
  return removed > 0
    ? { ok: true, report: parsed.data, notes: [removedMessage(removed)] }
    : { ok: true, report: parsed.data };
}

/** The texts of a draft the report keeps (the schema removes the characters XML forbids from exactly these). */
function textsOf(draft: unknown): string[] {
  const at = (...path: PropertyKey[]) => valueAt(draft, path);
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  const found = [
    at('meta', 'agency'),
    at('sections', 'intro'),
    ...['overview', 'problems', 'other'].flatMap((key) => [
      at('sections', key, 'opening'),
      ...list(at('sections', key, 'subsections')).flatMap((_, i) =>
        ['heading', 'text', 'removedNumbering'].map((field) => at('sections', key, 'subsections', i, field)),
      ),
    ]),
    ...list(at('comments')).flatMap((_, i) =>
      ['id', 'target', 'author', 'at', 'text', 'replyTo'].map((key) => at('comments', i, key)),
    ),
  ];
  return found.filter((v): v is string => typeof v === 'string');
}
