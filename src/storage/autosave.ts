// Autosave of the open report in the browser (localStorage: synchronous, so a flush on `pagehide`
// really lands; a report is a few tens of KB). A failed write is shown to the clerk, never only logged.
import type { Report } from '../report/schema';
import type { StepKey } from '../template/steps';

export const SESSION_KEY = 'xxgk-nianbao:current';
const SESSION_VERSION = 1;

export interface Session {
  report: Report;
  step: StepKey;
}

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'failed'; message: string }
  /** Another tab saved the same report since: this tab stops writing rather than overwrite it. */
  | { state: 'conflict' };

/** Why the browser refused to store, in words a clerk can act on. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return '浏览器的存储空间已满';
  if (name === 'SecurityError') return '浏览器禁止本页面保存数据（可能处于无痕/隐私模式，或关闭了网站数据）';
  return `浏览器无法保存（${error instanceof Error ? error.message : String(error)}）`;
}

export interface Autosave {
  /** This tab's id, written with each save, so that other tabs can tell their own writes from ours. */
  readonly tabId: string;
  schedule(session: Session): void;
  /** Another tab wrote the report: stop writing, and say so. */
  conflict(): void;
  /** Writes what is pending now (on `pagehide`, before the tab goes away). */
  flush(): void;
  getStatus(): SaveStatus;
  subscribe(listener: () => void): () => void;
}

export function createAutosave(storage: Storage | null, delayMs = 300, now = () => new Date()): Autosave {
  const tabId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  let pending: Session | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let status: SaveStatus = storage
    ? { state: 'idle' }
    : { state: 'failed', message: describeStorageError(new DOMException('', 'SecurityError')) };
  const listeners = new Set<() => void>();
  const setStatus = (s: SaveStatus) => {
    status = s;
    listeners.forEach((l) => l());
  };
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!pending || status.state === 'conflict') return;
    try {
      if (!storage) throw new DOMException('', 'SecurityError');
      const at = now();
      storage.setItem(SESSION_KEY, JSON.stringify({ version: SESSION_VERSION, savedAt: at.toISOString(), tabId, ...pending }));
      pending = null;
      setStatus({ state: 'saved', at });
    } catch (error) {
      // Keep the pending session: the next edit, or the next flush, tries again.
      setStatus({ state: 'failed', message: describeStorageError(error) });
    }
  };
  return {
    tabId,
    schedule(session) {
      pending = session;
      if (status.state === 'conflict') return;
      if (status.state !== 'failed' && status.state !== 'saving') setStatus({ state: 'saving' });
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
    conflict() {
      if (timer) clearTimeout(timer);
      timer = null;
      setStatus({ state: 'conflict' });
    },
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type LoadResult =
  | { kind: 'none' }
  | { kind: 'ok'; session: Session }
  | { kind: 'broken'; message: string; backupKey: string | null };

/** The tab that wrote a saved session (from a `storage` event's new value). */
export function writerOf(raw: string | null): string | null {
  try {
    return (JSON.parse(raw ?? 'null') as { tabId?: string } | null)?.tabId ?? null;
  } catch {
    return null;
  }
}

/**
 * Reads the autosaved session. Never throws; a session that cannot be read is kept under a backup key
 * (so the next autosave does not overwrite it) and reported.
 */
export function loadSession(
  storage: Storage | null,
  readReport: (data: unknown) => Report | null,
  isStep: (step: unknown) => step is StepKey,
  now = () => new Date(),
): LoadResult {
  if (!storage) return { kind: 'none' };
  let raw: string | null;
  try {
    raw = storage.getItem(SESSION_KEY);
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  try {
    const data = JSON.parse(raw) as { report?: unknown; step?: unknown };
    const report = readReport(data.report);
    if (report) return { kind: 'ok', session: { report, step: isStep(data.step) ? data.step : 'meta' } };
  } catch {
    // falls through to the backup below
  }
  const backupKey = `${SESSION_KEY}:unreadable:${now().toISOString()}`;
  try {
    storage.setItem(backupKey, raw);
    storage.removeItem(SESSION_KEY);
  } catch {
    return { kind: 'broken', message: '上次自动保存的内容已损坏，无法读取', backupKey: null };
  }
  return { kind: 'broken', message: '上次自动保存的内容已损坏，无法读取；原内容已另存在浏览器中，未被删除', backupKey };
}
