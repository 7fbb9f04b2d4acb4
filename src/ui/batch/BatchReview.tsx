// 审阅 of one report of the batch: the existing 审阅模式 on a store of its own (the open report is not
// touched); remarks written here are kept by the desk as they are written, and can be saved as the report's draft file.
import { useEffect, useMemo, useState } from 'react';
import { draftFileName, writeDraft } from '../../draft/write';
import type { Report } from '../../report/schema';
import { createReportStore } from '../../state/store';
import { ServicesContext, useServices } from '../context';
import { downloadText } from '../download';
import { ReviewView, type ReviewFinding } from '../review/ReviewView';
import type { BatchFinding } from '../../batch/types';
import type { ReviewState } from '../../batch/desk/record';
import { StateSelect } from './StateSelect';

/** The desk's findings of a report in 审阅模式's terms: the list and the marks are the desk's own. */
export const reviewFindings = (findings: readonly BatchFinding[]): ReviewFinding[] =>
  findings.map((f, i) => ({
    key: `${i}`,
    severity: f.severity,
    incomplete: f.kind === '未填写' || undefined,
    message: f.message,
    target: f.target,
    printed: f.printed,
  }));

interface Props {
  report: Report;
  fileName: string;
  findings: readonly BatchFinding[];
  state: ReviewState;
  onState(state: ReviewState): void;
  /** A remark written, replied to or resolved: the report as it is now. */
  onChange(report: Report): void;
  onClose(): void;
}

export function BatchReview({ report, fileName, findings, state, onState, onChange, onClose }: Props) {
  const desk = useMemo(() => reviewFindings(findings), [findings]);
  const services = useServices();
  // one store for the whole review (the view is keyed by the report's id): a remark saved on the way does not reset it
  const [store] = useState(() => createReportStore({ report, step: 'meta' }, services.currentYear));
  // each remark is kept by the desk as it is written, not only when the review is left
  useEffect(() => {
    let last = store.getState().report;
    return store.subscribe(() => {
      const now = store.getState().report;
      if (now.comments === last.comments) return;
      last = now;
      onChange(now);
    });
  }, [store, onChange]);
  const reviewing = useMemo(() => ({ ...services, store }), [services, store]);
  const save = () => {
    const current = store.getState().report;
    downloadText(draftFileName(current), writeDraft(current, new Date()));
  };
  return (
    <ServicesContext.Provider value={reviewing}>
      <div className="batch-review-bar">
        <strong>审阅：{fileName}</strong>
        <label>
          审阅状态
          <StateSelect value={state} onChange={onState} />
        </label>
        <button type="button" className="primary" onClick={save}>
          保存为草稿文件
        </button>
        <button type="button" onClick={onClose}>
          返回批量检查
        </button>
      </div>
      <ReviewView onExit={onClose} deskFindings={desk} />
    </ServicesContext.Provider>
  );
}
