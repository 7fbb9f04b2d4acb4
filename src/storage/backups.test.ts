import { describe, expect, it } from 'vitest';
import { emptyReport } from '../report/empty';
import { salvageReport } from '../report/salvage';
import { template2021 } from '../template';
import { BACKUP_PREFIX } from './autosave';
import { dropRecent, keepRecent, listRecent, RECENT_KEY } from './recent';
import { BACKUP_POLICY, listBackups, pruneBackups } from './backups';
import { MemoryStorage } from './memoryStorage';

const day = 24 * 60 * 60 * 1000;
const now = new Date('2026-03-01T00:00:00Z');
const salvage = (d: unknown) => salvageReport(d, template2021);

describe('set-aside autosaves', () => {
  it(`keeps the newest ${BACKUP_POLICY.keep}, none older than ${BACKUP_POLICY.days} days`, () => {
    const storage = new MemoryStorage();
    const ages = [1, 2, 91, 3, 4, 100];
    for (const age of ages)
      storage.setItem(`${BACKUP_PREFIX}${new Date(now.getTime() - age * day).toISOString()}`, `raw ${age}`);
    storage.setItem(`${BACKUP_PREFIX}not a date`, 'raw ?');
    storage.setItem('other', 'kept');
    pruneBackups(storage, now);
    expect(listBackups(storage).map((b) => b.raw)).toEqual(['raw 1', 'raw 2', 'raw 3']);
    expect(storage.getItem('other')).toBe('kept');
    storage.data.clear();
    storage.setItem(`${BACKUP_PREFIX}${new Date(now.getTime() - 95 * day).toISOString()}`, 'old');
    pruneBackups(storage, now);
    expect(listBackups(storage)).toEqual([]);
  });
});

describe('recent reports', () => {
  const report = (agency: string) => ({ ...emptyReport(template2021, 2025), meta: { agency, year: 2025, date: '' } });

  it('does not repeat the same report, and a restored entry leaves the list', () => {
    const storage = new MemoryStorage();
    let list = keepRecent(storage, [], report('甲镇'), now)!;
    list = keepRecent(storage, list, report('乙镇'), now)!;
    list = keepRecent(storage, list, report('甲镇'), now)!;
    expect(list.map((e) => e.report.meta.agency)).toEqual(['甲镇', '乙镇']);
    list = dropRecent(storage, list, list[1].id)!;
    expect(listRecent(storage, salvage).map((e) => e.report.meta.agency)).toEqual(['甲镇']);
  });

  it('shows an entry that no longer reads whole, salvaged, and writes it back as it was stored', () => {
    const storage = new MemoryStorage();
    const bad = { ...report('丙镇'), sections: { ...report('丙镇').sections, intro: 5 } };
    storage.setItem(RECENT_KEY, JSON.stringify([{ id: 'x', title: '丙镇', savedAt: now.toISOString(), report: bad }]));
    const list = listRecent(storage, salvage);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      report: { meta: { agency: '丙镇' } },
      setAside: [{ path: 'sections.intro', found: '5' }],
    });
    keepRecent(storage, list, report('丁镇'), now);
    expect(JSON.parse(storage.getItem(RECENT_KEY)!)[1].report.sections.intro).toBe(5);
  });
});
