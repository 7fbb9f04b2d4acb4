// Two tabs saved different versions of the report: the clerk keeps one, and the other goes to 最近的报告, so
// that neither is lost.
import { useCallback, useMemo } from 'react';
import { isEmptyReport } from '../../report/empty';
import { readStored } from '../../draft/stored';
import type { Report } from '../../report/schema';
import { loadSession } from '../../storage/autosave';
import { stepsOf, type StepKey } from '../../template/steps';
import { useServices } from '../context';
import type { SetNotice } from './notice';
import { keepInRecent, storedListsChanged, useReplaceReport } from './replaceReport';

const same = (a: Report, b: Report) => JSON.stringify(a) === JSON.stringify(b);

export function useTabConflict(setNotice: SetNotice) {
  const { store, storage, autosave } = useServices();
  const replace = useReplaceReport();

  /** What the other tab saved (reading it may set aside a save that does not read whole). */
  const readSaved = useMemo(() => {
    const keys = new Set<unknown>(stepsOf(store.getState().resolved.template).map((s) => s.key));
    const isStep = (step: unknown): step is StepKey => keys.has(step);
    return () => {
      const loaded = loadSession(storage, readStored, isStep);
      storedListsChanged();
      return loaded;
    };
  }, [store, storage]);

  /** Take the version the other tab saved; this tab's unsaved version is kept in the recent list. */
  const loadLatest = useCallback(() => {
    const loaded = readSaved();
    if (loaded.kind !== 'ok' && loaded.kind !== 'salvaged') {
      setNotice({ kind: 'error', text: '另一标签页保存的内容无法读取；本页的内容没有改动，请先“保存草稿”。' });
      return;
    }
    const { report, step } = loaded.session;
    const current = store.getState().report;
    const mine = autosave.hasUnsavedChanges() && !isEmptyReport(current) && !same(current, report);
    if (!replace({ report, step, label: '载入另一标签页的版本', keep: mine })) return;
    autosave.adopt(loaded.revision);
    setNotice({
      kind: 'info',
      text: `已载入另一标签页保存的版本。${mine ? '本页原来的版本已存入“最近的报告”。' : ''}`,
    });
  }, [readSaved, store, autosave, replace, setNotice]);

  /** Keep this tab's version and save it; the other tab's version is kept in the recent list. */
  const keepMine = useCallback(() => {
    const loaded = readSaved();
    const { report, step } = store.getState();
    const theirs = loaded.kind === 'ok' || loaded.kind === 'salvaged' ? loaded.session.report : null;
    const kept = theirs && !same(theirs, report) ? keepInRecent(storage, theirs) : true;
    // not a replacement of the open report: what would be lost is the other tab's version, and 保存草稿 saves this one
    if (!kept && !window.confirm('浏览器无法保存另一标签页版本的副本（存储空间不足）。仍要用本页的版本覆盖它吗？'))
      return;
    autosave.overwrite({ report, step });
    setNotice({ kind: 'info', text: `已保留本页的版本。${theirs ? '另一标签页保存的版本已存入“最近的报告”。' : ''}` });
  }, [readSaved, store, storage, autosave, setNotice]);

  return { loadLatest, keepMine };
}
