// Copies of autosaves that did not read whole, kept aside in the browser so that the clerk can restore
// them (salvaged) or download them. They are not kept for ever: see BACKUP_POLICY.
import type { StoredReader } from '../draft/stored';
import type { Salvaged } from '../report/salvage';
import { BACKUP_PREFIX, readSavedSession } from './autosave';

/** How many copies are kept, and for how long. The UI says so where they are offered. */
export const BACKUP_POLICY = { keep: 3, days: 90 } as const;
export const BACKUP_POLICY_TEXT = `保留最近${BACKUP_POLICY.keep}份，最长${BACKUP_POLICY.days}天`;

export interface Backup {
  key: string;
  /** When it was set aside (from its key). */
  at: Date;
  raw: string;
}

function keysOf(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(BACKUP_PREFIX)) keys.push(key);
  }
  return keys;
}

/** The set-aside copies, newest first. Never throws. */
export function listBackups(storage: Storage | null): Backup[] {
  if (!storage) return [];
  try {
    return keysOf(storage)
      .map((key) => ({ key, at: new Date(key.slice(BACKUP_PREFIX.length)), raw: storage.getItem(key) ?? '' }))
      .sort((a, b) => (b.at.getTime() || 0) - (a.at.getTime() || 0));
  } catch {
    return [];
  }
}

/** The report of a set-aside copy, read as the autosave it was; null when the copy is not a session at all. */
export function readBackup(backup: Backup, read: StoredReader): Salvaged | null {
  const saved = readSavedSession(backup.raw, read);
  return saved && { report: saved.report, setAside: saved.setAside };
}

/** Removes the copies beyond the newest BACKUP_POLICY.keep and those older than BACKUP_POLICY.days. */
export function pruneBackups(storage: Storage | null, now: Date): void {
  const oldest = now.getTime() - BACKUP_POLICY.days * 24 * 60 * 60 * 1000;
  listBackups(storage).forEach((b, i) => {
    const at = b.at.getTime();
    if (i >= BACKUP_POLICY.keep || !(at >= oldest)) {
      try {
        storage?.removeItem(b.key);
      } catch {
        // a copy that cannot be removed stays: nothing is lost
      }
    }
  });
}

export function removeBackup(storage: Storage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // stays until the next prune
  }
}
