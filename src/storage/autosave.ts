// Autosave of the open report in the browser (localStorage: synchronous, so a flush on `pagehide`
// really lands; a report is a few tens of KB). A failed write is shown to the clerk, never only logged;
// nothing is written that the next load would refuse, and nothing is written over another tab's newer work.
import type { StoredReader } from '../draft/stored';
import { DRAFT_FORMAT_VERSION } from '../draft/write';
import type { Salvaged, SetAside } from '../report/salvage';
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
  /** The report would not read back (a field over its limit…): the last good save is kept, not overwritten. */
  | { state: 'invalid'; message: string }
  /** Another tab saved a different version of the report: this tab stops writing until the clerk chooses. */
  | { state: 'conflict' };

/** Why the browser refused to store, in words a clerk can act on. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return '浏览器的存储空间已满';
  if (name === 'SecurityError') return '浏览器禁止本页面保存数据（可能处于无痕/隐私模式，或关闭了网站数据）';
  return `浏览器无法保存（${error instanceof Error ? error.message : String(error)}）`;
}

export interface AutosaveOptions {
  /**
   * How long typing must pause before a save: a second, so that a burst of typing costs no save between its
   * keystrokes (a save reads the whole report back: a few ms, tens on a slow PC). Hiding or closing the tab
   * saves at once (main.tsx), so the pause loses nothing.
   */
  delayMs?: number;
  now?: () => Date;
  /** Reads a report back as the next load will: null when it reads, else why not (naming the field). */
  readBack?: (report: unknown) => string | null;
  /** The revision of the report in storage when this tab loaded it (null: none). */
  revision?: string | null;
  /** An unreadable save that could not be set aside: it is copied to `key` before anything is written over it. */
  preserve?: { key: string; raw: string } | null;
  /**
   * Runs the save once the pause in typing is over and the page has nothing else to do: a save (serialise,
   * read back, write) takes milliseconds that must not land between a keystroke and its frame. Returns a
   * cancel. By default the timer itself (tests, and where there is no idle callback).
   */
  whenIdle?: (run: () => void) => () => void;
}

/** The browser's idle time, at most a second late: a save never waits behind endless work. */
export function browserIdle(run: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const t = setTimeout(run, 0);
    return () => clearTimeout(t);
  }
  const handle = requestIdleCallback(run, { timeout: 1000 });
  return () => cancelIdleCallback(handle);
}

export interface Autosave {
  /** This tab's id, written with each save, so that other tabs can tell their own writes from ours. */
  readonly tabId: string;
  /** Saves soon. `reportChanged` is false for a change of step only: that is no new version of the report. */
  schedule(session: Session, reportChanged?: boolean): void;
  /** A save of the session key was seen (a `storage` event): a different version from another tab is a conflict. */
  noticeWrite(raw: string | null): void;
  /** Whether this tab holds changes to the report that are not in storage. */
  hasUnsavedChanges(): boolean;
  /** The clerk took the stored version (now in this tab's store): writing resumes from it. */
  adopt(revision: string | null): void;
  /** The clerk keeps this tab's version: it is written over the stored one at once. */
  overwrite(session: Session): void;
  /** Writes what is pending now (on `pagehide`, before the tab goes away). */
  flush(): void;
  getStatus(): SaveStatus;
  subscribe(listener: () => void): () => void;
}

interface Stored {
  tabId?: unknown;
  revision?: unknown;
}

/** How each save begins (see `write`): read without parsing the whole report, before every save. */
const HEADER = /^\{"version":\d+,"savedAt":"[^"]*","tabId":"([^"\\]*)","revision":"([^"\\]*)"/;

function storedHeader(raw: string | null): { tabId: string | null; revision: string | null } {
  const header = raw ? HEADER.exec(raw.slice(0, 300)) : null;
  if (header) return { tabId: header[1], revision: header[2] };
  try {
    const data = JSON.parse(raw ?? 'null') as Stored | null;
    return {
      tabId: typeof data?.tabId === 'string' ? data.tabId : null,
      revision: typeof data?.revision === 'string' ? data.revision : null,
    };
  } catch {
    return { tabId: null, revision: null };
  }
}

export function createAutosave(storage: Storage | null, options: AutosaveOptions = {}): Autosave {
  const {
    delayMs = 1000,
    now = () => new Date(),
    readBack,
    whenIdle = (run: () => void) => (run(), () => {}),
  } = options;
  const tabId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  let preserve = options.preserve ?? null;
  /** The version of the report this tab last read or wrote: a stored one that differs is another tab's. */
  let revision = options.revision ?? null;
  let writes = 0;
  let pending: Session | null = null;
  let changed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let cancelIdle: (() => void) | null = null;
  let status: SaveStatus = storage
    ? { state: 'idle' }
    : { state: 'failed', message: describeStorageError(new DOMException('', 'SecurityError')) };
  const listeners = new Set<() => void>();
  const setStatus = (s: SaveStatus) => {
    status = s;
    listeners.forEach((l) => l());
  };
  const stopTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    cancelIdle?.();
    cancelIdle = null;
  };
  const conflict = () => {
    stopTimer();
    setStatus({ state: 'conflict' });
  };
  const write = (session: Session, newRevision: boolean) => {
    if (!storage) throw new DOMException('', 'SecurityError');
    if (preserve) {
      // the unreadable save goes aside first: if that fails, it stays where it is, untouched
      storage.setItem(preserve.key, preserve.raw);
      preserve = null;
    }
    const at = now();
    const next = newRevision || revision === null ? `${tabId}:${++writes}` : revision;
    const text = JSON.stringify({
      version: SESSION_VERSION,
      savedAt: at.toISOString(),
      tabId,
      revision: next,
      // the report's format, so that a later app brings it up by the same steps as a draft file
      formatVersion: DRAFT_FORMAT_VERSION,
      ...session,
    });
    const problem = readBack?.((JSON.parse(text) as { report: unknown }).report) ?? null;
    if (problem) return { ok: false as const, problem };
    storage.setItem(SESSION_KEY, text);
    revision = next;
    return { ok: true as const, at };
  };
  const flush = () => {
    stopTimer();
    if (!pending || status.state === 'conflict') return;
    try {
      // Another tab may have saved since its last `storage` event reached us: never write over it.
      const stored = storedHeader(storage?.getItem(SESSION_KEY) ?? null);
      if (stored.revision !== null && stored.revision !== revision && stored.tabId !== tabId) return conflict();
      const result = write(pending, changed);
      if (!result.ok) {
        setStatus({ state: 'invalid', message: result.problem });
        return;
      }
      pending = null;
      changed = false;
      setStatus({ state: 'saved', at: result.at });
    } catch (error) {
      // Keep the pending session: the next edit, or the next flush, tries again.
      setStatus({ state: 'failed', message: describeStorageError(error) });
    }
  };
  return {
    tabId,
    schedule(session, reportChanged = true) {
      pending = session;
      changed ||= reportChanged;
      if (status.state === 'conflict') return;
      if (status.state !== 'failed' && status.state !== 'invalid' && status.state !== 'saving')
        setStatus({ state: 'saving' });
      stopTimer();
      timer = setTimeout(() => {
        timer = null;
        cancelIdle = whenIdle(flush);
      }, delayMs);
    },
    noticeWrite(raw) {
      const stored = storedHeader(raw);
      if (raw === null || stored.tabId === tabId || stored.revision === revision) return; // ours, or a step change
      conflict();
    },
    hasUnsavedChanges: () => changed,
    adopt(stored) {
      stopTimer();
      revision = stored;
      pending = null;
      changed = false;
      setStatus({ state: 'saved', at: now() });
    },
    overwrite(session) {
      revision = storedHeader(storage?.getItem(SESSION_KEY) ?? null).revision;
      pending = session;
      changed = true;
      setStatus({ state: 'saving' });
      flush();
    },
    flush,
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type LoadResult =
  | { kind: 'none' }
  | { kind: 'ok'; session: Session; revision: string | null }
  /** Read in part: the valid fields are back, the others named; the raw save is kept under `backupKey`. */
  | {
      kind: 'salvaged';
      session: Session;
      revision: string | null;
      setAside: SetAside[];
      backupKey: string;
      preserve: { key: string; raw: string } | null;
    }
  /** Nothing could be read: the raw save is kept under `backupKey`. */
  | { kind: 'broken'; revision: string | null; backupKey: string; preserve: { key: string; raw: string } | null };

export const BACKUP_PREFIX = `${SESSION_KEY}:unreadable:`;

/**
 * A saved session as stored (the autosave, or a set-aside copy of one): its report read with the format it was
 * saved in (none said: format 3 or older, told by its shape), and its step as stored. Null when it is not a session at all.
 */
export function readSavedSession(raw: string, read: StoredReader): (Salvaged & { step: unknown }) | null {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (data === null || typeof data !== 'object') return null;
  const { report, step, formatVersion } = data as { report?: unknown; step?: unknown; formatVersion?: unknown };
  return { ...read(report, formatVersion), step };
}

/**
 * Reads the autosaved session. Never throws. A session that does not read whole is copied under a backup key
 * (so that no later save overwrites it) and salvaged field by field. When the browser refuses even the copy,
 * `preserve` says what the autosave must set aside before its first write.
 */
export function loadSession(
  storage: Storage | null,
  salvage: StoredReader,
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
  const { revision } = storedHeader(raw);
  let salvaged: { session: Session; setAside: SetAside[] } | null = null;
  const saved = readSavedSession(raw, salvage);
  if (saved) {
    const session = { report: saved.report, step: isStep(saved.step) ? saved.step : 'meta' };
    if (saved.setAside.length === 0) return { kind: 'ok', session, revision };
    salvaged = { session, setAside: saved.setAside };
  }
  let backupKey = `${BACKUP_PREFIX}${now().toISOString()}`;
  let preserve: { key: string; raw: string } | null = null;
  try {
    // the same save set aside on an earlier load (the clerk reloaded without typing) is not copied twice
    const earlier = Array.from({ length: storage.length }, (_, i) => storage.key(i)).find(
      (key) => key?.startsWith(BACKUP_PREFIX) && storage.getItem(key) === raw,
    );
    if (earlier) backupKey = earlier;
    else storage.setItem(backupKey, raw);
  } catch {
    preserve = { key: backupKey, raw };
  }
  return salvaged
    ? { kind: 'salvaged', ...salvaged, revision, backupKey, preserve }
    : { kind: 'broken', revision, backupKey, preserve };
}
