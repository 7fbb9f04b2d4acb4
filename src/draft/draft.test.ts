import { sectionsFromFormat1 } from '../report/sections';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeed, YINDU } from '../../test/seed';
import { template2021 } from '../template';
import { formatNumber } from '../report/number';
import { readDraft } from './read';
import { runChecks } from '../checks';
import { writeDraft } from './write';

/** A draft as parsed JSON, edited freely to break it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

const fixture = readFileSync(resolve(import.meta.dirname, 'fixtures/v1.nianbao.json'));
const base = () => JSON.parse(fixture.toString('utf8')) as Loose;
const bytes = (text: string) => new TextEncoder().encode(text);
const read = (value: unknown) => readDraft(bytes(typeof value === 'string' ? value : JSON.stringify(value)));
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
    const r = readDraft(fixture);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.report.meta).toEqual({ agency: '殷都区人民政府办公室', year: 2024, date: '2025-01-20' });
    expect(r.report.tables).toEqual(readSeed(YINDU).report.tables);
    expect(r.report.comments.map((c) => [c.id, c.target, c.resolved, c.replyTo])).toEqual([
      ['c1', 'tables.requests.new.natural', false, undefined],
      ['c2', 'tables.requests.new.natural', false, 'c1'],
      ['c3', 'sections.problems', true, undefined],
    ]);
  });

  it('opens a version-1 draft with last year not known (the migrations to the current version)', () => {
    const r = readDraft(fixture);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.report.lastYear).toBeNull();
    const written = writeDraft(r.report, new Date());
    expect(JSON.parse(written)).toMatchObject({ formatVersion: 3, lastYear: null });
    expect(readDraft(bytes(written))).toEqual({ ok: true, report: r.report });
  });

  it('opens the version-3 fixture: a 2021 report with last year’s 2020 report (2019 edition) beside it, checks and all', () => {
    const r = readDraft(readFileSync(resolve(import.meta.dirname, 'fixtures/v3.nianbao.json')));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.report.template).toBe('2021');
    expect(r.report.meta.year).toBe(2021);
    expect(r.report.lastYear).toMatchObject({ template: '2019', year: 2020, agency: '下冶镇人民政府' });
    expect(r.report.lastYear!.tables.active.procurement).toEqual({ projects: 1, amount: 41 });
    expect(r.report.lastYear!.tables.requests.otherHandling.commercial).toBe(1);
    expect(r.report.tables.requests.carriedOver.natural).toBe(3);
    const findings = runChecks(template2021, r.report, 2026).findings.filter((f) => f.id.startsWith('crossYear'));
    expect(findings.map((f) => f.message)).toEqual([
      '自然人：二、上年结转为3，2020年度报告的四、结转下年度继续办理为2',
    ]);
    expect(readDraft(bytes(writeDraft(r.report, new Date())))).toEqual({ ok: true, report: r.report });
  });

  it('saves and opens exactly the same report, comments and blanks included', () => {
    const r = readDraft(fixture);
    if (!r.ok) throw new Error(r.error.message);
    const report = {
      ...r.report,
      tables: {
        ...r.report.tables,
        appeals: { ...r.report.tables.appeals, adminReview: { ...r.report.tables.appeals.adminReview, other: null } },
      },
    };
    const again = readDraft(bytes(writeDraft(report, new Date())));
    expect(again).toEqual({ ok: true, report });
  });

  it('ignores values stored for derived cells and unknown fields', () => {
    const r = read(
      edit((d) => {
        d.tables.requests.new.total = 999;
        d.tables.requests.resultTotal = { natural: 1 };
        d.extra = { anything: true };
      }),
    );
    // opened first: `r.ok && …` would be `false`, which has no such property either, and pass when refused
    if (!r.ok) throw new Error(r.error.message);
    expect(r.report.tables.requests.new).not.toHaveProperty('total');
    expect(r.report.tables.requests).not.toHaveProperty('resultTotal');
    expect(r.report).not.toHaveProperty('extra');
    expect(r.report.tables.requests.new.natural).toBe(21);
  });

  it('reads a missing table, row or cell as not filled in', () => {
    const r = read(
      edit((d) => {
        delete d.tables.appeals;
        delete d.tables.requests.carriedOver;
        delete d.tables.active.rules.issued;
      }),
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.report.tables.appeals.adminReview.upheld).toBeNull();
    expect(r.report.tables.requests.carriedOver.natural).toBeNull();
    expect(r.report.tables.active.rules.issued).toBeNull();
  });

  it('opens a file with a UTF-8 BOM, and one re-saved as UTF-16 (Notepad "Unicode")', () => {
    const text = fixture.toString('utf8');
    expect(readDraft(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)])).ok).toBe(true);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(readDraft(utf16).ok).toBe(true);
  });

  it('lets __proto__ keys do no harm', () => {
    const text = fixture
      .toString('utf8')
      .replace('"format":', '"__proto__": {"polluted": true}, "format":')
      .replace('"new": {', '"new": {"__proto__": {"natural": 5}, "constructor": {"prototype": {"polluted": true}}, ');
    const r = readDraft(bytes(text));
    if (!r.ok) throw new Error(r.error.message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.report.tables.requests.new.natural).toBe(21);
  });

  it('lets __proto__ and constructor keys anywhere do no harm: dropped, nothing polluted', () => {
    const text = JSON.stringify(base())
      .replace('"meta":{', '"meta":{"__proto__":{"agency":"假机关"},"constructor":{"prototype":{"polluted":true}},')
      .replace('"sections":{', '"sections":{"__proto__":{"intro":"假"},"constructor":"x",')
      .replace('"tables":{', '"tables":{"constructor":{"x":{"y":1}},"__proto__":{"active":{}},')
      .replace('"comments":[{', '"comments":[{"__proto__":{"resolved":true},"constructor":{},');
    const r = readDraft(bytes(text));
    if (!r.ok) throw new Error(r.error.message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('agency');
    expect(r.report.meta.agency).toBe('殷都区人民政府办公室');
    expect(r.report.sections.intro).not.toBe('假');
    expect(Object.keys(r.report.tables)).toEqual(['active', 'requests', 'appeals']);
    expect(Object.keys(r.report.comments[0]).sort()).toEqual(['at', 'author', 'id', 'resolved', 'target', 'text']);
    expect(r.report.comments[0].resolved).toBe(false);
  });

  it('removes the characters XML forbids from every text, and says how many', () => {
    const r = read(
      edit((d) => {
        d.meta.agency = '殷都区\u0000人民政府\uFFFF办公室';
        d.sections.problems = '个别\u0001内容\uFFFE。\t保留\n换行\r\n';
        d.sections.overview[0].heading = '主动公开\uD800';
        d.comments[0].text = '\uDC00请核对\u001F';
      }),
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.report.meta.agency).toBe('殷都区人民政府办公室');
    expect(r.report.sections.problems.opening).toBe('个别内容。\t保留\n换行\r\n');
    expect(r.report.sections.overview.subsections[0].heading).toBe('主动公开');
    expect(r.report.comments[0].text).toBe('请核对');
    expect(r.notes).toEqual(['已删除7个无法写入文档的控制字符（多来自复制粘贴）']);
    // a paired surrogate (an emoji) is kept, and a clean file has no notes
    const emoji = read(edit((d) => (d.meta.agency = '殷都区😀')));
    expect(emoji).toMatchObject({ ok: true, report: { meta: { agency: '殷都区😀' } } });
    expect(emoji).not.toHaveProperty('notes');
  });

  it('reads lone surrogates and U+0000 written as JSON escapes cleanly', () => {
    const text = JSON.stringify(base()).replace(
      '"殷都区人民政府办公室"',
      '"殷都区\\u0000\\ud800人民政府\\uffff办公室\\udfff"',
    );
    const r = readDraft(bytes(text));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.report.meta.agency).toBe('殷都区人民政府办公室');
    expect(r.notes).toEqual(['已删除4个无法写入文档的控制字符（多来自复制粘贴）']);
  });

  it('reads -0 in a count as 0, and refuses a number beyond floating point (1e400 is Infinity)', () => {
    const zero = read(edit((d) => (d.tables.requests.new.natural = -0)));
    if (!zero.ok) throw new Error(zero.error.message);
    expect(zero.report.tables.requests.new.natural === 0).toBe(true);
    expect(formatNumber(zero.report.tables.requests.new.natural)).toBe('0');
    expect(writeDraft(zero.report, new Date())).toContain('"natural": 0,');
    const text = JSON.stringify(base()).replace('"natural":21', '"natural":1e400');
    expect(readDraft(bytes(text))).toMatchObject({
      ok: false,
      error: { message: 'tables.requests.new.natural：应为非负整数，文件中为 Infinity' },
    });
  });

  it('refuses 1e308 in a 万元 cell (over 999,999,999), naming the cell and the number as the file writes it', () => {
    expect(errorOf(edit((d) => (d.tables.active.fees.amount = 1e308)))).toBe(
      'tables.active.fees.amount：应为非负数（万元，最多4位小数），文件中为 1e+308',
    );
  });

  it('opens remarks with odd targets, dates and replies: kept as they are, to be shown as general remarks', () => {
    const r = read(
      edit((d) => {
        d.comments.push(
          { id: 'x1', target: 'sections.overview.abc', author: '甲', at: 'not a date', text: '一', resolved: false },
          {
            id: 'x2',
            target: 'tables.constructor.x.y',
            author: '甲',
            at: '2025-13-45T00:00:00Z',
            text: '二',
            resolved: false,
          },
          { id: 'x3', target: 'sections.problems', author: '甲', at: '', text: '三', resolved: false, replyTo: 'x3' },
        );
      }),
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.report.comments.slice(-3).map((c) => [c.id, c.target, c.at, c.replyTo])).toEqual([
      ['x1', 'sections.overview.abc', 'not a date', undefined],
      ['x2', 'tables.constructor.x.y', '2025-13-45T00:00:00Z', undefined],
      ['x3', 'sections.problems', '', 'x3'],
    ]);
  });

  // Each broken file gives one clear sentence, naming the field and what was found.
  const broken: [string, Uint8Array | unknown, string][] = [
    ['empty file', '', '文件内容不完整或已损坏，不是有效的 JSON（Unexpected end of JSON input）'],
    [
      'truncated',
      fixture.toString('utf8').slice(0, 500),
      expect.stringMatching(/^文件内容不完整或已损坏，不是有效的 JSON/) as unknown as string,
    ],
    ['plain text', '这是一个普通的文本文件', expect.stringMatching(/^文件内容不完整或已损坏/) as unknown as string],
    ['a JSON list', [1, 2, 3], '这不是年报助手的草稿文件（缺少 "format": "xxgk-annual-report" 标记）'],
    [
      'wrong marker',
      edit((d) => (d.format = 'excalidraw')),
      '这不是年报助手的草稿文件（缺少 "format": "xxgk-annual-report" 标记）',
    ],
    ['no marker', edit((d) => delete d.format), '这不是年报助手的草稿文件（缺少 "format": "xxgk-annual-report" 标记）'],
    [
      'newer version',
      edit((d) => (d.formatVersion = 4)),
      '这份草稿由更新版本的年报助手保存（草稿格式第4版，本工具只认识到第3版）：请使用新版本打开',
    ],
    ['version as text', edit((d) => (d.formatVersion = '1')), 'formatVersion：应为正整数，文件中为 "1"'],
    [
      'unknown template',
      edit((d) => (d.template = '2030')),
      'template：应为 "2021" 或 "2019"（年报格式版本），文件中为 "2030"',
    ],
    [
      'a negative outside 本年增/减 (2019)',
      edit((d) => Object.assign(d, { template: '2019', tables: { active: { licensing: { previous: -1 } } } })),
      'tables.active.licensing.previous：应为非负整数，文件中为 -1',
    ],
    [
      'a decimal in 本年增/减 (2019)',
      edit((d) => Object.assign(d, { template: '2019', tables: { active: { licensing: { change: -1.5 } } } })),
      'tables.active.licensing.change：应为整数（可为负数），文件中为 -1.5',
    ],
    [
      'last year’s cell',
      edit((d) =>
        Object.assign(d, {
          formatVersion: 3,
          sections: sectionsFromFormat1(d.sections),
          lastYear: {
            template: '2019',
            year: 2020,
            agency: 'x',
            tables: { requests: { carriedForward: { natural: 'abc' } } },
          },
        }),
      ),
      'lastYear.tables.requests.carriedForward.natural：应为非负整数，文件中为 "abc"',
    ],
    [
      'text in table 三',
      edit((d) => (d.tables.requests.new.natural = 'abc')),
      'tables.requests.new.natural：应为非负整数，文件中为 "abc"',
    ],
    [
      'text in table 二',
      edit((d) => (d.tables.active.fees.amount = '12万')),
      'tables.active.fees.amount：应为非负数（万元，最多4位小数），文件中为 "12万"',
    ],
    [
      'boolean in table 四',
      edit((d) => (d.tables.appeals.adminReview.upheld = true)),
      'tables.appeals.adminReview.upheld：应为非负整数，文件中为 true',
    ],
    [
      'negative number',
      edit((d) => (d.tables.requests['withheld.stateSecret'].natural = -1)),
      'tables.requests.withheld.stateSecret.natural：应为非负整数，文件中为 -1',
    ],
    [
      'fraction in a count',
      edit((d) => (d.tables.requests.new.natural = 1.5)),
      'tables.requests.new.natural：应为非负整数，文件中为 1.5',
    ],
    [
      '5 decimals in 万元',
      edit((d) => (d.tables.active.fees.amount = 1.23456)),
      'tables.active.fees.amount：应为非负数（万元，最多4位小数），文件中为 1.23456',
    ],
    [
      'a row that is a list',
      edit((d) => (d.tables.requests.granted = [1, 2])),
      'tables.requests.granted：应为对象，文件中为 一个列表（2项）',
    ],
    [
      'string of 1 MB',
      edit((d) => (d.meta.agency = '镇'.repeat(1 << 20))),
      `meta.agency：过长（最多200字），文件中为 "${'镇'.repeat(20)}…"（共1048576字）`,
    ],
    ['year as text', edit((d) => (d.meta.year = '2024')), 'meta.year：应为四位年份数字，文件中为 "2024"'],
    [
      'impossible date',
      edit((d) => (d.meta.date = '2025-13-45')),
      expect.stringMatching(/^meta\.date：.*文件中为 "2025-13-45"$/) as unknown as string,
    ],
    [
      'sections of the wrong kind',
      edit((d) => (d.sections.overview = '总体情况')),
      'sections.overview：应为对象，文件中为 "总体情况"',
    ],
    [
      '51 subsections',
      edit((d) => (d.sections.overview = Array.from({ length: 51 }, () => ({ heading: '', text: '' })))),
      'sections.overview.subsections：最多50条，文件中为 一个列表（51项）',
    ],
    [
      '2001 comments',
      edit((d) => (d.comments = Array.from({ length: 2001 }, (_, i) => ({ ...d.comments[0], id: `c${i}` })))),
      'comments：最多2000条，文件中为 一个列表（2001项）',
    ],
    [
      '201-character heading',
      edit((d) => (d.sections.overview[0].heading = '标'.repeat(201))),
      `sections.overview.subsections.0.heading：过长（最多200字），文件中为 "${'标'.repeat(20)}…"（共201字）`,
    ],
    [
      '5001-character comment',
      edit((d) => (d.comments[0].text = '批'.repeat(5001))),
      `comments.0.text：过长（最多5000字），文件中为 "${'批'.repeat(20)}…"（共5001字）`,
    ],
    [
      'deep nesting in a comment',
      `{"format":"xxgk-annual-report","formatVersion":1,"template":"2021","comments":${'['.repeat(100000)}${']'.repeat(100000)}}`,
      'comments.0：应为对象，文件中为 一个列表（1项）',
    ],
    [
      'deep nesting in a cell',
      `{"format":"xxgk-annual-report","formatVersion":1,"template":"2021","tables":{"requests":{"new":{"natural":${'{"a":'.repeat(100000)}1${'}'.repeat(100000)}}}}}`,
      'tables.requests.new.natural：应为非负整数，文件中为 一个对象',
    ],
    [
      'deep nesting',
      `{"format":"xxgk-annual-report","formatVersion":1,"template":"2021","meta":{"agency":${'['.repeat(100000)}${']'.repeat(100000)}}}`,
      'meta.agency：应为文字，文件中为 一个列表（1项）',
    ],
    ['comments not a list', edit((d) => (d.comments = { c1: '请核对' })), 'comments：应为列表，文件中为 一个对象'],
    [
      'several problems',
      edit((d) => {
        d.tables.requests.new.natural = 'x';
        d.tables.requests.new.commercial = 'y';
      }),
      'tables.requests.new.natural：应为非负整数，文件中为 "x"（另有1处问题）',
    ],
  ];

  it.each(broken)('refuses a broken file (%s) with its reason', (_, value, message) => {
    expect(errorOf(value)).toEqual(message);
  });

  it('refuses a 30 MB file by its size, before decoding it', () => {
    const big = new TextEncoder().encode(
      JSON.stringify({ ...base(), sections: { intro: '字'.repeat(10 * 1024 * 1024) } }),
    );
    expect(big.length).toBeGreaterThan(30 * 1024 * 1024);
    expect(readDraft(big)).toEqual({
      ok: false,
      error: { kind: 'tooLarge', message: '文件过大（30.0 MB），草稿文件不会超过 5 MB：请确认选对了文件' },
    });
  });

  it('refuses a file over 5 MB before reading it, and bytes that are not text', () => {
    expect(readDraft(new Uint8Array(5 * 1024 * 1024 + 1))).toEqual({
      ok: false,
      error: { kind: 'tooLarge', message: '文件过大（5.0 MB），草稿文件不会超过 5 MB：请确认选对了文件' },
    });
    expect(readDraft(new Uint8Array([0x7b, 0xff, 0xfe, 0xfd, 0x7d, 0x80]))).toMatchObject({
      ok: false,
      error: { kind: 'encoding' },
    });
  });

  it('has at least 20 kinds of broken file', () => {
    expect(broken.length + 2).toBeGreaterThanOrEqual(20);
  });
});

it('a value zod describes in English is said in Chinese (a lastYear of an edition the app does not know)', () => {
  const draft = JSON.parse(readFileSync(new URL('./fixtures/v3.nianbao.json', import.meta.url), 'utf8'));
  draft.lastYear = { template: '2030', year: 2023, agency: '示例镇', tables: {}, sections: {} };
  const read = readDraft(new TextEncoder().encode(JSON.stringify(draft)));
  expect(read.ok).toBe(false);
  if (read.ok) return;
  expect(read.error.message).toContain('不是本工具认识的格式');
  expect(read.error.message).not.toMatch(/[A-Za-z]{4,} [a-z]{4,}/); // no English sentence
});
