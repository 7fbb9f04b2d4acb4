// The browser every Playwright run here drives (the e2e suite, the bench, the docs pictures): Debian's Chromium, as
// Playwright's own browser download is not available, with no background traffic — the machine has no network and
// the app must not need one.
import type { LaunchOptions, PlaywrightTestOptions } from '@playwright/test';

export const CHROMIUM: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** The app served at `port` on this machine, in that Chromium, as a clerk's office screen shows it (1366 × 768, zh-CN). */
export const appAt = (port: number): Partial<PlaywrightTestOptions> & { launchOptions: LaunchOptions } => ({
  baseURL: `http://127.0.0.1:${port}/`,
  viewport: { width: 1366, height: 768 },
  locale: 'zh-CN',
  launchOptions: CHROMIUM,
});
