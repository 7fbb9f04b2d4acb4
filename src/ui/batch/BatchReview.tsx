// 审阅 of one report of the batch: the existing 审阅模式 on a store of its own (the open report is not
// touched); remarks written here stay with the batch and can be saved as the report's draft file.
import { useMemo } from 'react';
import { draftFileName, writeDraft } from '../../draft/write';
import type { Report } from '../../report/schema';
import { createReportStore } from '../../state/store';
import { ServicesContext, useServices } from '../context';
import { downloadText } from '../download';
import { ReviewView, type ReviewFinding } from '../review/ReviewView';
import type { BatchFinding } from '../../batch/types';

/** The desk's findings of a report in 审阅模式's terms: the list and the marks are the desk's own. */
export const reviewFindings = (findings: readonly BatchFinding[]): ReviewFinding[] =>
  findings.map((f, i) => ({ key: `${i}`, severity: f.severity, incomplete: f.kind === '未填写' || undefined, message: f.message, target: f.target, printed: f.printed }));

export function BatchReview({ report, fileName, findings, onClose }: { report: Report; fileName: string; findings: readonly BatchFinding[]; onClose(report: Report): void }) {
  const desk = useMemo(() => reviewFindings(findings), [findings]);
  const services = useServices();
  const store = useMemo(() => createReportStore({ report, step: 'meta' }, services.currentYear), [services, report]);
  const reviewing = useMemo(() => ({ ...services, store }), [services, store]);
  const save = () => {
    const current = store.getState().report;
    downloadText(draftFileName(current), writeDraft(current, new Date()));
  };
  return (
    <ServicesContext.Provider value={reviewing}>
      <div className="batch-review-bar">
        <strong>审阅：{fileName}</strong>
        <button type="button" className="primary" onClick={save}>
          保存为草稿文件
        </button>
        <button type="button" onClick={() => onClose(store.getState().report)}>
          返回批量检查
        </button>
      </div>
      <ReviewView onExit={() => onClose(store.getState().report)} deskFindings={desk} />
    </ServicesContext.Provider>
  );
}
