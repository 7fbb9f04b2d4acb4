// The checks of the prose in the built bundle: a classic script built apart (vite.config.ts), loaded after the first
// screen, so that a page opened from disk (file://) can load it and the first screen carries none of it.
import { loadScriptGlobal } from '../../export/scriptLoader';

export const loadProse = () => loadScriptGlobal<typeof import('./index')>('XxgkProse', 'prose-checks.js');
