// The browser floor (Chromium 78, package.json "browserslist"), as far as today's Chromium can show it: the built
// bundles call nothing beyond the floor that is not polyfilled, and below the floor the guard says so and the app
// never runs. The journey in real old kernels is e2e-legacy/ (npm run test:legacy).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

const DIST = resolve(import.meta.dirname, '../dist');
const INDEX = pathToFileURL(resolve(DIST, 'index.html')).href;

/** Calls and syntax beyond Chromium 78 (with the version that brought them), as they look in minified code. */
const BEYOND_FLOOR: [RegExp, string][] = [
  // not the spread of a call to a function named `at` (`...at(a)` in minified code)
  [/(?<!\.\.)\.at\(/, 'Array/String.prototype.at: Chromium 92'],
  [/\.replaceAll\(/, 'String.prototype.replaceAll: Chromium 85'],
  [/\.findLast(Index)?\(/, 'Array.prototype.findLast: Chromium 97'],
  [/\.to(Sorted|Reversed|Spliced)\(/, 'Array.prototype.toSorted and kin: Chromium 110'],
  [/\bstructuredClone\(/, 'structuredClone: Chromium 98'],
  [/\bObject\.(hasOwn|groupBy)\(/, 'Object.hasOwn / groupBy: Chromium 93 / 117'],
  [/\bPromise\.(any|withResolvers)\(/, 'Promise.any / withResolvers: Chromium 85 / 119'],
  [/\.replaceChildren\(/, 'Element.replaceChildren: Chromium 86'],
  [/\brandomUUID\(/, 'crypto.randomUUID: Chromium 92'],
  [/\?\?|\?\.(?!\d)/, 'optional chaining / nullish coalescing syntax: Chromium 80'],
  [/(\|\||&&)=/, 'logical assignment syntax: Chromium 85'],
];
/** What src/browser-floor/polyfills.ts brings (core-js), and the scripts that import it, which may call it. */
const POLYFILLED = new Map([['String.prototype.replaceAll: Chromium 85', new Set(['export-pdf.js', 'batch-view.js'])]]);

test('the built scripts call no API beyond Chromium 78 that is not polyfilled, and use no newer syntax', () => {
  const found: string[] = [];
  // Not scanned here (the hits are feature tests and guarded calls): the batch review's reader thread and its
  // page fallback bundle core-js/actual and are run in real Chromium 78/86/109 by the legacy journey;
  // batch-xlsx.js is exceljs's own ES5 build, whose `??` are inside number-format strings.
  const runInOldKernels = new Set(['export-pdf-font.js', 'import-pdf.js', 'batch-worker.js', 'batch-xlsx.js']);
  for (const file of readdirSync(resolve(DIST, 'assets')).filter((f) => f.endsWith('.js') && !runInOldKernels.has(f))) {
    const code = readFileSync(resolve(DIST, 'assets', file), 'utf8');
    for (const [pattern, what] of BEYOND_FLOOR) {
      const m = pattern.exec(code);
      if (m && !POLYFILLED.get(what)?.has(file))
        found.push(`${file}: ${what} — …${code.slice(Math.max(0, m.index - 40), m.index + 20)}…`);
    }
  }
  expect(found).toEqual([]);
});

test('the page asks 360, QQ and 搜狗 browsers for their Chromium kernel, and IE for its newest mode', async ({
  page,
}) => {
  await page.goto(INDEX);
  await expect(page.locator('meta[name="renderer"]')).toHaveAttribute('content', 'webkit');
  await expect(page.locator('meta[http-equiv="X-UA-Compatible"]')).toHaveAttribute('content', 'IE=edge');
});

/** Opens the built page with a feature taken away before any script runs; returns the app scripts requested. */
async function openWithout(page: Page, feature: 'Object.fromEntries' | 'Promise.allSettled') {
  const appRequests: string[] = [];
  page.on('request', (r) => /assets\/index-[^/]+\.js$/.test(r.url()) && appRequests.push(r.url()));
  await page.addInitScript((f) => {
    const [owner, name] = f.split('.');
    delete (window as unknown as Record<string, Record<string, unknown>>)[owner][name];
  }, feature);
  await page.goto(INDEX);
  return appRequests;
}

test('below the floor, the page says which browser it is and what to do, and the app never runs', async ({ page }) => {
  const appRequests = await openWithout(page, 'Object.fromEntries');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('年报助手无法在这个浏览器中运行');
  await expect(alert).toContainText(/这个浏览器是：Chromium \d+ 内核/);
  await expect(alert).toContainText('切换到“极速模式”');
  await expect(alert).toContainText('新版的 Chrome、Edge 或 360 安全浏览器');
  await expect(alert).toContainText('缺少：Object.fromEntries');
  await expect(page.locator('#root')).toBeEmpty();
  expect(appRequests).toEqual([]);
});

test.describe('in the IE 兼容模式 of a Chinese browser (its user agent)', () => {
  test.use({
    userAgent: 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0; QQBrowser/10.5.3863.400) like Gecko',
  });
  test('the page names the mode and the app never runs', async ({ page }) => {
    const appRequests = await openWithout(page, 'Promise.allSettled');
    await expect(page.getByRole('alert')).toContainText('这个浏览器是：QQ 浏览器的兼容模式（IE 内核）');
    await expect(page.locator('#root')).toBeEmpty();
    expect(appRequests).toEqual([]);
  });
});

test('at the floor and above, the guard loads the app', async ({ page }) => {
  await page.goto(INDEX);
  await expect(page.getByLabel('机关名称')).toBeVisible();
  await expect(page.locator('#browser-guard')).toHaveCount(0);
});
