// Replacing the open report — opening a draft, the sample, a recent report or a set-aside autosave, 新建报告,
// 导入, 以上年报告为基础新建, another tab's version, a year of the other edition that loses figures — is one
// act: the open report is kept in 最近的报告 first, and when the browser refuses to keep it the clerk is asked,
// always in the same words. No report is lost, and a refusal changes nothing.
import { useCallback } from 'react';
import { isEmptyReport } from '../../report/empty';
import { readStored } from '../../draft/stored';
import type { Report } from '../../report/schema';
import type { Edit, ReportStore } from '../../state/store';
import { dropRecent, keepRecent, listRecent } from '../../storage/recent';
import type { StepKey } from '../../template/steps';
import { useServices } from '../context';

/** Said after the caller's question (`打开“x”将替换当前报告。`). */
export const KEPT_IN_RECENT = '当前报告会保存在“最近的报告”中，可随时恢复。继续吗？';
/** Asked when the browser will not keep the copy. */
export const NOT_KEPT = '浏览器无法保存当前报告的副本（存储空间不足或被禁止）。建议先“保存草稿”。仍要继续吗？';

const listeners = new Set<() => void>();

/** Called whenever 最近的报告 or the set-aside autosaves may have changed, so that a list on screen shows it at once. */
export function onStoredListsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const storedListsChanged = () => listeners.forEach((listener) => listener());

/**
 * Writes the recent list with `report` added (unless it holds nothing) and the entry `restored` taken out (it is
 * the open report now). False when the browser refused.
 */
export function keepInRecent(storage: Storage | null, report: Report | null, restored = '', now = new Date()): boolean {
  const entries = listRecent(storage, readStored);
  const kept =
    report && !isEmptyReport(report)
      ? keepRecent(
          storage,
          entries.filter((e) => e.id !== restored),
          report,
          now,
        )
      : dropRecent(storage, entries, restored);
  if (kept) storedListsChanged();
  return kept !== null;
}

export interface Replacement extends Edit {
  report: Report;
  /** The step shown after; none: the step stays. */
  step?: StepKey;
  /** Asked first (followed by KEPT_IN_RECENT) when the open report holds something; none: replaced without asking. */
  question?: string;
  /** The recent entry that becomes the open report: it leaves the list. */
  restored?: string;
  /** False when the open report needs no copy (nothing of it would be lost). */
  keep?: boolean;
}

export interface ReplaceServices {
  store: ReportStore;
  storage: Storage | null;
}

/** Replaces the open report, keeping it in 最近的报告 first; false when the clerk said no (nothing changed). */
export function replaceReport(
  { store, storage }: ReplaceServices,
  { report, step, question, restored, keep = true, ...edit }: Replacement,
  ask: (question: string) => boolean = (q) => window.confirm(q),
): boolean {
  const current = store.getState();
  if (keep && !isEmptyReport(current.report)) {
    if (question && !ask(question + KEPT_IN_RECENT)) return false;
    if (!keepInRecent(storage, current.report, restored) && !ask(NOT_KEPT)) return false;
  } else if (restored) keepInRecent(storage, null, restored);
  store.replace(report, step ?? current.step, edit);
  return true;
}

/** replaceReport on this app's store and storage. */
export function useReplaceReport(): (replacement: Replacement) => boolean {
  const { store, storage } = useServices();
  return useCallback((replacement: Replacement) => replaceReport({ store, storage }, replacement), [store, storage]);
}
