// The import readers of the built bundle: a classic script built apart (vite.config.ts), loaded on first use,
// so that the first screen carries none of them and a page opened from disk (file://) can load them.
import { loadScriptGlobal } from '../../export/scriptLoader';

export const loadImporter = () =>
  loadScriptGlobal<typeof import('../../import/index')>('XxgkImport', 'import-report.js');
/** The dialog itself (src/ui/import/ImportRoot.tsx), sharing the page's React. */
export const loadImportView = () => loadScriptGlobal<typeof import('./ImportRoot')>('XxgkImportView', 'import-view.js');
