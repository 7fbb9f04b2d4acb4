import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readDraft } from './draft/read';
import { writeDraft } from './draft/write';
import { emptyReport, likelyReportYear } from './report/empty';
import { readStored } from './draft/stored';
import { readStoredReport } from './report/edition';
import { reportSchema, type Report } from './report/schema';
import { loadProse } from '#prose';
import { createReportStore } from './state/store';
import { browserIdle, createAutosave, loadSession, SESSION_KEY } from './storage/autosave';
import { pruneBackups } from './storage/backups';
import { EDITIONS, editionForYear, templateFor } from './template';
import { stepsOf, type StepKey } from './template/steps';
import { App } from './ui/App';
import { ServicesContext } from './ui/context';
import { loadNotice } from './ui/drafts/loadNotice';
import { keepInRecent } from './ui/drafts/replaceReport';
import './ui/styles.css';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: the clerk is told by the save status
  }
}

const today = new Date();
const storage = browserStorage();
// every edition has the same steps (its six sections): a new report's edition names them
const newReportTemplate = templateFor(editionForYear(likelyReportYear(today)));
const stepKeys = new Set<unknown>(stepsOf(newReportTemplate).map((s) => s.key));

// Built now, not on the first save: a save flushed as the tab closes has no time to build a schema.
EDITIONS.forEach((t) => reportSchema(t));
/**
 * Why a report would not read back, or null: the autosave's own reader, and on refusal the draft file's
 * reader for a sentence naming the field (the same schema: a save never holds what a load or the clerk's
 * draft file would refuse). Reading with the built schema takes about a millisecond; building one, far more.
 */
const readBack = (data: unknown) => {
  if (readStoredReport(data)) return null;
  const read = readDraft(new TextEncoder().encode(writeDraft(data as Report, today)));
  return read.ok ? '报告中有内容无法读回' : read.error.message;
};
const loaded = loadSession(storage, readStored, (step): step is StepKey => stepKeys.has(step));
pruneBackups(storage, today);
const initial =
  loaded.kind === 'ok' || loaded.kind === 'salvaged'
    ? loaded.session
    : { report: emptyReport(newReportTemplate, likelyReportYear(today)), step: 'meta' as const };

const store = createReportStore(initial, today.getFullYear());
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
// tab saved a newer version, or the report would not read back) is kept in 最近的报告 instead (no time to ask).
window.addEventListener('pagehide', () => {
  autosave.flush();
  const { state } = autosave.getStatus();
  if ((state === 'conflict' || state === 'invalid') && autosave.hasUnsavedChanges())
    keepInRecent(storage, store.getState().report);
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
      value={{ store, autosave, storage, readReport: readStoredReport, currentYear: today.getFullYear() }}
    >
      <App initialNotice={loadNotice(loaded)} />
    </ServicesContext.Provider>
  </StrictMode>,
);

// The checks of the prose (warnings on the year and the figures a text states) come after the first screen: the
// report is checked again with them once they are in. Without them (a script refused) the app works, with every
// other check.
browserIdle(() => {
  void loadProse()
    .then((prose) => store.addChecks(prose.PROSE_CHECKS))
    .catch(() => undefined);
});
