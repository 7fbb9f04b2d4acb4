import './browser-floor/polyfills';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readDraft } from './draft/read';
import { writeDraft } from './draft/write';
import { emptyReport, likelyReportYear } from './report/empty';
import { salvageReport } from './report/salvage';
import { reportSchema, type Report } from './report/schema';
import { createReportStore } from './state/store';
import { browserIdle, createAutosave, loadSession, SESSION_KEY } from './storage/autosave';
import { pruneBackups } from './storage/backups';
import { keepRecent, listRecent } from './storage/recent';
import { template2021 } from './template';
import { resolveTemplate } from './template/resolve';
import { stepsOf, type StepKey } from './template/steps';
import { App } from './ui/App';
import { ServicesContext } from './ui/context';
import { loadNotice } from './ui/drafts/loadNotice';
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
/**
 * Why a report would not read back, or null: the autosave's own reader, and on refusal the draft file's
 * reader for a sentence naming the field (the same schema: a save never holds what a load or the clerk's
 * draft file would refuse). Reading with the built schema takes about a millisecond; building one, far more.
 */
const readBack = (data: unknown) => {
  if (schema.safeParse(data).success) return null;
  const read = readDraft(new TextEncoder().encode(writeDraft(data as Report, today)), template);
  return read.ok ? '报告中有内容无法读回' : read.error.message;
};
const salvage = (data: unknown) => salvageReport(data, template);
const loaded = loadSession(storage, salvage, (step): step is StepKey => stepKeys.has(step));
pruneBackups(storage, today);
const initial =
  loaded.kind === 'ok' || loaded.kind === 'salvaged'
    ? loaded.session
    : { report: emptyReport(template, likelyReportYear(today)), step: 'meta' as const };

const store = createReportStore(template, initial, today.getFullYear());
const autosave = createAutosave(storage, {
  readBack,
  whenIdle: browserIdle,
  revision: loaded.kind === 'none' ? null : loaded.revision,
  preserve: loaded.kind === 'salvaged' || loaded.kind === 'broken' ? loaded.preserve : null,
});
// What was salvaged is saved as the report now (its raw save is kept aside).
if (loaded.kind === 'salvaged') autosave.schedule(loaded.session);
let saved = store.getState();
store.subscribe(() => {
  const state = store.getState();
  if (state.report === saved.report && state.step === saved.step) return;
  // a change of step only is no new version of the report: other tabs need not stop for it
  autosave.schedule({ report: state.report, step: state.step }, state.report !== saved.report);
  saved = state;
});
// Write the last keystroke before the tab goes away. Work that may not be saved over the autosave (another
// tab saved a newer version, or the report would not read back) is kept in 最近的报告 instead.
window.addEventListener('pagehide', () => {
  autosave.flush();
  const { state } = autosave.getStatus();
  if ((state === 'conflict' || state === 'invalid') && autosave.hasUnsavedChanges())
    keepRecent(storage, listRecent(storage, salvage), store.getState().report, new Date());
});
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') autosave.flush();
});
// Another tab saved a different version of this report: stop writing here until the clerk chooses.
window.addEventListener('storage', (e) => {
  if (e.key === SESSION_KEY) autosave.noticeWrite(e.newValue);
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ServicesContext.Provider
      value={{ store, autosave, storage, readReport, template, resolved: resolveTemplate(template), currentYear: today.getFullYear() }}
    >
      <App initialNotice={loadNotice(loaded)} />
    </ServicesContext.Provider>
  </StrictMode>,
);
