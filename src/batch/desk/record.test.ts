import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAFT_FORMAT_VERSION } from '../../draft/write';
import { DESK_MESSAGES, DeskStorageError, deskError } from './errors';
import {
  DESK_FORMAT_VERSION,
  ITEM_MIGRATIONS,
  checkMigrations,
  itemProblem,
  migrateItem,
  storedItem,
  type ItemMigration,
  type StoredItem,
} from './record';

/** Records as version 1 stored them: a report read (with a remark and a printed total) and a file that was not. */
const fixture = (version: number) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `fixtures/items-v${version}.json`), 'utf8')) as Record<
    string,
    unknown
  >[];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;
const edit = (change: (r: Loose) => void): unknown => {
  const record = structuredClone(fixture(1)[0]) as Loose;
  change(record);
  return record;
};
const whyOf = (record: unknown) => {
  const r = migrateItem(record);
  return r.ok ? 'ok' : r.why;
};

describe('stored items: every version reads', () => {
  it('the version-1 fixture reads as it was stored', () => {
    const [ok, failed] = fixture(1);
    const a = migrateItem(ok);
    const b = migrateItem(failed);
    if (!a.ok || !b.ok) throw new Error('fixture refused');
    expect(a.item).toEqual(ok);
    expect(a.item.state).toBe('已批注');
    expect(a.item.item.findings.find((f) => f.printed !== undefined)).toMatchObject({
      target: 'tables.requests.new.total',
      printed: 12,
    });
    expect(a.item.item.ok && a.item.item.report.comments[0].text).toBe('自然人新收申请数与上年差异较大，请核实。');
    expect(b.item).toEqual(failed);
    expect(b.item.item).toMatchObject({ ok: false, reason: '文件是空的（0字节）' });
  });

  it('has one fixture per version and a step to each version after the first', () => {
    expect(DESK_FORMAT_VERSION).toBe(1);
    expect(ITEM_MIGRATIONS.length).toBe(DESK_FORMAT_VERSION - 1);
    for (let v = 1; v <= DESK_FORMAT_VERSION; v++) expect(fixture(v).length).toBeGreaterThan(0);
  });

  it('writes the draft format of the report it holds, and none for a file that was not read', () => {
    const [ok, failed] = fixture(1);
    expect(ok).not.toHaveProperty('reportFormat');
    const again = storedItem('batch-2024', (ok as unknown as StoredItem).item, 0);
    expect(again.reportFormat).toBe(DRAFT_FORMAT_VERSION);
    expect(storedItem('batch-2024', (failed as unknown as StoredItem).item, 1)).not.toHaveProperty('reportFormat');
  });
});

describe('a report of an older draft format', () => {
  const v1 = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../draft/fixtures/v1.nianbao.json'), 'utf8'),
  ) as Loose;
  const holding = (report: unknown, reportFormat: unknown) =>
    edit((r) => {
      r.reportFormat = reportFormat;
      r.item.report = report;
    });
  const format1 = () => ({ template: '2021', meta: v1.meta, sections: v1.sections, tables: v1.tables });

  it('is brought to the current format by the draft’s own steps, and the record says so', () => {
    const r = migrateItem(holding(format1(), 1));
    if (!r.ok) throw new Error(r.why);
    expect(r.item.reportFormat).toBe(DRAFT_FORMAT_VERSION);
    if (!r.item.item.ok) throw new Error('not a report');
    const { report } = r.item.item;
    expect(report.meta.agency).toBe('殷都区人民政府办公室');
    expect(report.sections.problems).toEqual({ opening: v1.sections.problems, subsections: [] });
    expect(report.sections.overview.subsections[1]).toMatchObject({ heading: '依申请公开', headingOnOwnLine: false });
    expect(report.tables.requests.new.natural).toBe(21);
    expect(report.lastYear).toBeNull();
    expect(r.item.state).toBe('已批注');
  });

  it('that does not read whole sets the record aside, naming the field as the record holds it', () => {
    const broken = { ...format1(), meta: { ...v1.meta, year: '二〇二四' } };
    expect(whyOf(holding(broken, 1))).toBe('item.report.meta.year：应为四位年份数字，记录中为 "二〇二四"');
  });

  it('of a newer app is told as such and left in place; a format that is no number is named', () => {
    expect(migrateItem(holding(format1(), DRAFT_FORMAT_VERSION + 1))).toEqual({
      ok: false,
      newer: true,
      why: `由更新版本的年报助手保存（报告格式第${DRAFT_FORMAT_VERSION + 1}版，本页只认识到第${DRAFT_FORMAT_VERSION}版）`,
    });
    expect(whyOf(holding(format1(), '1'))).toBe('reportFormat：应为正整数，记录中为 "1"');
  });
});

describe('migration mechanics (with steps of a version to come)', () => {
  const steps: ItemMigration[] = [
    { to: 2, why: 'a remark count beside the state', migrate: (r) => ({ ...r, version: 2, remarks: 0 }) },
    {
      to: 3,
      why: 'state 已退回 renamed',
      migrate: (r) => ({ ...r, version: 3, state: r.state === '退回' ? '已退回' : r.state }),
    },
  ];

  it('brings a version-1 record through each step in turn', () => {
    const r = migrateItem({ ...fixture(1)[1], state: '退回' }, steps);
    if (!r.ok) throw new Error(r.why);
    expect(r.item).toMatchObject({ version: 3, remarks: 0, state: '已退回', id: 'f2' });
  });

  it('runs only the steps after the record’s version', () => {
    const r = migrateItem({ ...fixture(1)[1], version: 2, state: '退回' }, steps);
    if (!r.ok) throw new Error(r.why);
    expect(r.item).toMatchObject({ version: 3, state: '已退回' });
    expect(r.item).not.toHaveProperty('remarks');
  });

  it('a step that forgets the version is caught by the check after it', () => {
    const forgetful: ItemMigration[] = [{ to: 2, why: 'x', migrate: (r) => ({ ...r }) }];
    expect(migrateItem(fixture(1)[0], forgetful)).toEqual({ ok: false, why: 'version：应为 2，记录中为 1' });
  });

  it('refuses steps out of order', () => {
    expect(() => checkMigrations([steps[1]])).toThrow('desk migration 0 goes to version 3, expected 2');
  });

  it('a record of a newer app is told as such, and marked to be left in place', () => {
    expect(migrateItem({ ...fixture(1)[0], version: 4 }, steps)).toEqual({
      ok: false,
      newer: true,
      why: '由更新版本的年报助手保存（记录格式第4版，本页只认识到第3版）',
    });
  });
});

describe('the check a stored record passes', () => {
  it('names the first field that is wrong, with what the record holds', () => {
    expect(whyOf('乱码')).toBe('记录应为对象，实际为 "乱码"');
    expect(whyOf(edit((r) => delete r.version))).toBe('version：应为正整数，记录中为 缺失');
    expect(whyOf(edit((r) => (r.version = '1')))).toBe('version：应为正整数，记录中为 "1"');
    expect(whyOf(edit((r) => (r.state = '已归档')))).toBe(
      'state：应为 待审、已批注、已退回、已通过 之一，记录中为 "已归档"',
    );
    expect(whyOf(edit((r) => (r.order = null)))).toBe('order：应为数字，记录中为 null');
    expect(whyOf(edit((r) => (r.source = 'doc')))).toBe(
      'source：应为 draft、docx、pdf、html、text 或 null，记录中为 "doc"',
    );
    expect(whyOf(edit((r) => (r.item.ok = 'true')))).toBe('item.ok：应为 true 或 false，记录中为 "true"');
    expect(whyOf(edit((r) => (r.item.id = 'f9')))).toBe('item.id：应与 id（f1）相同，记录中为 "f9"');
    expect(whyOf(edit((r) => (r.item.findings[0].kind = '错别字')))).toBe(
      'item.findings.0.kind：不是本工具认识的发现类别，记录中为 "错别字"',
    );
    expect(whyOf(edit((r) => (r.item.report.template = '2024')))).toBe(
      'item.report.template：应为 "2021" 或 "2019"（年报格式版本），记录中为 "2024"',
    );
    expect(whyOf(edit((r) => delete r.item.report.tables.appeals))).toBe(
      'item.report.tables.appeals：应为对象，记录中为 缺失',
    );
    expect(whyOf(edit((r) => (r.item.report.sections.overview.subsections = {})))).toBe(
      'item.report.sections.overview.subsections：应为列表，记录中为 一个对象',
    );
    expect(whyOf(edit((r) => (r.item.report.comments = null)))).toBe('item.report.comments：应为列表，记录中为 null');
    expect(whyOf(edit((r) => (r.item.report.lastYear = { template: '2021', sections: {}, tables: {} })))).toBe(
      'item.report.lastYear.sections.intro：应为文字，记录中为 缺失',
    );
  });

  it('a failed item needs its reason', () => {
    const failed = structuredClone(fixture(1)[1]) as Loose;
    delete failed.item.reason;
    expect(itemProblem(failed)).toBe('item.reason：应为文字，记录中为 缺失');
  });
});

describe('storage failures in words', () => {
  const cases: [string, 'open' | 'read' | 'write', string, string][] = [
    [
      'QuotaExceededError',
      'write',
      'quota',
      '浏览器存储空间已满，批量检查的结果无法保存：本次的结果仍在页面上，可导出检查结果（.xlsx）',
    ],
    [
      'SecurityError',
      'open',
      'refused',
      '浏览器不允许本页保存数据（可能是无痕窗口或已关闭网站数据），批量检查照常可用，但关闭页面后结果不会保留',
    ],
    ['InvalidStateError', 'open', 'refused', DESK_MESSAGES.refused('open')],
    ['VersionError', 'open', 'refused', DESK_MESSAGES.newer],
    [
      'NotReadableError',
      'read',
      'damaged',
      '浏览器中保存的批量检查记录已损坏：以前保存的结果暂不显示，保存的数据没有改动，刷新页面可再试',
    ],
    ['NotFoundError', 'write', 'damaged', DESK_MESSAGES.damaged('write')],
    ['UnknownError', 'open', 'other', '打开浏览器存储时出错：批量检查照常可用，但关闭页面后结果不会保留'],
    ['InvalidStateError', 'write', 'other', DESK_MESSAGES.other('write')],
  ];
  it.each(cases)('%s while %s → %s', (name, phase, kind, message) => {
    const error = deskError(new DOMException('the browser’s words', name), phase);
    expect(error).toBeInstanceOf(DeskStorageError);
    expect(error).toMatchObject({ kind, message, detail: `${name}: the browser’s words`, name: 'DeskStorageError' });
  });

  it('keeps a DeskStorageError as it is', () => {
    const own = new DeskStorageError('blocked', DESK_MESSAGES.yielded);
    expect(deskError(own, 'write')).toBe(own);
  });
});
