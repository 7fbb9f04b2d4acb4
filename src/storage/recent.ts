// Reports replaced in this browser (by 新建报告, 打开草稿, a restore or a choice between two tabs), kept so
// that none is lost. An entry that no longer reads whole is salvaged, never dropped from the list.
import { reportTitle } from '../document/title';
import type { StoredReader } from '../draft/stored';
import { DRAFT_FORMAT_VERSION } from '../draft/write';
import type { SetAside } from '../report/salvage';
import type { Report } from '../report/schema';

export const RECENT_KEY = 'xxgk-nianbao:recent';
export const RECENT_KEEP = 10;

export interface RecentEntry {
  id: string;
  title: string;
  savedAt: string;
  report: Report;
  /** Fields that did not read back (the entry is shown as salvaged). */
  setAside?: SetAside[];
  /** The report as stored, when it did not read whole: written back as it was, so that nothing is lost. */
  stored?: unknown;
  /** The format `stored` was written in, as its entry said it (none said: format 3 or older, told by its shape). */
  storedFormat?: unknown;
}

/** An entry as it is stored: the report with the format it was written in. */
interface StoredEntry {
  id: string;
  title: string;
  savedAt: string;
  formatVersion?: unknown;
  report: unknown;
}

export function listRecent(storage: Storage | null, salvage: StoredReader): RecentEntry[] {
  try {
    const raw = JSON.parse(storage?.getItem(RECENT_KEY) ?? '[]') as unknown;
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((e: Partial<StoredEntry> | null) => {
      if (!e || typeof e !== 'object' || typeof e.id !== 'string') return [];
      const { report, setAside } = salvage(e.report, e.formatVersion);
      const entry: RecentEntry = { id: e.id, title: String(e.title ?? ''), savedAt: String(e.savedAt ?? ''), report };
      return [setAside.length ? { ...entry, setAside, stored: e.report, storedFormat: e.formatVersion } : entry];
    });
  } catch {
    return [];
  }
}

function store(storage: Storage | null, entries: RecentEntry[]): RecentEntry[] | null {
  try {
    if (!storage) return null;
    // a salvaged entry is written back as it was stored: its salvage is found again on reading
    const raw = entries.map(({ id, title, savedAt, report, stored, storedFormat }): StoredEntry =>
      stored == null
        ? { id, title, savedAt, formatVersion: DRAFT_FORMAT_VERSION, report }
        : { id, title, savedAt, formatVersion: storedFormat, report: stored },
    );
    storage.setItem(RECENT_KEY, JSON.stringify(raw));
    return entries;
  } catch {
    return null;
  }
}

const same = (a: Report, b: Report) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Keeps a report in the list (newest first); an entry holding the very same report is not repeated.
 * Returns the list as stored, or null when the browser refuses to store it.
 */
export function keepRecent(
  storage: Storage | null,
  entries: RecentEntry[],
  report: Report,
  now: Date,
): RecentEntry[] | null {
  const entry: RecentEntry = {
    id: `${now.getTime()}-${Math.random().toString(36).slice(2, 8)}`,
    title: report.meta.agency.trim() ? reportTitle(report) : `未命名报告（${report.meta.year ?? ''}年度）`,
    savedAt: now.toISOString(),
    report,
  };
  return store(storage, [entry, ...entries.filter((e) => !same(e.report, report))].slice(0, RECENT_KEEP));
}

/** Takes an entry out of the list (it was restored: it is the open report now). */
export function dropRecent(storage: Storage | null, entries: RecentEntry[], id: string): RecentEntry[] | null {
  return store(
    storage,
    entries.filter((e) => e.id !== id),
  );
}
