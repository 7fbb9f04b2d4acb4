import { useState } from 'react';
import { reportTitle } from '../document/title';
import { stepOfTarget, stepsOf, type StepKey } from '../template/steps';
import { useAppState, useServices } from './context';
import { DraftActions } from './drafts/DraftActions';
import { useReportFiles, type Notice } from './drafts/useReportFiles';
import { CommentThreads } from './comments/CommentThreads';
import { goTo } from './navigate';
import { ReviewView } from './review/ReviewView';
import { SaveStatus } from './SaveStatus';
import { StepList } from './StepList';
import { CheckStep } from './steps/CheckStep';
import { MetaStep } from './steps/MetaStep';
import { NarrativeStep } from './steps/NarrativeStep';
import { OverviewStep } from './steps/OverviewStep';
import { TableStep } from './steps/TableStep';
import { UndoButtons } from './UndoButtons';
import { useShortcuts } from './useShortcuts';

function StepView({ step }: { step: StepKey }) {
  const { template } = useServices();
  if (step === 'meta') return <MetaStep />;
  if (step === 'check') return <CheckStep />;
  const section = template.sections.find((s) => s.key === step)!;
  switch (section.kind) {
    case 'overview':
      return <OverviewStep section={section} />;
    case 'table':
      return <TableStep key={section.key} section={section} />;
    case 'narrative':
      return <NarrativeStep key={section.key} section={section} />;
  }
}

function Title() {
  const title = useAppState((s) => (s.report.meta.agency.trim() ? reportTitle(s.report) : '新的年度报告'));
  return <p className="report-title">{title}</p>;
}

export function App({ initialNotice }: { initialNotice: string | null }) {
  const { store, template } = useServices();
  const step = useAppState((s) => s.step);
  const steps = stepsOf(template);
  const index = steps.findIndex((s) => s.key === step);
  const [notice, setNotice] = useState<Notice | null>(initialNotice ? { kind: 'error', text: initialNotice } : null);
  const [reviewing, setReviewing] = useState(false);
  const files = useReportFiles(setNotice);
  useShortcuts(store, files.saveDraft);

  return (
    <div className="app">
      <header className="app-header">
        <h1>年报助手</h1>
        <Title />
        <SaveStatus onSaveDraft={files.saveDraft} onLoadLatest={files.loadLatest} onKeepMine={files.keepMine} />
        <button type="button" aria-pressed={reviewing} onClick={() => setReviewing((v) => !v)}>
          {reviewing ? '返回填写' : '审阅模式'}
        </button>
        <UndoButtons />
        <DraftActions {...files} />
      </header>
      {notice && (
        <p className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
          <button type="button" onClick={() => setNotice(null)}>
            知道了
          </button>
        </p>
      )}
      {reviewing ? (
        <main className="content">
          <ReviewView onExit={() => setReviewing(false)} />
        </main>
      ) : (
      <div className="layout">
        <StepList steps={steps} />
        <main className="content">
          <CommentThreads
            key={step}
            keep={(target) => stepOfTarget(target) === step}
            onShow={(target) => goTo(store, target)}
            title="审阅批注"
          />
          <StepView step={step} />
          <div className="step-nav">
            {index > 0 && (
              <button type="button" onClick={() => store.setStep(steps[index - 1].key)}>
                上一步：{steps[index - 1].title}
              </button>
            )}
            {index < steps.length - 1 && (
              <button type="button" className="primary" onClick={() => store.setStep(steps[index + 1].key)}>
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
