// The batch review's heavy parts in the built bundle: classic scripts built apart (build/classicScripts.ts),
// loaded on first use.
import { loadScriptGlobal, threadSource } from '../../export/scriptLoader';

export const loadPdfReader = () =>
  loadScriptGlobal<typeof import('../../import/pdf/browser')>('XxgkPdfReader', 'import-pdf.js');
/** The batch's reader thread as text (the factories of its scripts), to start it from a blob: URL. */
export const loadBatchWorkerSource = () => threadSource('XxgkBatchWorker');
export const loadXlsxWriter = () => loadScriptGlobal<typeof import('../../batch/xlsx')>('XxgkXlsx', 'batch-xlsx.js');
export const loadBatchView = () => loadScriptGlobal<typeof import('./BatchRoot')>('XxgkBatchView', 'batch-view.js');
