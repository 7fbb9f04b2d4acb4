// The browser every Playwright run here drives (the e2e suite, the bench, the docs pictures): Debian's Chromium, as
// Playwright's own browser download is not available, with no background traffic — the machine has no network and
// the app must not need one.
import type { LaunchOptions } from '@playwright/test';

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
