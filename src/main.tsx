import './browser-floor/polyfills';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { emptyReport, likelyReportYear } from './report/empty';
import { reportSchema } from './report/schema';
import { createReportStore } from './report/store';
import { createAutosave, loadSession, SESSION_KEY, writerOf } from './storage/autosave';
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

const readReport = (data: unknown) => {
  const parsed = schema.safeParse(data);
  return parsed.success ? parsed.data : null;
};
const loaded = loadSession(storage, readReport, (step): step is StepKey => stepKeys.has(step));
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
// Another tab saved this report: stop writing here rather than overwrite its work.
window.addEventListener('storage', (e) => {
  if (e.key === SESSION_KEY && e.newValue && writerOf(e.newValue) !== autosave.tabId) autosave.conflict();
});

const initialNotice = loaded.kind === 'broken' ? `${loaded.message}。现在是一份空白报告。` : null;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ServicesContext.Provider
      value={{ store, autosave, storage, readReport, template, resolved: resolveTemplate(template), currentYear: today.getFullYear() }}
    >
      <App initialNotice={initialNotice} />
    </ServicesContext.Provider>
  </StrictMode>,
);
