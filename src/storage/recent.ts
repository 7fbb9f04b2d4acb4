// Reports replaced in this browser (by 新建报告, 打开草稿 or a restore), kept so that none is lost.
import { reportTitle } from '../document/title';
import type { Report } from '../report/schema';

export const RECENT_KEY = 'xxgk-nianbao:recent';
const KEEP = 10;

export interface RecentEntry {
  id: string;
  title: string;
  savedAt: string;
  report: Report;
}

export function listRecent(storage: Storage | null, readReport: (data: unknown) => Report | null): RecentEntry[] {
  try {
    const raw = JSON.parse(storage?.getItem(RECENT_KEY) ?? '[]') as unknown;
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((e: Partial<RecentEntry>) => {
      const report = readReport(e?.report);
      return report && typeof e.id === 'string' ? [{ id: e.id, title: String(e.title ?? ''), savedAt: String(e.savedAt ?? ''), report }] : [];
    });
  } catch {
    return [];
  }
}

/** Keeps a report in the list (newest first). Returns the list as stored, or null when the browser refuses to store it. */
export function keepRecent(storage: Storage | null, entries: RecentEntry[], report: Report, now: Date): RecentEntry[] | null {
  const entry: RecentEntry = {
    id: `${now.getTime()}-${Math.random().toString(36).slice(2, 8)}`,
    title: report.meta.agency.trim() ? reportTitle(report) : `未命名报告（${report.meta.year ?? ''}年度）`,
    savedAt: now.toISOString(),
    report,
  };
  const kept = [entry, ...entries].slice(0, KEEP);
  try {
    if (!storage) return null;
    storage.setItem(RECENT_KEY, JSON.stringify(kept));
    return kept;
  } catch {
    return null;
  }
}
