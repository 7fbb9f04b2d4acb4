// Code injected into the measured pages before they load (page.addInitScript). Plain browser JS.

declare global {
  interface Window {
    /** Keystroke latencies, ms: capture-phase keydown → the frame that shows what was expected → one task. */
    __latencies: number[];
    /** Element id → the value it must show once the keystroke is handled (set by the driver before each key). */
    __expect: Record<string, string>;
    /** When the first screen became usable (ms since navigation start). */
    __usableAt?: number;
    __commits: number;
    /** Per typed digit or paste: ms of script from the page's first sight of the input to the end of its dispatch. */
    __jsMs: number[];
  }
}

/**
 * Keystroke latency, as the README's budget means it: from the moment the page starts handling the key (a
 * capture-phase keydown listener) to the first animation frame in which every expected value is on screen,
 * then one task (so the frame's own work is included). React commits the totals and the findings of one
 * keystroke together, so seeing the totals means the findings are there too.
 */
export function latencyHarness() {
  window.__latencies = [];
  window.__expect = {};
  document.addEventListener(
    'keydown',
    (e) => {
      if (!/^[0-9]$/.test(e.key) && !(/^v$/i.test(e.key) && e.ctrlKey)) return;
      const t0 = performance.now();
      const expected = window.__expect;
      const shown = () =>
        Object.entries(expected).every(
          ([id, value]) => (document.getElementById(id) as HTMLInputElement | null)?.value === value,
        );
      const frame = () => {
        if (shown()) setTimeout(() => window.__latencies.push(performance.now() - t0), 0);
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
    { capture: true },
  );
}

/** The first screen is usable when the first field of the wizard can be typed into. */
export function usableHarness() {
  const check = () => {
    const input = document.getElementById('meta.agency') as HTMLInputElement | null;
    if (input && !input.disabled && window.__usableAt === undefined) window.__usableAt = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

/** Counts React commits through the hook React calls in every build when devtools are present. */
export function commitHarness() {
  window.__commits = 0;
  (window as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: () => {
      window.__commits++;
    },
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    checkDCE: () => {},
  };
  window.__renderCounts = {};
}

/**
 * The script a keystroke costs: from a capture listener on the document (first to see the input or paste event)
 * to a bubble listener on the window (last), i.e. React's handler, the store update, the checks and React's
 * synchronous commit of a discrete event. Only on the app's page: the floor has no script to measure.
 */
export function jsHarness() {
  window.__jsMs = [];
  for (const type of ['input', 'paste']) {
    let t0 = 0;
    document.addEventListener(type, () => (t0 = performance.now()), { capture: true });
    window.addEventListener(type, () => window.__jsMs.push(performance.now() - t0));
  }
}
