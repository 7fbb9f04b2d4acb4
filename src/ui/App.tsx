import { useCallback, useState } from 'react';
import { reportTitle } from '../document/title';
import { stepOfTarget, stepsOf, type StepKey } from '../template/steps';
import type { Template } from '../template/types';
import { useAppState, useResolved, useServices } from './context';
import { ErrorBoundary, failedToShow } from './ErrorBoundary';
import { DraftActions } from './drafts/DraftActions';
import type { Notice } from './drafts/notice';
import { useDraftFiles } from './drafts/useDraftFiles';
import { useNewReport } from './drafts/useNewReport';
import { useRecentReports } from './drafts/useRecentReports';
import { useTabConflict } from './drafts/useTabConflict';
import { LazyBatchView } from './batch/LazyBatchView';
import { CommentThreads } from './comments/CommentThreads';
import { LazyImportDialog } from './import/LazyImportDialog';
import { goTo, showStep } from './navigate';
import { ReviewView } from './review/ReviewView';
import { SaveStatus } from './SaveStatus';
import { SkipLink } from './SkipLink';
import { StepList } from './StepList';
import { CheckStep } from './steps/CheckStep';
import { PrintOnDemand } from './export/PrintView';
import { MetaStep } from './steps/MetaStep';
import { NarrativeStep } from './steps/NarrativeStep';
import { OverviewStep } from './steps/OverviewStep';
import { TableStep } from './steps/TableStep';
import { UndoButtons } from './UndoButtons';
import { useShortcuts } from './useShortcuts';

function StepView({ step, template }: { step: StepKey; template: Template }) {
  if (step === 'meta') return <MetaStep />;
  if (step === 'check') return <CheckStep />;
  const section = template.sections.find((s) => s.key === step)!;
  switch (section.kind) {
    case 'overview':
      return <OverviewStep section={section} />;
    case 'table':
      // a table of another edition is another table
      return <TableStep key={`${template.edition}:${section.key}`} section={section} />;
    case 'narrative':
      return <NarrativeStep key={section.key} section={section} />;
  }
}

function Title() {
  const title = useAppState((s) => (s.report.meta.agency.trim() ? reportTitle(s.report) : '新的年度报告'));
  return <p className="report-title">{title}</p>;
}

// What each part says when it fails to show (ErrorBoundary.tsx): what failed, that nothing is lost, what to do.
const STEP_FAILED = failedToShow('这一部分', '切换到其他步骤继续');
const REVIEW_FAILED = failedToShow('审阅模式', '返回填写继续', '已填写的内容和批注');
const BATCH_FAILED = failedToShow('批量检查', '返回填写继续');
const IMPORT_FAILED = failedToShow('导入已有报告', '关闭后重新导入');

/** The main content, where 跳到正文 (the page's first tab stop) goes past the header and the step list. */
const MAIN = 'main-content';

export function App({ initialNotice }: { initialNotice: string | null }) {
  const { store } = useServices();
  const { template } = useResolved();
  const step = useAppState((s) => s.step);
  const steps = stepsOf(template);
  const index = steps.findIndex((s) => s.key === step);
  const [notice, setNotice] = useState<Notice | null>(initialNotice ? { kind: 'error', text: initialNotice } : null);
  const [reviewing, setReviewing] = useState(false);
  const [batching, setBatching] = useState(false);
  const files = useDraftFiles(setNotice);
  const newReport = useNewReport(setNotice);
  const recent = useRecentReports(setNotice);
  const tabs = useTabConflict(setNotice);
  useShortcuts(store, files.saveDraft);
  const [importing, setImporting] = useState<{ file: File | null } | null>(null);
  const importFile = useCallback((file: File) => setImporting({ file }), []);

  return (
    <div className="app">
      <PrintOnDemand />
      <SkipLink target={MAIN}>跳到正文</SkipLink>
      <header className="app-header">
        <h1>年报助手</h1>
        <Title />
        <SaveStatus onSaveDraft={files.saveDraft} onLoadLatest={tabs.loadLatest} onKeepMine={tabs.keepMine} />
        <button type="button" aria-pressed={reviewing} onClick={() => setReviewing((v) => !v)}>
          {reviewing ? '返回填写' : '审阅模式'}
        </button>
        <UndoButtons />
        <button type="button" onClick={() => setImporting({ file: null })}>
          导入已有报告
        </button>
        <DraftActions {...files} {...newReport} {...recent} importFile={importFile} />
        <button type="button" aria-pressed={batching} onClick={() => setBatching((v) => !v)}>
          批量检查
        </button>
      </header>
      {importing && (
        <ErrorBoundary
          place="import"
          message={IMPORT_FAILED}
          leave={{ label: '关闭', onClick: () => setImporting(null) }}
          dialog={{ className: 'import-dialog', label: '导入已有报告' }}
        >
          <LazyImportDialog
            initialFile={importing.file}
            onConfirm={(report, what) => files.openImported(report, what) && setImporting(null)}
            onClose={() => setImporting(null)}
          />
        </ErrorBoundary>
      )}
      {notice && (
        <p className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
          <button type="button" onClick={() => setNotice(null)}>
            知道了
          </button>
        </p>
      )}
      {batching ? (
        <main className="content" id={MAIN} tabIndex={-1}>
          <ErrorBoundary
            place="batch"
            message={BATCH_FAILED}
            leave={{ label: '返回填写', onClick: () => setBatching(false) }}
          >
            <LazyBatchView onExit={() => setBatching(false)} />
          </ErrorBoundary>
        </main>
      ) : reviewing ? (
        <main className="content" id={MAIN} tabIndex={-1}>
          {/* the header's 返回填写 leaves it */}
          <ErrorBoundary place="review" message={REVIEW_FAILED}>
            <ReviewView onExit={() => setReviewing(false)} />
          </ErrorBoundary>
        </main>
      ) : (
        <div className="layout">
          <StepList steps={steps} />
          <main className="content" id={MAIN} tabIndex={-1}>
            {/* a step that fails to show fails alone: another step (its own boundary) shows as ever */}
            <ErrorBoundary key={step} place={step} message={STEP_FAILED}>
              <CommentThreads
                keep={(target) => stepOfTarget(target) === step}
                onShow={(target) => goTo(store, target)}
                title="审阅批注"
              />
              <StepView step={step} template={template} />
            </ErrorBoundary>
            <div className="step-nav">
              {index > 0 && (
                <button type="button" onClick={() => showStep(store, steps[index - 1].key)}>
                  上一步：{steps[index - 1].title}
                </button>
              )}
              {index < steps.length - 1 && (
                <button type="button" className="primary" onClick={() => showStep(store, steps[index + 1].key)}>
                  下一步：{steps[index + 1].title}
                </button>
              )}
            </div>
          </main>
        </div>
      )}
    </div>
  );
}
