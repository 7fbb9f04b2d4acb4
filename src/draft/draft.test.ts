import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeed, YINDU } from '../../test/seed';
import { template2021 } from '../template';
import { readDraft } from './read';
import { writeDraft } from './write';

/** A draft as parsed JSON, edited freely to break it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

const fixture = readFileSync(resolve(import.meta.dirname, 'fixtures/v1.nianbao.json'));
const base = () => JSON.parse(fixture.toString('utf8')) as Loose;
const bytes = (text: string) => new TextEncoder().encode(text);
const read = (value: unknown) => readDraft(bytes(typeof value === 'string' ? value : JSON.stringify(value)), template2021);
const errorOf = (value: unknown) => {
  const r = read(value);
  return r.ok ? 'opened' : r.error.message;
};
const edit = (change: (d: Loose) => void) => {
  const d = base();
  change(d);
  return d;
};

describe('draft files', () => {
  it('opens every shipped version forever: the version-1 fixture', () => {
    const r = readDraft(fixture, template2021);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.report.meta).toEqual({ agency: '殷都区人民政府办公室', year: 2024, date: '2025-01-20' });
    expect(r.report.tables).toEqual(readSeed(YINDU).report.tables);
    expect(r.report.comments.map((c) => [c.id, c.target, c.resolved, c.replyTo])).toEqual([
      ['c1', 'tables.requests.new.natural', false, undefined],
      ['c2', 'tables.requests.new.natural', false, 'c1'],
      ['c3', 'sections.problems', true, undefined],
    ]);
  });

  it('saves and opens exactly the same report, comments and blanks included', () => {
    const r = readDraft(fixture, template2021);
    if (!r.ok) throw new Error(r.error.message);
    const report = { ...r.report, tables: { ...r.report.tables, appeals: { ...r.report.tables.appeals, adminReview: { ...r.report.tables.appeals.adminReview, other: null } } } };
    const again = readDraft(bytes(writeDraft(report, new Date())), template2021);
    expect(again).toEqual({ ok: true, report });
  });

  it('ignores values stored for derived cells and unknown fields', () => {
    const r = read(edit((d) => {
      d.tables.requests.new.total = 999;
      d.tables.requests.resultTotal = { natural: 1 };
      d.extra = { anything: true };
    }));
    expect(r.ok && r.report.tables.requests.new).not.toHaveProperty('total');
    expect(r.ok && r.report.tables.requests).not.toHaveProperty('resultTotal');
  });

  it('reads a missing table, row or cell as not filled in', () => {
    const r = read(edit((d) => {
      delete d.tables.appeals;
      delete d.tables.requests.carriedOver;
      delete d.tables.active.rules.issued;
    }));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.report.tables.appeals.adminReview.upheld).toBeNull();
    expect(r.report.tables.requests.carriedOver.natural).toBeNull();
    expect(r.report.tables.active.rules.issued).toBeNull();
  });

  it('opens a file with a UTF-8 BOM, and one re-saved as UTF-16 (Notepad "Unicode")', () => {
    const text = fixture.toString('utf8');
    expect(readDraft(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)]), template2021).ok).toBe(true);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(readDraft(utf16, template2021).ok).toBe(true);
  });

  it('lets __proto__ keys do no harm', () => {
    const text = fixture
      .toString('utf8')
      .replace('"format":', '"__proto__": {"polluted": true}, "format":')
      .replace('"new": {', '"new": {"__proto__": {"natural": 5}, "constructor": {"prototype": {"polluted": true}}, ');
    const r = readDraft(bytes(text), template2021);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.ok && r.report.tables.requests.new.natural).toBe(21);
  });

  // Each broken file gives one clear sentence, naming the field and what was found.
  const broken: [string, Uint8Array | unknown, string][] = [
    ['empty file', '', '文件内容不完整或已损坏，不是有效的 JSON（Unexpected end of JSON input）'],
    ['truncated', fixture.toString('utf8').slice(0, 500), expect.stringMatching(/^文件内容不完整或已损坏，不是有效的 JSON/) as unknown as string],
    ['plain text', '这是一个普通的文本文件', expect.stringMatching(/^文件内容不完整或已损坏/) as unknown as string],
    ['a JSON list', [1, 2, 3], '这不是年报助手的草稿文件（缺少 "format": "xxgk-annual-report" 标记）'],
    ['wrong marker', edit((d) => (d.format = 'excalidraw')), '这不是年报助手的草稿文件（缺少 "format": "xxgk-annual-report" 标记）'],
    ['no marker', edit((d) => delete d.format), '这不是年报助手的草稿文件（缺少 "format": "xxgk-annual-report" 标记）'],
    ['newer version', edit((d) => (d.formatVersion = 2)), '这份草稿由更新版本的年报助手保存（草稿格式第2版，本工具只认识到第1版）：请使用新版本打开'],
    ['version as text', edit((d) => (d.formatVersion = '1')), 'formatVersion：应为正整数，文件中为 "1"'],
    ['unknown template', edit((d) => (d.template = '2030')), 'template：应为 "2021"（年报格式版本），文件中为 "2030"'],
    ['2019 template', edit((d) => (d.template = '2019')), '这份草稿使用2019年版格式（2019、2020年度报告），本工具暂不支持'],
    ['text in table 三', edit((d) => (d.tables.requests.new.natural = 'abc')), 'tables.requests.new.natural：应为非负整数，文件中为 "abc"'],
    ['text in table 二', edit((d) => (d.tables.active.fees.amount = '12万')), 'tables.active.fees.amount：应为非负数（万元，最多4位小数），文件中为 "12万"'],
    ['boolean in table 四', edit((d) => (d.tables.appeals.adminReview.upheld = true)), 'tables.appeals.adminReview.upheld：应为非负整数，文件中为 true'],
    ['negative number', edit((d) => (d.tables.requests['withheld.stateSecret'].natural = -1)), 'tables.requests.withheld.stateSecret.natural：应为非负整数，文件中为 -1'],
    ['fraction in a count', edit((d) => (d.tables.requests.new.natural = 1.5)), 'tables.requests.new.natural：应为非负整数，文件中为 1.5'],
    ['5 decimals in 万元', edit((d) => (d.tables.active.fees.amount = 1.23456)), 'tables.active.fees.amount：应为非负数（万元，最多4位小数），文件中为 1.23456'],
    ['a row that is a list', edit((d) => (d.tables.requests.granted = [1, 2])), 'tables.requests.granted：应为对象，文件中为 一个列表（2项）'],
    ['string of 1 MB', edit((d) => (d.meta.agency = '镇'.repeat(1 << 20))), `meta.agency：过长（最多200字），文件中为 "${'镇'.repeat(20)}…"（共1048576字）`],
    ['year as text', edit((d) => (d.meta.year = '2024')), 'meta.year：应为四位年份数字，文件中为 "2024"'],
    ['impossible date', edit((d) => (d.meta.date = '2025-13-45')), expect.stringMatching(/^meta\.date：.*文件中为 "2025-13-45"$/) as unknown as string],
    ['sections of the wrong kind', edit((d) => (d.sections.overview = '总体情况')), 'sections.overview：应为列表，文件中为 "总体情况"'],
    ['deep nesting', `{"format":"xxgk-annual-report","formatVersion":1,"template":"2021","meta":{"agency":${'['.repeat(100000)}${']'.repeat(100000)}}}`, 'meta.agency：应为文字，文件中为 一个列表（1项）'],
    ['comments not a list', edit((d) => (d.comments = { c1: '请核对' })), 'comments：应为列表，文件中为 一个对象'],
    ['several problems', edit((d) => {
      d.tables.requests.new.natural = 'x';
      d.tables.requests.new.commercial = 'y';
    }), 'tables.requests.new.natural：应为非负整数，文件中为 "x"（另有1处问题）'],
  ];

  it.each(broken)('refuses a broken file (%s) with its reason', (_, value, message) => {
    expect(errorOf(value)).toEqual(message);
  });

  it('refuses a file over 5 MB before reading it, and bytes that are not text', () => {
    expect(readDraft(new Uint8Array(5 * 1024 * 1024 + 1), template2021)).toEqual({
      ok: false,
      error: { kind: 'tooLarge', message: '文件过大（5.0 MB），草稿文件不会超过 5 MB：请确认选对了文件' },
    });
    expect(readDraft(new Uint8Array([0x7b, 0xff, 0xfe, 0xfd, 0x7d, 0x80]), template2021)).toMatchObject({ ok: false, error: { kind: 'encoding' } });
  });

  it('has at least 20 kinds of broken file', () => {
    expect(broken.length + 2).toBeGreaterThanOrEqual(20);
  });
});
