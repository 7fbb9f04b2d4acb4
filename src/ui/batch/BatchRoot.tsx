// The batch view as its own script (built apart, loaded on the first 批量检查: the first screen stays small).
// It reads React, the services context and the report's core from core.js (build/classicScripts.ts), so it
// renders inside the page's tree with the page's services.
import '../../browser-floor/polyfills';
import css from './batch.css?inline';
import { BatchView } from './BatchView';

const style = document.createElement('style');
style.textContent = css;
document.head.append(style);

export function BatchRoot({ onExit }: { onExit(): void }) {
  return <BatchView onExit={onExit} />;
}
