// The batch view as its own script (built apart, loaded on the first 批量检查: the first screen stays small).
// It shares the page's React (a global the page sets, see LazyBatchView.tsx) but has its own copy of the
// app's modules, so it takes the page's services as a prop and provides them to its own components.
import '../../browser-floor/polyfills';
import css from './batch.css?inline';
import { ServicesContext, type AppServices } from '../context';
import { BatchView } from './BatchView';

const style = document.createElement('style');
style.textContent = css;
document.head.append(style);

export function BatchRoot({ services, onExit }: { services: AppServices; onExit(): void }) {
  return (
    <ServicesContext.Provider value={services}>
      <BatchView onExit={onExit} />
    </ServicesContext.Provider>
  );
}
