// Every shipped draft format, read to the current one by the one reader of stored reports, and through every
// store that keeps a report: the draft file, the autosave, 最近的报告, a set-aside copy of an autosave, the desk.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { wrap, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { DESK_DB_NAME, openDesk } from '../batch/desk/db';
import { DESK_FORMAT_VERSION } from '../batch/desk/record';
import { valueAt } from '../report/found';
import type { Report } from '../report/schema';
import { BACKUP_PREFIX, createAutosave, loadSession, SESSION_KEY } from '../storage/autosave';
import { listBackups, readBackup } from '../storage/backups';
import { MemoryStorage } from '../storage/memoryStorage';
import { keepRecent, listRecent, RECENT_KEY } from '../storage/recent';
import { readDraft } from './read';
import { readStored } from './stored';
import { DRAFT_FORMAT_VERSION } from './write';

const FIXTURES = resolve(import.meta.dirname, 'fixtures');

interface Shipped {
  version: number;
  agency: string;
  /** Cells (and a figure of last year's report) by path, with what the fixture holds there. */
  cells: [PropertyKey[], number | null][];
  texts: [PropertyKey[], string][];
  lastYearAgency: string | null;
}

/** What each fixture holds, written out from the file: a report read from it must hold the same. */
const SHIPPED: Shipped[] = [
  {
    version: 1,
    agency: '殷都区人民政府办公室',
    cells: [
      [['tables', 'requests', 'new', 'natural'], 21],
      [['tables', 'requests', 'granted', 'natural'], 13],
      [['tables', 'active', 'normativeDocs', 'issued'], 3],
    ],
    texts: [
      [['sections', 'overview', 'subsections', 1, 'heading'], '依申请公开'],
      [['sections', 'other', 'opening'], '本年度未收取信息处理费。'],
      [['comments', 2, 'target'], 'sections.problems'],
    ],
    lastYearAgency: null,
  },
  {
    version: 2,
    agency: '殷都区铜冶镇人民政府',
    cells: [
      [['tables', 'requests', 'new', 'commercial'], 2],
      [['tables', 'active', 'fees', 'amount'], 0.5],
      [['tables', 'appeals', 'litigationAfterReview', 'other'], null],
    ],
    texts: [
      [['sections', 'overview', 'subsections', 1, 'removedNumbering'], '（二）'],
      [['sections', 'problems', 'subsections', 0, 'text'], '一是及时更新栏目内容。\n二是加强业务培训。'],
      [['comments', 1, 'replyTo'], 'c1'],
    ],
    lastYearAgency: null,
  },
  {
    version: 3,
    agency: '下冶镇人民政府',
    cells: [
      [['tables', 'requests', 'carriedOver', 'natural'], 3],
      [['lastYear', 'tables', 'active', 'procurement', 'amount'], 41],
    ],
    texts: [[['sections', 'problems', 'opening'], '2020年，我镇政府信息公开工作取得了新的进展。']],
    lastYearAgency: '下冶镇人民政府',
  },
];

const fileOf = (version: number) => readFileSync(resolve(FIXTURES, `v${version}.nianbao.json`));
const draftOf = (version: number) => JSON.parse(fileOf(version).toString('utf8')) as Record<string, unknown>;
/** The report as a store keeps it: the draft without the file's own fields. */
function reportOf(version: number): Record<string, unknown> {
  const { format, formatVersion, savedAt, ...report } = draftOf(version);
  expect([format, formatVersion, typeof savedAt]).toEqual(['xxgk-annual-report', version, 'string']);
  return report;
}

function expectContent(report: Report, shipped: Shipped, how: string) {
  expect(report.meta.agency, how).toBe(shipped.agency);
  for (const [path, value] of [...shipped.cells, ...shipped.texts]) expect(valueAt(report, path), how).toBe(value);
  // the current format's shape, whatever the format read
  for (const key of ['overview', 'problems', 'other'] as const) {
    expect(typeof report.sections[key].opening, how).toBe('string');
    expect(Array.isArray(report.sections[key].subsections), how).toBe(true);
  }
  expect(report.lastYear?.agency ?? null, how).toBe(shipped.lastYearAgency);
}

/** Each store as this app writes it (the format said) and as the apps of formats 1–3 wrote it (nothing said). */
const STATED = [true, false] as const;
const said = (stated: boolean, version: number) => (stated ? { formatVersion: version } : {});
const sessionOf = (report: unknown, stated: boolean, version: number) =>
  JSON.stringify({
    version: 1,
    savedAt: '2025-01-10T01:31:00.000Z',
    tabId: 'tab',
    revision: 'tab:1',
    ...said(stated, version),
    report,
    step: 'requests',
  });
const isStep = (s: unknown): s is 'requests' => s === 'requests';

describe('a fixture for every shipped draft format', () => {
  it('has one file per version up to the current one, and the table above says what each holds', () => {
    const versions = Array.from({ length: DRAFT_FORMAT_VERSION }, (_, i) => i + 1);
    expect(readdirSync(FIXTURES).filter((f) => f.endsWith('.nianbao.json'))).toEqual(
      versions.map((v) => `v${v}.nianbao.json`),
    );
    expect(SHIPPED.map((s) => s.version)).toEqual(versions);
  });
});

describe.each(SHIPPED)('format $version, read to the current format', (shipped) => {
  const { version } = shipped;

  it('by the one reader, with the format said and told by its shape alike, nothing set aside', () => {
    for (const [how, read] of [
      ['draft as parsed', readStored(draftOf(version), version)],
      ['report, format said', readStored(reportOf(version), version)],
      ['report, format by shape', readStored(reportOf(version))],
    ] as const) {
      expect(read.setAside, how).toEqual([]);
      expect(read.problem, how).toBeUndefined();
      expectContent(read.report, shipped, how);
    }
  });

  it('as a draft file', () => {
    const read = readDraft(fileOf(version));
    if (!read.ok) throw new Error(read.error.message);
    expectContent(read.report, shipped, 'draft file');
  });

  it('as the autosave', () => {
    for (const stated of STATED) {
      const storage = new MemoryStorage();
      storage.setItem(SESSION_KEY, sessionOf(reportOf(version), stated, version));
      const loaded = loadSession(storage, readStored, isStep);
      if (loaded.kind !== 'ok') throw new Error(`autosave (${stated ? 'said' : 'by shape'}): ${loaded.kind}`);
      expect(loaded.session.step).toBe('requests');
      expectContent(loaded.session.report, shipped, `autosave, format ${stated ? 'said' : 'by shape'}`);
    }
  });

  it('as an entry of 最近的报告', () => {
    for (const stated of STATED) {
      const storage = new MemoryStorage();
      const entry = { id: 'e1', title: '旧报告', savedAt: '2025-01-10T01:31:00.000Z', ...said(stated, version) };
      storage.setItem(RECENT_KEY, JSON.stringify([{ ...entry, report: reportOf(version) }]));
      const [read] = listRecent(storage, readStored);
      expect(read.setAside).toBeUndefined();
      expectContent(read.report, shipped, `recent, format ${stated ? 'said' : 'by shape'}`);
    }
  });

  it('as a set-aside copy of an autosave', () => {
    for (const stated of STATED) {
      const storage = new MemoryStorage();
      storage.setItem(`${BACKUP_PREFIX}2025-01-10T01:31:00.000Z`, sessionOf(reportOf(version), stated, version));
      const read = readBackup(listBackups(storage)[0], readStored);
      if (!read) throw new Error('not a session');
      expect(read.setAside).toEqual([]);
      expectContent(read.report, shipped, `backup, format ${stated ? 'said' : 'by shape'}`);
    }
  });

  it('as a report kept on the reviewer’s desk', async () => {
    // the desk keeps a report of the current format as the app holds it (read), an older one as it was
    const current = version === DRAFT_FORMAT_VERSION;
    const held = current ? readStored(reportOf(version), version).report : reportOf(version);
    const factory = new IDBFactory();
    const desk = await openDesk(factory);
    const batch = await desk.createBatch('旧格式');
    const db = (await wrap(factory.open(DESK_DB_NAME))) as IDBPDatabase;
    const item = { id: 'f1', fileName: '旧报告.nianbao.json', source: 'draft', ok: true, report: held, findings: [] };
    const record = { batchId: batch.id, id: 'f1', order: 0, version: DESK_FORMAT_VERSION, reportFormat: version };
    await db.put('items', { ...record, fileName: item.fileName, source: 'draft', state: '待审', item });
    db.close();
    const loaded = await desk.load(batch.id);
    await desk.close();
    expect(loaded?.setAside).toEqual([]);
    const [restored] = loaded!.items;
    expect(restored.reportFormat).toBe(DRAFT_FORMAT_VERSION);
    if (!restored.item.ok) throw new Error('not a report');
    expectContent(restored.item.report, shipped, 'desk');
  });
});

describe('an older report that does not read whole', () => {
  it('is brought to the current format first, then repaired; what was set aside is named in the current shape', () => {
    const old = reportOf(1) as { sections: { overview: unknown[] }; comments: unknown[] };
    old.sections.overview = Array.from({ length: 52 }, (_, i) => ({ heading: `小节${i}`, text: '' }));
    old.comments = [{ id: 7, target: 'meta.agency', text: '编号不是文字' }];
    for (const formatVersion of [1, undefined]) {
      const { report, setAside, problem } = readStored(old, formatVersion);
      expect(report.meta.agency).toBe('殷都区人民政府办公室');
      expect(report.sections.problems.opening).toMatch(/^2024年政务公开工作/);
      expect(report.sections.overview.subsections).toHaveLength(50);
      expect(report.sections.overview.subsections[0]).toEqual({ heading: '小节0', text: '', headingOnOwnLine: false });
      expect(report.comments).toEqual([]);
      expect(setAside).toEqual([
        { path: 'sections.overview.subsections.50…', found: '2项' },
        { path: 'comments.0', found: '一个对象' },
      ]);
      expect(problem).toMatchObject({ path: 'sections.overview.subsections', expected: '最多50条' });
    }
  });
});

describe('the stores say the format of the report they hold', () => {
  it('the autosave and 最近的报告 write the current one; an entry set aside in part goes back with its own', () => {
    const storage = new MemoryStorage();
    const report = readStored(reportOf(2), 2).report;
    const save = createAutosave(storage);
    save.schedule({ report, step: 'meta' });
    save.flush();
    expect(JSON.parse(storage.getItem(SESSION_KEY)!)).toMatchObject({ formatVersion: DRAFT_FORMAT_VERSION, report });

    const broken = { ...reportOf(1), meta: { agency: 5, year: 2024 } };
    const old = { id: 'old', title: '旧', savedAt: '2025-01-10T01:31:00.000Z', formatVersion: 1, report: broken };
    storage.setItem(RECENT_KEY, JSON.stringify([old]));
    const list = listRecent(storage, readStored);
    expect(list[0].setAside).toEqual([{ path: 'meta.agency', found: '5' }]);
    expect(list[0].report.sections.problems.opening).toMatch(/^2024年政务公开工作/);
    keepRecent(storage, list, report, new Date('2025-02-01T00:00:00Z'));
    const stored = JSON.parse(storage.getItem(RECENT_KEY)!) as { formatVersion: number; report: unknown }[];
    expect(stored.map((e) => e.formatVersion)).toEqual([DRAFT_FORMAT_VERSION, 1]);
    expect(stored[1].report).toEqual(broken);
  });
});
