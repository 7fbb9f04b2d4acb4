import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyReport } from '../report/empty';
import { reportSchema, type Report } from '../report/schema';
import { template2021 } from '../template';
import { createAutosave, loadSession, SESSION_KEY } from './autosave';

class MemoryStorage implements Storage {
  data = new Map<string, string>();
  failWith: DOMException | null = null;
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.failWith) throw this.failWith;
    this.data.set(k, v);
  }
}

const schema = reportSchema(template2021);
const read = (d: unknown): Report | null => {
  const r = schema.safeParse(d);
  return r.success ? r.data : null;
};
const isStep = (s: unknown): s is 'meta' => typeof s === 'string';
const report = () => {
  const r = emptyReport(template2021, 2025);
  r.meta.agency = '某某镇人民政府';
  r.tables.requests.new.natural = 21;
  return r;
};

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes after a short pause, and on flush at once', () => {
    const storage = new MemoryStorage();
    const save = createAutosave(storage, 300);
    save.schedule({ report: report(), step: 'requests' });
    expect(save.getStatus().state).toBe('saving');
    expect(storage.getItem(SESSION_KEY)).toBeNull();
    vi.advanceTimersByTime(300);
    expect(save.getStatus().state).toBe('saved');
    const loaded = loadSession(storage, read, isStep);
    expect(loaded).toEqual({ kind: 'ok', session: { report: report(), step: 'requests' } });

    const changed = report();
    changed.tables.requests.new.natural = 22;
    save.schedule({ report: changed, step: 'requests' });
    save.flush();
    expect(loadSession(storage, read, isStep)).toMatchObject({ kind: 'ok', session: { report: changed } });
  });

  it('says so when the browser refuses, keeps the edit and retries on the next one', () => {
    const storage = new MemoryStorage();
    const save = createAutosave(storage, 300);
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    save.schedule({ report: report(), step: 'meta' });
    save.flush();
    expect(save.getStatus()).toEqual({ state: 'failed', message: '浏览器的存储空间已满' });
    storage.failWith = null;
    save.flush();
    expect(save.getStatus().state).toBe('saved');
    expect(storage.getItem(SESSION_KEY)).not.toBeNull();
  });

  it('reports storage that is switched off', () => {
    const save = createAutosave(null);
    expect(save.getStatus()).toMatchObject({ state: 'failed', message: expect.stringContaining('无痕') });
  });

  it('keeps an unreadable saved session aside instead of losing it', () => {
    const storage = new MemoryStorage();
    storage.setItem(SESSION_KEY, '{"report": {"template": "2021", "tables": {"requests": {"new": {"natural": -1}}}}');
    const loaded = loadSession(storage, read, isStep, () => new Date('2025-01-02T03:04:05Z'));
    expect(loaded).toMatchObject({ kind: 'broken', backupKey: `${SESSION_KEY}:unreadable:2025-01-02T03:04:05.000Z` });
    expect(storage.getItem(`${SESSION_KEY}:unreadable:2025-01-02T03:04:05.000Z`)).toContain('"natural": -1');
    expect(storage.getItem(SESSION_KEY)).toBeNull();
    storage.setItem(SESSION_KEY, 'not json');
    expect(loadSession(storage, read, isStep).kind).toBe('broken');
  });
});
