// 最近的报告: the reports replaced in this browser, and the autosaves set aside because they did not read whole.
// Restoring either replaces the open report (replaceReport.ts); a restored recent report leaves the list.
import { useCallback, useEffect, useState } from 'react';
import { readStored } from '../../draft/stored';
import type { SetAside } from '../../report/salvage';
import { listBackups, readBackup, type Backup } from '../../storage/backups';
import { listRecent, type RecentEntry } from '../../storage/recent';
import { useServices } from '../context';
import { downloadText } from '../download';
import { describeSetAside } from './loadNotice';
import type { SetNotice } from './notice';
import { onStoredListsChange, useReplaceReport } from './replaceReport';

const partly = (setAside: SetAside[] | undefined) =>
  setAside?.length ? `其中${setAside.length}处无法读取，未恢复：${describeSetAside(setAside)}。` : '';

export function useRecentReports(setNotice: SetNotice) {
  const { storage } = useServices();
  const replace = useReplaceReport();
  const [recent, setRecent] = useState<RecentEntry[]>(() => listRecent(storage, readStored));
  const [backups, setBackups] = useState<Backup[]>(() => listBackups(storage));

  /** Reads both lists again (another tab, or the autosave setting a save aside, may have changed them). */
  const refreshLists = useCallback(() => {
    setRecent(listRecent(storage, readStored));
    setBackups(listBackups(storage));
  }, [storage]);
  useEffect(() => onStoredListsChange(refreshLists), [refreshLists]);

  const restore = useCallback(
    (entry: RecentEntry) => {
      const restored = replace({
        report: entry.report,
        step: 'check',
        label: `恢复“${entry.title}”`,
        question: `恢复“${entry.title}”将替换当前报告。`,
        restored: entry.id,
      });
      if (restored) setNotice({ kind: 'info', text: `已恢复“${entry.title}”。${partly(entry.setAside)}` });
    },
    [replace, setNotice],
  );

  const restoreBackup = useCallback(
    (backup: Backup) => {
      const read = readBackup(backup, readStored);
      if (!read) {
        setNotice({
          kind: 'error',
          text: '这份自动保存的内容不是有效的数据，无法恢复；请点“下载原内容”把它存为文件。当前报告没有任何改动。',
        });
        return;
      }
      const { report, setAside } = read;
      const restored = replace({
        report,
        step: 'check',
        label: '恢复自动保存的内容',
        question: '恢复这份自动保存的内容将替换当前报告。',
      });
      if (restored)
        setNotice({ kind: 'info', text: `已恢复自动保存的内容。${partly(setAside)}原内容仍另存在浏览器中。` });
    },
    [replace, setNotice],
  );

  const downloadBackup = useCallback((backup: Backup) => {
    const stamp = Number.isNaN(backup.at.getTime()) ? '' : backup.at.toISOString().slice(0, 10);
    downloadText(`年报助手自动保存原内容${stamp}.json`, backup.raw);
  }, []);

  return { recent, backups, refreshLists, restore, restoreBackup, downloadBackup };
}
