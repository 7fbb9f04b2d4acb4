import { defineConfig } from '@playwright/test';
import { CHROMIUM } from '../e2e/chromium';

// The bench: one worker (timings on a shared machine are noisy enough), long timeout, the same Chromium.
export default defineConfig({
  testDir: '.',
  testMatch: 'bench.spec.ts',
  timeout: 20 * 60_000,
  workers: 1,
  reporter: 'line',
  use: {
    // a selector the app no longer matches fails the bench in a minute, not at the 20-minute test timeout
    actionTimeout: 60_000,
    viewport: { width: 1366, height: 768 },
    launchOptions: CHROMIUM,
  },
});
