import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { emptyReport, likelyReportYear } from './report/empty';
import { reportSchema } from './report/schema';
import { createReportStore } from './report/store';
import { createAutosave, loadSession } from './storage/autosave';
import { template2021 } from './template';
import { resolveTemplate } from './template/resolve';
import { stepsOf, type StepKey } from './template/steps';
import { App } from './ui/App';
import { ServicesContext } from './ui/context';
import './ui/styles.css';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: the clerk is told by the save status
  }
}

const template = template2021;
const today = new Date();
const storage = browserStorage();
const schema = reportSchema(template);
const stepKeys = new Set<unknown>(stepsOf(template).map((s) => s.key));

const loaded = loadSession(
  storage,
  (data) => {
    const parsed = schema.safeParse(data);
    return parsed.success ? parsed.data : null;
  },
  (step): step is StepKey => stepKeys.has(step),
);
const initial =
  loaded.kind === 'ok' ? loaded.session : { report: emptyReport(template, likelyReportYear(today)), step: 'meta' as const };

const store = createReportStore(template, initial, today.getFullYear());
const autosave = createAutosave(storage);
store.subscribe(() => {
  const { report, step } = store.getState();
  autosave.schedule({ report, step });
});
// Write the last keystroke before the tab goes away.
window.addEventListener('pagehide', autosave.flush);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') autosave.flush();
});

const notice = loaded.kind === 'broken' ? `${loaded.message}。现在是一份空白报告。` : null;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ServicesContext.Provider
      value={{ store, autosave, template, resolved: resolveTemplate(template), currentYear: today.getFullYear() }}
    >
      <App notice={notice} />
    </ServicesContext.Provider>
  </StrictMode>,
);
