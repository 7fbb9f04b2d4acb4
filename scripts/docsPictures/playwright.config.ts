// `npm run docs:pictures` (second step, after `vite build`): draws the README's pictures of the app
// (app.pictures.ts) from the production build in Chromium, as the e2e suite drives it. Not part of any test run.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { appAt } from '../../e2e/chromium';

const port = Number(process.env.PICTURES_PORT ?? 4175);

export default defineConfig({
  testDir: '.',
  testMatch: 'app.pictures.ts',
  timeout: 120_000,
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: 'list',
  use: appAt(port),
  // the production build (dist/), served from the repository's root
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
