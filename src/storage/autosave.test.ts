import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyReport } from '../report/empty';
import { salvageReport } from '../report/salvage';
import { reportSchema, TEXT_LIMITS, type Report } from '../report/schema';
import { template2021 } from '../template';
import { BACKUP_PREFIX, createAutosave, loadSession, SESSION_KEY } from './autosave';
import { MemoryStorage } from './memoryStorage';

const schema = reportSchema(template2021);
const salvage = (d: unknown) => salvageReport(d, template2021);
const readBack = (d: unknown) => {
  const r = schema.safeParse(d);
  return r.success ? null : `${r.error.issues[0].path.join('.')}：过长`;
};
const isStep = (s: unknown): s is 'meta' => typeof s === 'string';
const report = (natural = 21): Report => {
  const r = emptyReport(template2021, 2025);
  r.meta.agency = '某某镇人民政府';
  r.tables.requests.new.natural = natural;
  return r;
};
const load = (storage: Storage) => loadSession(storage, salvage, isStep, () => new Date('2025-01-02T03:04:05Z'));
const stored = (storage: MemoryStorage) =>
  JSON.parse(storage.getItem(SESSION_KEY)!) as { report: Report; step: string; revision: string };

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes after a short pause, and on flush at once', () => {
    const storage = new MemoryStorage();
    const save = createAutosave(storage, { delayMs: 300 });
    save.schedule({ report: report(), step: 'requests' });
    expect(save.getStatus().state).toBe('saving');
    expect(storage.getItem(SESSION_KEY)).toBeNull();
    vi.advanceTimersByTime(300);
    expect(save.getStatus().state).toBe('saved');
    expect(load(storage)).toMatchObject({ kind: 'ok', session: { report: report(), step: 'requests' } });

    save.schedule({ report: report(22), step: 'requests' });
    save.flush();
    expect(load(storage)).toMatchObject({ kind: 'ok', session: { report: report(22) } });
  });

  it('says so when the browser refuses, keeps the edit and retries on the next one', () => {
    const storage = new MemoryStorage();
    const save = createAutosave(storage, { delayMs: 300 });
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    save.schedule({ report: report(), step: 'meta' });
    save.flush();
    expect(save.getStatus()).toEqual({ state: 'failed', message: '浏览器的存储空间已满' });
    storage.failWith = null;
    save.flush();
    expect(save.getStatus().state).toBe('saved');
    expect(storage.getItem(SESSION_KEY)).not.toBeNull();
  });

  it('under a full quota keeps the last save whole and says so at once', () => {
    const storage = new MemoryStorage();
    const save = createAutosave(storage, { delayMs: 300 });
    save.schedule({ report: report(21), step: 'meta' });
    save.flush();
    storage.quota = [...storage.data].reduce((n, [k, v]) => n + k.length + v.length, 0); // full to the last character
    const longer = report(21);
    longer.meta.agency += '办公室';
    save.schedule({ report: longer, step: 'meta' });
    vi.advanceTimersByTime(300);
    expect(save.getStatus()).toEqual({ state: 'failed', message: '浏览器的存储空间已满' });
    expect(load(storage)).toMatchObject({ kind: 'ok', session: { report: report(21) } });
  });

  it('reports storage that is switched off', () => {
    const save = createAutosave(null);
    expect(save.getStatus()).toMatchObject({ state: 'failed', message: expect.stringContaining('无痕') });
  });

  it('never writes a report that would not read back: the good save stays, and the field is named', () => {
    const storage = new MemoryStorage();
    const save = createAutosave(storage, { readBack });
    save.schedule({ report: report(21), step: 'overview' });
    save.flush();
    const bad = report(22);
    bad.sections.overview.subsections[1].heading = '长'.repeat(TEXT_LIMITS.heading + 1);
    save.schedule({ report: bad, step: 'overview' });
    save.flush();
    expect(save.getStatus()).toEqual({ state: 'invalid', message: 'sections.overview.subsections.1.heading：过长' });
    expect(stored(storage).report).toEqual(report(21));
    // fixed: it saves again
    bad.sections.overview.subsections[1].heading = '长'.repeat(TEXT_LIMITS.heading);
    save.schedule({ report: { ...bad }, step: 'overview' });
    save.flush();
    expect(save.getStatus().state).toBe('saved');
    expect(stored(storage).report.sections.overview.subsections[1].heading).toHaveLength(TEXT_LIMITS.heading);
  });

  it('keeps an unreadable saved session aside and salvages what reads', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({
      step: 'requests',
      report: { ...report(), meta: { agency: '某某镇人民政府', year: 2025, date: 'x' } },
    });
    storage.setItem(SESSION_KEY, raw);
    const loaded = load(storage);
    expect(loaded).toMatchObject({
      kind: 'salvaged',
      session: { step: 'requests', report: { meta: { agency: '某某镇人民政府', date: '' } } },
      setAside: [{ path: 'meta.date', found: '"x"' }],
      backupKey: `${BACKUP_PREFIX}2025-01-02T03:04:05.000Z`,
      preserve: null,
    });
    expect(storage.getItem(`${BACKUP_PREFIX}2025-01-02T03:04:05.000Z`)).toBe(raw);
    // loaded again before anything was typed: the copy is not made twice
    expect(loadSession(storage, salvage, isStep, () => new Date('2025-01-03T00:00:00Z'))).toMatchObject({
      backupKey: `${BACKUP_PREFIX}2025-01-02T03:04:05.000Z`,
    });
    expect([...storage.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX))).toHaveLength(1);
    storage.setItem(SESSION_KEY, 'not json');
    expect(load(storage)).toMatchObject({ kind: 'broken' });
  });

  it('with a broken save and a full storage, the first keystroke does not overwrite the broken save', () => {
    const storage = new MemoryStorage();
    const broken = `not json {${'x'.repeat(20_000)}`; // larger than the report: writing over it would fit
    storage.setItem(SESSION_KEY, broken);
    storage.quota = SESSION_KEY.length + broken.length; // full: not even a copy of it fits
    const loaded = load(storage);
    expect(loaded).toMatchObject({ kind: 'broken', preserve: { raw: broken } });
    const save = createAutosave(storage, { preserve: loaded.kind === 'broken' ? loaded.preserve : null });
    save.schedule({ report: report(), step: 'meta' });
    save.flush();
    expect(save.getStatus()).toEqual({ state: 'failed', message: '浏览器的存储空间已满' });
    expect(storage.getItem(SESSION_KEY)).toBe(broken);
    // once there is room, the broken save goes aside first, then the report is saved
    storage.quota = Infinity;
    save.schedule({ report: report(), step: 'meta' });
    save.flush();
    expect(storage.getItem(`${BACKUP_PREFIX}2025-01-02T03:04:05.000Z`)).toBe(broken);
    expect(stored(storage).report).toEqual(report());
  });
});

describe('two tabs', () => {
  const tabs = () => {
    const storage = new MemoryStorage();
    const a = createAutosave(storage);
    a.schedule({ report: report(1), step: 'meta' });
    a.flush();
    const b = createAutosave(storage, { revision: stored(storage).revision });
    return { storage, a, b };
  };

  it('a change of step in one tab does not stop the other', () => {
    const { storage, a, b } = tabs();
    b.schedule({ report: report(1), step: 'requests' }, false);
    b.flush();
    a.noticeWrite(storage.getItem(SESSION_KEY));
    expect(a.getStatus().state).toBe('saved');
    a.schedule({ report: report(2), step: 'meta' });
    a.flush();
    expect(stored(storage).report).toEqual(report(2));
  });

  it('a new version from the other tab stops this one, even before its storage event arrives', () => {
    const { storage, a, b } = tabs();
    b.schedule({ report: report(5), step: 'meta' });
    b.flush();
    // no event yet: tab A is about to write, and finds the newer version
    a.schedule({ report: report(3), step: 'meta' });
    a.flush();
    expect(a.getStatus().state).toBe('conflict');
    expect(stored(storage).report).toEqual(report(5));
    expect(a.hasUnsavedChanges()).toBe(true);
  });

  it('the conflict clears when the clerk takes either version', () => {
    const { storage, a, b } = tabs();
    b.schedule({ report: report(5), step: 'meta' });
    b.flush();
    a.noticeWrite(storage.getItem(SESSION_KEY));
    expect(a.getStatus().state).toBe('conflict');
    // A takes B's version: writing resumes from it, and B is not disturbed
    a.adopt(stored(storage).revision);
    expect(a.getStatus().state).toBe('saved');
    a.schedule({ report: report(6), step: 'meta' });
    a.flush();
    expect(stored(storage).report).toEqual(report(6));
    b.noticeWrite(storage.getItem(SESSION_KEY));
    expect(b.getStatus().state).toBe('conflict');
    // B keeps its own version: it is written, and A is the one told
    b.overwrite({ report: report(5), step: 'meta' });
    expect(b.getStatus().state).toBe('saved');
    expect(stored(storage).report).toEqual(report(5));
    a.noticeWrite(storage.getItem(SESSION_KEY));
    expect(a.getStatus().state).toBe('conflict');
  });
});

describe('the header of a save', () => {
  it('is read from its first characters, and from older saves by parsing', () => {
    const storage = new MemoryStorage();
    const a = createAutosave(storage);
    a.schedule({ report: report(1), step: 'meta' });
    a.flush();
    const raw = storage.getItem(SESSION_KEY)!;
    expect(raw.slice(0, 300)).toMatch(/^\{"version":1,"savedAt":"[^"]+","tabId":"[^"]+","revision":"[^"]+"/);
    // the other tab sees this write as a new version, whichever way the header is read
    const b = createAutosave(storage, { revision: 'older' });
    b.noticeWrite(raw);
    expect(b.getStatus().state).toBe('conflict');
    const c = createAutosave(storage, { revision: 'older' });
    c.noticeWrite(JSON.stringify({ report: report(1), revision: 'newer', tabId: 'x' }));
    expect(c.getStatus().state).toBe('conflict');
    const d = createAutosave(storage, { revision: 'same' });
    d.noticeWrite(JSON.stringify({ step: 'requests', report: report(1), revision: 'same', tabId: 'x' }));
    expect(d.getStatus().state).toBe('idle');
  });
});
