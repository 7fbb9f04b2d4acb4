// Counts renders per component when a test or the bench asks for it (window.__renderCounts = {}
// before the app loads). A structural guard against an edit that re-renders the whole form.
declare global {
  interface Window {
    __renderCounts?: Record<string, number>;
    /** Store selectors run (set to 0 before the app loads to count them). */
    __selectorRuns?: number;
  }
}

export function countRender(name: string): void {
  const counts = typeof window === 'undefined' ? undefined : window.__renderCounts;
  if (counts) counts[name] = (counts[name] ?? 0) + 1;
}

export function countSelector(): void {
  if (typeof window !== 'undefined' && window.__selectorRuns !== undefined) window.__selectorRuns++;
}
