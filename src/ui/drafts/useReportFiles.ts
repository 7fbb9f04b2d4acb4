// Saving and opening draft files, starting over and restoring a recent report. Whatever replaces the open
// report, the open report is kept first (in the recent list), and nothing changes when a file is refused.
import { useCallback, useState } from 'react';
import { readDraft } from '../../draft/read';
import { draftFileName, writeDraft } from '../../draft/write';
import { emptyReport, isEmptyReport, likelyReportYear } from '../../report/empty';
import type { Report } from '../../report/schema';
import { keepRecent, listRecent, type RecentEntry } from '../../storage/recent';
import { useServices } from '../context';
import { downloadText } from '../download';

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

export function useReportFiles(setNotice: (n: Notice | null) => void) {
  const { store, template, storage, readReport } = useServices();
  const [recent, setRecent] = useState<RecentEntry[]>(() => listRecent(storage, readReport));

  const saveDraft = useCallback(() => {
    const { report } = store.getState();
    downloadText(draftFileName(report), writeDraft(report, new Date()));
  }, [store]);

  /** Replaces the open report, after asking, keeping the open one in the recent list. */
  const replaceWith = useCallback(
    (report: Report, question: string): boolean => {
      const current = store.getState().report;
      if (!isEmptyReport(current)) {
        if (!window.confirm(`${question}当前报告会保存在“最近的报告”中，可随时恢复。继续吗？`)) return false;
        const kept = keepRecent(storage, listRecent(storage, readReport), current, new Date());
        if (!kept && !window.confirm('浏览器无法保存当前报告的副本（存储空间不足或被禁止）。建议先“保存草稿”。仍要继续吗？'))
          return false;
        if (kept) setRecent(kept);
      }
      store.replace(report, 'check');
      return true;
    },
    [store, storage, readReport],
  );

  const openFile = useCallback(
    async (file: File) => {
      const result = readDraft(new Uint8Array(await file.arrayBuffer()), template);
      if (!result.ok) {
        setNotice({ kind: 'error', text: `无法打开“${file.name}”：${result.error.message}。当前报告没有任何改动。` });
        return;
      }
      const notes = result.notes ? result.notes.join('；') + '。' : ''; // what reading changed (text: removed characters)
      if (replaceWith(result.report, `打开“${file.name}”将替换当前报告。`)) setNotice({ kind: 'info', text: `已打开草稿“${file.name}”。${notes}` });
    },
    [template, replaceWith, setNotice],
  );

  const startOver = useCallback(() => {
    const fresh = emptyReport(template, likelyReportYear(new Date()));
    if (isEmptyReport(store.getState().report)) store.replace(fresh, 'meta');
    else if (replaceWith(fresh, '新建报告将清除当前报告的全部内容。')) store.setStep('meta');
  }, [store, template, replaceWith]);

  const restore = useCallback(
    (entry: RecentEntry) => {
      if (replaceWith(entry.report, `恢复“${entry.title}”将替换当前报告。`)) setNotice({ kind: 'info', text: `已恢复“${entry.title}”。` });
    },
    [replaceWith, setNotice],
  );

  return { saveDraft, openFile, startOver, restore, recent };
}
