// Saving and opening draft files, starting over, restoring a recent report or a set-aside autosave, and
// choosing between two tabs' versions. Whatever replaces the open report, the open report is kept first (in
// the recent list), and nothing changes when a file is refused.
import { useCallback, useMemo, useState } from 'react';
import { draftFileName, writeDraft } from '../../draft/write';
import { carryForward } from '../../report/carryForward';
import { emptyReport, isEmptyReport, likelyReportYear } from '../../report/empty';
import { salvageStored } from '../../report/edition';
import { editionForYear, templateFor } from '../../template';
import type { Report } from '../../report/schema';
import { loadSession } from '../../storage/autosave';
import { listBackups, type Backup } from '../../storage/backups';
import { dropRecent, keepRecent, listRecent, type RecentEntry } from '../../storage/recent';
import { stepsOf, type StepKey } from '../../template/steps';
import { useServices } from '../context';
import { downloadText } from '../download';
import { describeSetAside } from './loadNotice';
import { readDraftFile } from './readDraftFile';

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

const same = (a: Report, b: Report) => JSON.stringify(a) === JSON.stringify(b);

export function useReportFiles(setNotice: (n: Notice | null) => void) {
  const { store, storage, autosave, currentYear } = useServices();
  const salvage = salvageStored;
  const isStep = useMemo(() => {
    const keys = new Set<unknown>(stepsOf(store.getState().resolved.template).map((s) => s.key));
    return (step: unknown): step is StepKey => keys.has(step);
  }, [store]);
  const [recent, setRecent] = useState<RecentEntry[]>(() => listRecent(storage, salvage));
  const [backups, setBackups] = useState<Backup[]>(() => listBackups(storage));

  const saveDraft = useCallback(() => {
    const { report } = store.getState();
    downloadText(draftFileName(report), writeDraft(report, new Date()));
  }, [store]);

  /**
   * Writes the recent list with `report` added (unless it holds nothing) and the entry `without` taken out
   * (it was restored: it is the open report now). False when the browser refused.
   */
  const keep = useCallback(
    (report: Report | null, without = ''): boolean => {
      const entries = listRecent(storage, salvage);
      const kept =
        report && !isEmptyReport(report)
          ? keepRecent(
              storage,
              entries.filter((e) => e.id !== without),
              report,
              new Date(),
            )
          : dropRecent(storage, entries, without);
      if (kept) setRecent(kept);
      return kept !== null;
    },
    [storage, salvage],
  );

  /** Replaces the open report, after asking, keeping the open one in the recent list. */
  const replaceWith = useCallback(
    (report: Report, question: string, label: string, without?: string): boolean => {
      const current = store.getState().report;
      if (!isEmptyReport(current)) {
        if (!window.confirm(`${question}当前报告会保存在“最近的报告”中，可随时恢复。继续吗？`)) return false;
        if (
          !keep(current, without) &&
          !window.confirm('浏览器无法保存当前报告的副本（存储空间不足或被禁止）。建议先“保存草稿”。仍要继续吗？')
        )
          return false;
      } else if (without) keep(null, without);
      store.replace(report, 'check', { label });
      return true;
    },
    [store, keep],
  );

  const openFile = useCallback(
    async (file: File) => {
      const result = await readDraftFile(file);
      if (!result.ok) {
        setNotice({ kind: 'error', text: `无法打开“${file.name}”：${result.error.message}。当前报告没有任何改动。` });
        return;
      }
      const notes = result.notes ? result.notes.join('；') + '。' : ''; // what reading changed (text: removed characters)
      if (replaceWith(result.report, `打开“${file.name}”将替换当前报告。`, `打开草稿“${file.name}”`))
        setNotice({ kind: 'info', text: `已打开草稿“${file.name}”。${notes}` });
    },
    [replaceWith, setNotice],
  );

  /** An imported report (src/ui/import/) replaces the open one like a draft: the open one is kept first. */
  const openImported = useCallback(
    (report: Report, what: string): boolean => {
      const done = replaceWith(report, `导入“${what}”将替换当前报告。`, `导入“${what}”`);
      if (done) setNotice({ kind: 'info', text: `已导入“${what}”。请逐步核对读到的内容和检查结果。` });
      return done;
    },
    [replaceWith, setNotice],
  );

  const startOver = useCallback(() => {
    const year = likelyReportYear(new Date());
    const fresh = emptyReport(templateFor(editionForYear(year)), year);
    if (isEmptyReport(store.getState().report)) store.replace(fresh, 'meta', { label: '新建报告' });
    else if (replaceWith(fresh, '新建报告将清除当前报告的全部内容。', '新建报告')) store.setStep('meta');
  }, [store, replaceWith]);

  /**
   * 以上年报告为基础新建 from the open report (a draft file or an imported report is opened first, then this).
   * Nothing to ask: the open report is kept in 最近的报告 before it is replaced.
   */
  const startFromLastYear = useCallback(() => {
    const last = store.getState().report;
    const { year } = last.meta;
    if (year === null) {
      setNotice({
        kind: 'error',
        text: '请先在“基本信息”中填写本报告的年度，再以它为基础新建下一年度的报告。当前报告没有任何改动。',
      });
      return;
    }
    if (year + 1 > currentYear) {
      setNotice({
        kind: 'error',
        text: `当前报告是${year}年度的，${year + 1}年度报告要到${year + 1}年才能编写。当前报告没有任何改动。`,
      });
      return;
    }
    if (
      !keep(last) &&
      !window.confirm('浏览器无法保存当前报告的副本（存储空间不足或被禁止）。建议先“保存草稿”。仍要新建吗？')
    )
      return;
    store.replace(carryForward(last), 'meta', { label: `以${year}年度报告为基础新建` });
    setNotice({
      kind: 'info',
      text:
        `已以${year}年度报告为基础新建${year + 1}年度报告：表三“二、上年结转”已按上年“四、结转下年度继续办理”填入，` +
        `各部分文字沿用上年内容（标有“沿用上年内容，待修改”），其他数字待填写；与上年数字不符之处会在检查中指出。${year}年度报告已保存在“最近的报告”中。`,
    });
  }, [store, currentYear, keep, setNotice]);

  const partly = (setAside: { path: string; found: string }[] | undefined) =>
    setAside?.length ? `其中${setAside.length}处无法读取，未恢复：${describeSetAside(setAside)}。` : '';

  const restore = useCallback(
    (entry: RecentEntry) => {
      if (replaceWith(entry.report, `恢复“${entry.title}”将替换当前报告。`, `恢复“${entry.title}”`, entry.id))
        setNotice({ kind: 'info', text: `已恢复“${entry.title}”。${partly(entry.setAside)}` });
    },
    [replaceWith, setNotice],
  );

  const restoreBackup = useCallback(
    (backup: Backup) => {
      let data: { report?: unknown };
      try {
        data = JSON.parse(backup.raw) as { report?: unknown };
      } catch {
        setNotice({
          kind: 'error',
          text: '这份自动保存的内容不是有效的数据，无法恢复；请点“下载原内容”把它存为文件。当前报告没有任何改动。',
        });
        return;
      }
      const { report, setAside } = salvage(data?.report);
      if (replaceWith(report, '恢复这份自动保存的内容将替换当前报告。', '恢复自动保存的内容'))
        setNotice({ kind: 'info', text: `已恢复自动保存的内容。${partly(setAside)}原内容仍另存在浏览器中。` });
    },
    [salvage, replaceWith, setNotice],
  );

  const downloadBackup = useCallback((backup: Backup) => {
    const stamp = Number.isNaN(backup.at.getTime()) ? '' : backup.at.toISOString().slice(0, 10);
    downloadText(`年报助手自动保存原内容${stamp}.json`, backup.raw);
  }, []);

  /** Two tabs: take the version the other tab saved; this tab's unsaved version goes to the recent list. */
  const loadLatest = useCallback(() => {
    const loaded = loadSession(storage, salvage, isStep);
    const current = store.getState().report;
    if (loaded.kind !== 'ok' && loaded.kind !== 'salvaged') {
      setNotice({ kind: 'error', text: '另一标签页保存的内容无法读取；本页的内容没有改动，请先“保存草稿”。' });
      return;
    }
    const mine = autosave.hasUnsavedChanges() && !isEmptyReport(current) && !same(current, loaded.session.report);
    if (
      mine &&
      !keep(current) &&
      !window.confirm('浏览器无法保存本页版本的副本（存储空间不足）。建议先“保存草稿”。仍要载入吗？')
    )
      return;
    store.replace(loaded.session.report, loaded.session.step, { label: '载入另一标签页的版本' });
    autosave.adopt(loaded.revision);
    setBackups(listBackups(storage));
    setNotice({
      kind: 'info',
      text: `已载入另一标签页保存的版本。${mine ? '本页原来的版本已存入“最近的报告”。' : ''}`,
    });
  }, [storage, salvage, isStep, store, autosave, keep, setNotice]);

  /** Two tabs: keep this tab's version and save it; the other tab's version goes to the recent list. */
  const keepMine = useCallback(() => {
    const loaded = loadSession(storage, salvage, isStep);
    const { report, step } = store.getState();
    const theirs = loaded.kind === 'ok' || loaded.kind === 'salvaged' ? loaded.session.report : null;
    const kept = theirs && !same(theirs, report) ? keep(theirs) : true;
    if (!kept && !window.confirm('浏览器无法保存另一标签页版本的副本（存储空间不足）。仍要用本页的版本覆盖它吗？'))
      return;
    autosave.overwrite({ report, step });
    setNotice({ kind: 'info', text: `已保留本页的版本。${theirs ? '另一标签页保存的版本已存入“最近的报告”。' : ''}` });
  }, [storage, salvage, isStep, store, autosave, keep, setNotice]);

  /** Reads both lists again (another tab, or the autosave setting a save aside, may have changed them). */
  const refreshLists = useCallback(() => {
    setRecent(listRecent(storage, salvage));
    setBackups(listBackups(storage));
  }, [storage, salvage]);

  return {
    saveDraft,
    openFile,
    openImported,
    startOver,
    startFromLastYear,
    restore,
    recent,
    backups,
    restoreBackup,
    downloadBackup,
    loadLatest,
    keepMine,
    refreshLists,
  };
}
