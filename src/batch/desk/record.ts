// The reviewer's desk as the browser keeps it: a batch, and each report of it with its findings and the
// reviewer's state. Pure (no IndexedDB here): the shapes, their version, the steps from older versions, and
// the check a stored record passes before the desk shows it.
//
// Validation on restore is a shape check, not the report's zod schema. Measured in Node (vitest, a 2-core
// machine, each run alone): reportSchema(templateFor(edition)).safeParse over 1,000 reports of ~28,000
// characters (long texts, last year's report, 10 remarks) took 706–853 ms, and 173–283 ms over 1,000 of the
// seed's 4,800 characters; real reports are 15–30 KB, so the schema would cost more than the 500 ms allowed,
// more still on a clerk's PC. The shape check below took 9–19 ms over the same 1,000 (20 findings each).
// It is also the right gate: the schema is for files from outside (it strips, fills defaults and rewrites
// texts), while a record here was written by the desk from a report the app already held, and must come
// back exactly as it was. The desk's writes pass the same check first, so it never stores what it would refuse.
// A report of an older draft format (a record says the format of its report) is another matter: it is read as
// every stored report is (src/draft/stored.ts, the one table of steps), and its record is shown when it reads
// whole, else set aside like any record that does not read.
import { LAST_UNSTATED_FORMAT } from '../../draft/migrations';
import { readStored } from '../../draft/stored';
import { DRAFT_FORMAT_VERSION } from '../../draft/write';
import { describeFound } from '../../report/found';
import { isEdition } from '../../template';
import { FINDING_KINDS, type BatchItem, type SourceKind } from '../types';

/** What the reviewer decided about a report; every report of a new batch is 待审. */
export const REVIEW_STATES = ['待审', '已批注', '已退回', '已通过'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/**
 * The version of the stored records (batches and items). 1: the first. An item's report says its own draft
 * format (`reportFormat`), so that a new draft format needs no step here: the report is brought up on reading.
 */
export const DESK_FORMAT_VERSION = 1;

export interface StoredBatch {
  id: string;
  /** As the reviewer named it (`2024年度 各乡镇`). */
  name: string;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601: the last write of the batch or one of its items. */
  updatedAt: string;
  version: number;
}

export interface StoredItem {
  batchId: string;
  /** The item's id (BatchItem.id): unique within its batch. */
  id: string;
  /** Its place in the batch: the order the files were given in. */
  order: number;
  version: number;
  /**
   * The draft format (src/draft/write.ts) of `item.report`, when the item holds one. A record without it holds a
   * report of format LAST_UNSTATED_FORMAT.
   */
  reportFormat?: number;
  fileName: string;
  source: SourceKind | null;
  state: ReviewState;
  /**
   * The whole item: the report (remarks are `report.comments`) and its findings — a total the published report
   * printed otherwise is a finding with its `printed` figure — or why it could not be read.
   */
  item: BatchItem;
}

/** A new record for an item of a batch, at the current version. */
export function storedItem(batchId: string, item: BatchItem, order: number, state: ReviewState = '待审'): StoredItem {
  return {
    batchId,
    id: item.id,
    order,
    version: DESK_FORMAT_VERSION,
    ...(item.ok ? { reportFormat: DRAFT_FORMAT_VERSION } : {}),
    fileName: item.fileName,
    source: item.source,
    state,
    item,
  };
}

export interface ItemMigration {
  /** The version this step produces. */
  to: number;
  why: string;
  migrate(record: Record<string, unknown>): Record<string, unknown>;
}

/** One step per version after the first; none yet (no version before 1 was ever stored). */
export const ITEM_MIGRATIONS: readonly ItemMigration[] = [];

/** The steps must go 2, 3, 4… in order; the current version is the one the last step reaches. */
export function checkMigrations(steps: readonly ItemMigration[]): number {
  steps.forEach((m, i) => {
    if (m.to !== i + 2) throw new Error(`desk migration ${i} goes to version ${m.to}, expected ${i + 2}`);
  });
  return steps.length + 1;
}

if (checkMigrations(ITEM_MIGRATIONS) !== DESK_FORMAT_VERSION)
  throw new Error('desk migrations do not reach DESK_FORMAT_VERSION');

export type Migrated = { ok: true; item: StoredItem } | { ok: false; why: string; newer?: true };

type Fields = Record<string, unknown>;
const isObject = (v: unknown): v is Fields => v !== null && typeof v === 'object' && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isVersion = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;

/**
 * A stored record brought to the current version and checked, or why it cannot be shown (in Chinese, naming
 * the field). `newer`: written by a newer app; the caller leaves it where it is for that app.
 * `steps` is for tests of the mechanics; the app uses ITEM_MIGRATIONS.
 */
export function migrateItem(record: unknown, steps: readonly ItemMigration[] = ITEM_MIGRATIONS): Migrated {
  if (!isObject(record)) return { ok: false, why: `记录应为对象，实际为 ${describeFound(record)}` };
  const current = checkMigrations(steps);
  const version = record.version;
  if (!isVersion(version)) return { ok: false, why: `version：应为正整数，记录中为 ${describeFound(version)}` };
  if (version > current)
    return {
      ok: false,
      newer: true,
      why: `由更新版本的年报助手保存（记录格式第${version}版，本页只认识到第${current}版）`,
    };
  const stepped = steps.filter((m) => m.to > version).reduce((r, m) => m.migrate(r), record);
  const migrated = withCurrentReport(stepped);
  if (!migrated.ok) return migrated;
  const why = itemProblem(migrated.record, current);
  return why === null ? { ok: true, item: migrated.record as unknown as StoredItem } : { ok: false, why };
}

/** The format of the report a record holds, as it says it (or as records said nothing). */
const reportFormatOf = (record: Fields): unknown => record.reportFormat ?? LAST_UNSTATED_FORMAT;

/**
 * The record with its report in the current draft format: one of an older format is read through the one reader
 * of stored reports, and the record goes aside (naming the field) unless it reads whole. A report of the current
 * format was written by this desk from a report already read: it is left as it is, for the frame check.
 */
function withCurrentReport(record: Fields): { ok: true; record: Fields } | Extract<Migrated, { ok: false }> {
  const item = record.item;
  if (!isObject(item) || item.ok !== true) return { ok: true, record };
  const format = reportFormatOf(record);
  if (!isVersion(format)) return { ok: false, why: expected('reportFormat', '应为正整数', format) };
  if (format > DRAFT_FORMAT_VERSION)
    return {
      ok: false,
      newer: true,
      why: `由更新版本的年报助手保存（报告格式第${format}版，本页只认识到第${DRAFT_FORMAT_VERSION}版）`,
    };
  if (format === DRAFT_FORMAT_VERSION) return { ok: true, record };
  const read = readStored(item.report, format);
  if (read.problem)
    return {
      ok: false,
      why: `item.report.${read.problem.path}：${read.problem.expected}，记录中为 ${read.problem.found}`,
    };
  return {
    ok: true,
    record: { ...record, reportFormat: DRAFT_FORMAT_VERSION, item: { ...item, report: read.report } },
  };
}

const SOURCES: Record<SourceKind, true> = { draft: true, docx: true, pdf: true, html: true, text: true };
const FINDING_KIND_SET = new Set<unknown>(FINDING_KINDS);
const STATE_SET = new Set<unknown>(REVIEW_STATES);
const isSource = (v: unknown) => v === null || (isString(v) && Object.prototype.hasOwnProperty.call(SOURCES, v));

const expected = (field: string, what: string, found: unknown) => `${field}：${what}，记录中为 ${describeFound(found)}`;

/** The first thing wrong with a record of the current version, or null. Cheap: no field is parsed twice. */
export function itemProblem(record: unknown, version = DESK_FORMAT_VERSION): string | null {
  if (!isObject(record)) return `记录应为对象，实际为 ${describeFound(record)}`;
  if (record.version !== version) return expected('version', `应为 ${version}`, record.version);
  for (const field of ['batchId', 'id', 'fileName'] as const) {
    const v = record[field];
    if (!isString(v) || (field !== 'fileName' && v === '')) return expected(field, '应为文字', v);
  }
  if (typeof record.order !== 'number' || !Number.isFinite(record.order))
    return expected('order', '应为数字', record.order);
  if (!isSource(record.source)) return expected('source', '应为 draft、docx、pdf、html、text 或 null', record.source);
  if (!STATE_SET.has(record.state)) return expected('state', `应为 ${REVIEW_STATES.join('、')} 之一`, record.state);
  const problem = batchItemProblem(record.item);
  if (problem) return problem;
  if ((record.item as Fields).ok && reportFormatOf(record) !== DRAFT_FORMAT_VERSION)
    return expected('reportFormat', `应为 ${DRAFT_FORMAT_VERSION}`, record.reportFormat);
  if ((record.item as Fields).id !== record.id)
    return expected('item.id', `应与 id（${record.id}）相同`, (record.item as Fields).id);
  return null;
}

function batchItemProblem(item: unknown): string | null {
  if (!isObject(item)) return expected('item', '应为对象', item);
  if (typeof item.ok !== 'boolean') return expected('item.ok', '应为 true 或 false', item.ok);
  if (!isString(item.id)) return expected('item.id', '应为文字', item.id);
  if (!isString(item.fileName)) return expected('item.fileName', '应为文字', item.fileName);
  if (!isSource(item.source)) return expected('item.source', '应为 draft、docx、pdf、html、text 或 null', item.source);
  const findings = findingsProblem(item.findings);
  if (findings) return findings;
  if (!item.ok) {
    if (!isString(item.reason)) return expected('item.reason', '应为文字', item.reason);
    if (item.detail !== undefined && !isString(item.detail)) return expected('item.detail', '应为文字', item.detail);
    return null;
  }
  return reportProblem(item.report);
}

function findingsProblem(findings: unknown): string | null {
  if (!Array.isArray(findings)) return expected('item.findings', '应为列表', findings);
  for (let i = 0; i < findings.length; i++) {
    const f: unknown = findings[i];
    if (!isObject(f)) return expected(`item.findings.${i}`, '应为对象', f);
    if (!FINDING_KIND_SET.has(f.kind)) return expected(`item.findings.${i}.kind`, '不是本工具认识的发现类别', f.kind);
    if (f.severity !== 'error' && f.severity !== 'warning')
      return expected(`item.findings.${i}.severity`, '应为 error 或 warning', f.severity);
    if (!isString(f.message)) return expected(`item.findings.${i}.message`, '应为文字', f.message);
  }
  return null;
}

/** The report's frame only: its edition, and that its parts are there. Its cells and texts were checked when it was read. */
function reportProblem(report: unknown): string | null {
  if (!isObject(report)) return expected('item.report', '应为对象', report);
  if (!isEdition(report.template))
    return expected('item.report.template', '应为 "2021" 或 "2019"（年报格式版本）', report.template);
  const meta = report.meta;
  if (!isObject(meta)) return expected('item.report.meta', '应为对象', meta);
  if (!isString(meta.agency)) return expected('item.report.meta.agency', '应为文字', meta.agency);
  if (meta.year !== null && typeof meta.year !== 'number')
    return expected('item.report.meta.year', '应为数字或 null', meta.year);
  if (!isString(meta.date)) return expected('item.report.meta.date', '应为文字', meta.date);
  const parts =
    sectionsProblem('item.report.sections', report.sections) ?? tablesProblem('item.report.tables', report.tables);
  if (parts) return parts;
  if (!Array.isArray(report.comments)) return expected('item.report.comments', '应为列表', report.comments);
  const last = report.lastYear;
  if (last === null) return null;
  if (!isObject(last)) return expected('item.report.lastYear', '应为对象或 null', last);
  if (!isEdition(last.template))
    return expected('item.report.lastYear.template', '应为 "2021" 或 "2019"（年报格式版本）', last.template);
  return (
    sectionsProblem('item.report.lastYear.sections', last.sections) ??
    tablesProblem('item.report.lastYear.tables', last.tables)
  );
}

function sectionsProblem(at: string, sections: unknown): string | null {
  if (!isObject(sections)) return expected(at, '应为对象', sections);
  if (!isString(sections.intro)) return expected(`${at}.intro`, '应为文字', sections.intro);
  for (const key of ['overview', 'problems', 'other'] as const) {
    const body = sections[key];
    if (!isObject(body)) return expected(`${at}.${key}`, '应为对象', body);
    if (!isString(body.opening)) return expected(`${at}.${key}.opening`, '应为文字', body.opening);
    if (!Array.isArray(body.subsections)) return expected(`${at}.${key}.subsections`, '应为列表', body.subsections);
  }
  return null;
}

function tablesProblem(at: string, tables: unknown): string | null {
  if (!isObject(tables)) return expected(at, '应为对象', tables);
  for (const key of ['active', 'requests', 'appeals'] as const)
    if (!isObject(tables[key])) return expected(`${at}.${key}`, '应为对象', tables[key]);
  return null;
}

/** The first thing wrong with a stored batch, or null. */
export function batchProblem(record: unknown): string | null {
  if (!isObject(record)) return `记录应为对象，实际为 ${describeFound(record)}`;
  for (const field of ['id', 'name', 'createdAt', 'updatedAt'] as const)
    if (!isString(record[field])) return expected(field, '应为文字', record[field]);
  if (!isVersion(record.version)) return expected('version', '应为正整数', record.version);
  return null;
}
