import { memo } from 'react';
import { STEP_STATE_LABEL, stepStatus } from '../checks/status';
import type { Step } from '../template/steps';
import { useAppState, useDeferredAppState, useServices } from './context';
import { showStep } from './navigate';
import { countRender } from './renderCount';

const StepItem = memo(function StepItem({ step, current }: { step: Step; current: boolean }) {
  countRender('StepItem');
  const { store } = useServices();
  const status = useDeferredAppState((s) => {
    const { state, problems } = stepStatus(step.key, s.report, s.checks.findings);
    return `${state}:${problems}`;
  });
  const [state, problems] = status.split(':') as [keyof typeof STEP_STATE_LABEL, string];
  const label = state === 'problem' ? `${STEP_STATE_LABEL[state]}（${problems}）` : STEP_STATE_LABEL[state];
  return (
    <li>
      <button
        type="button"
        className={`step-link state-${state}`}
        aria-current={current ? 'step' : undefined}
        onClick={() => showStep(store, step.key)}
      >
        <span className="step-title">{step.title}</span>
        {step.key !== 'check' && <span className="step-state">{label}</span>}
      </button>
    </li>
  );
});

export function StepList({ steps }: { steps: Step[] }) {
  const current = useAppState((s) => s.step);
  return (
    <nav className="steps" aria-label="填写步骤">
      <ol>
        {steps.map((step) => (
          <StepItem key={step.key} step={step} current={step.key === current} />
        ))}
      </ol>
    </nav>
  );
}
