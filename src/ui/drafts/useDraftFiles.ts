// Draft files: saving the open report as a .nianbao.json file and opening one — or an imported report — in its
// place. A file that is refused changes nothing.
import { useCallback } from 'react';
import { draftFileName, writeDraft } from '../../draft/write';
import type { Report } from '../../report/schema';
import { useServices } from '../context';
import { downloadText } from '../download';
import type { SetNotice } from './notice';
import { readDraftFile } from './readDraftFile';
import { useReplaceReport } from './replaceReport';

export function useDraftFiles(setNotice: SetNotice) {
  const { store } = useServices();
  const replace = useReplaceReport();

  const saveDraft = useCallback(() => {
    const { report } = store.getState();
    downloadText(draftFileName(report), writeDraft(report, new Date()));
  }, [store]);

  const openFile = useCallback(
    async (file: File) => {
      const result = await readDraftFile(file);
      if (!result.ok) {
        setNotice({ kind: 'error', text: `无法打开“${file.name}”：${result.error.message}。当前报告没有任何改动。` });
        return;
      }
      const notes = result.notes ? result.notes.join('；') + '。' : ''; // what reading changed (text: removed characters)
      const opened = replace({
        report: result.report,
        step: 'check',
        label: `打开草稿“${file.name}”`,
        question: `打开“${file.name}”将替换当前报告。`,
      });
      if (opened) setNotice({ kind: 'info', text: `已打开草稿“${file.name}”。${notes}` });
    },
    [replace, setNotice],
  );

  /** An imported report (src/ui/import/) replaces the open one like a draft. */
  const openImported = useCallback(
    (report: Report, what: string): boolean => {
      const done = replace({
        report,
        step: 'check',
        label: `导入“${what}”`,
        question: `导入“${what}”将替换当前报告。`,
      });
      if (done) setNotice({ kind: 'info', text: `已导入“${what}”。请逐步核对读到的内容和检查结果。` });
      return done;
    },
    [replace, setNotice],
  );

  return { saveDraft, openFile, openImported };
}
