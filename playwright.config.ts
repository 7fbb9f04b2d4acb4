import { defineConfig } from '@playwright/test';
import { appAt } from './e2e/chromium';

// E2E_PORT lets several checkouts run their suites side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 5_000 },
  workers: 2,
  reporter: 'list',
  use: appAt(port),
  projects: [
    { name: 'journeys', testIgnore: /batch-timeout\.spec\.ts/ },
    // measures the page's longest task while a reader thread is stopped and restarted: run after the others, alone,
    // so that no other test's work on the machine's two cores is counted as the page's
    { name: 'alone', testMatch: /batch-timeout\.spec\.ts/, dependencies: ['journeys'] },
  ],
  // The production build (npm run test:e2e builds it first), served as a static folder.
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
  },
});
