// The browser floor (Chromium 78, package.json "browserslist"), as far as today's Chromium can show it: the built
// bundles call nothing beyond the floor that is not polyfilled, the style sheets use nothing beyond it without a
// fallback, and below the floor the guard says so and the app never runs. The journey in real old kernels is
// e2e-legacy/ (npm run test:legacy).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { writeDraft } from '../src/draft/write';
import { distinctReport } from '../test/batchReports';

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
  const runInOldKernels = new Set(['import-pdf.js', 'batch-worker.js', 'batch-xlsx.js']);
  // the PDF's faces are bytes in a script (read as x-user-defined), not code
  const faces = /^export-pdf-font/;
  for (const file of readdirSync(resolve(DIST, 'assets')).filter(
    (f) => f.endsWith('.js') && !runInOldKernels.has(f) && !faces.test(f),
  )) {
    const code = readFileSync(resolve(DIST, 'assets', file), 'utf8');
    for (const [pattern, what] of BEYOND_FLOOR) {
      const m = pattern.exec(code);
      if (m && !POLYFILLED.get(what)?.has(file))
        found.push(`${file}: ${what} — …${code.slice(Math.max(0, m.index - 40), m.index + 20)}…`);
    }
  }
  expect(found).toEqual([]);
});

/**
 * CSS beyond Chromium 78 (with the version that brought it), as it looks in the built, minified style sheets: what
 * stylelint refuses in the sources (stylelint.config.js), looked for in what ships, after the build's minifier.
 */
const CSS_BEYOND_FLOOR: [RegExp, string][] = [
  [/(?:^|[{;])\s*inset(?:-(?:block|inline)(?:-start|-end)?)?\s*:/, 'inset: Chromium 87'],
  [
    /(?:^|[{;])\s*(?:(?:margin|padding|border|scroll-margin|scroll-padding)-(?:block|inline)(?:-start|-end)?|(?:min-|max-)?(?:block|inline)-size)\s*:/,
    'logical properties: Chromium 87–89',
  ],
  [/(?:^|[{;])\s*aspect-ratio\s*:/, 'aspect-ratio: Chromium 88'],
  [/(?<![\w-])(?:min|max|clamp)\(/, 'min() / max() / clamp(): Chromium 79'],
  [/(?:^|[{;])\s*overflow(?:-[xy])?\s*:[^;}]*\bclip\b/, 'overflow: clip: Chromium 90'],
  [/(?:^|[{;])\s*overflow-wrap\s*:\s*anywhere/, 'overflow-wrap: anywhere: Chromium 80'],
  [/(?:^|[{;])\s*(?:accent-color|scrollbar-gutter|text-underline-offset)\s*:/, 'accent-color and kin: Chromium 87–94'],
  [/(?:^|[{;])\s*(?:translate|rotate|scale|text-wrap)\s*:/, 'translate / rotate / scale, text-wrap: Chromium 104, 114'],
  [/:(?:is|where)\(/, ':is() / :where(): Chromium 88'],
  [/:not\([^()]*[,\s>+~][^()]*\)/, ':not() of a list or of a complex selector: Chromium 88'],
  [/:has\(/, ':has(): Chromium 105'],
  [/::marker/, '::marker: Chromium 86'],
  [/@(?:layer|container|property)\b/, '@layer / @container / @property: Chromium 99 / 105 / 85'],
  [/:focus-visible/, ':focus-visible: Chromium 86'],
  [/(?:^|[{;])\s*content-visibility\s*:/, 'content-visibility: Chromium 85'],
  [/(?:^|[{;])\s*contain-intrinsic-size\s*:/, 'contain-intrinsic-size: Chromium 83'],
];
/** Beyond the floor on purpose: a speed-up that older kernels ignore, drawing every remark thread (styles.css). */
const SPEED_ONLY = new Set(['content-visibility: Chromium 85', 'contain-intrinsic-size: Chromium 83']);
/** A selector list's selectors (commas inside parentheses kept). */
const selectorsOf = (list: string) => list.split(/,(?![^(]*\))/).map((s) => s.trim());
/** The rule's selector list around position `at` of a minified sheet. */
function selectorAt(css: string, at: number) {
  const start = Math.max(css.lastIndexOf('}', at), css.lastIndexOf('{', at), css.lastIndexOf(';', at)) + 1;
  return css.slice(start, css.indexOf('{', at));
}

test('the style sheets use no CSS beyond Chromium 78 without its fallback', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  // the import dialog's, the batch view's and its 汇总's sheets join the page when each is first shown
  await page.getByRole('button', { name: '导入已有报告', exact: true }).click();
  await page.getByRole('button', { name: '取消' }).click();
  await page.getByRole('button', { name: '批量检查' }).click();
  const files = [1, 2].map((i) => ({
    name: `d${i}.nianbao.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(writeDraft(distinctReport(`示例县第${i}单位`, 2024, i), new Date('2025-01-25T08:00:00Z'))),
  }));
  await page.getByLabel('选择要检查的文件').setInputFiles(files);
  await expect(page.getByText('已检查 2/2，全部完成')).toBeVisible();
  await page.getByRole('button', { name: '汇总' }).click();
  await expect(page.getByText(/^共汇总\d+份报告/)).toBeVisible();

  // Each sheet as it ships (the object model would write four longhands back as `inset`).
  const owned = await page.evaluate(() =>
    Array.from(document.styleSheets).map((s) => ({
      href: s.href,
      text: s.href ? '' : (s.ownerNode?.textContent ?? ''),
    })),
  );
  const sheets = await Promise.all(
    owned.map(async (s) => ({
      name: s.href ?? '<style>',
      css: s.href ? await (await page.request.get(s.href)).text() : s.text,
    })),
  );
  for (const selector of ['.app-header', '.import-dialog', '.batch-bar', '.county-year'])
    expect(
      sheets.some((s) => s.css.includes(selector)),
      `a sheet with ${selector}`,
    ).toBe(true);

  const found: string[] = [];
  for (const { name, css } of sheets)
    for (const [pattern, what] of CSS_BEYOND_FLOOR) {
      if (SPEED_ONLY.has(what)) continue;
      for (const m of css.matchAll(new RegExp(pattern, 'g'))) {
        // :not(:focus-visible) alone in its rule only takes the :focus ring away where the kernel knows which focus
        // a click gave; an older kernel drops that one rule and keeps the ring (in a list it would void the others)
        if (
          what.startsWith(':focus-visible') &&
          css.startsWith(':not(:focus-visible)', m.index - 5) &&
          selectorsOf(selectorAt(css, m.index)).length === 1
        )
          continue;
        found.push(`${name}: ${what} — …${css.slice(Math.max(0, m.index - 40), m.index + 30)}…`);
      }
    }

  // Flex gap (Chromium 84): each flex container with a gap gives its items the gap as a margin under
  // @supports not (color: revert) — the kernels without `revert` are those without flex gap.
  const rules = await page.evaluate(() => {
    const out: { selectorText: string; flex: boolean; gap: boolean; fallback: boolean }[] = [];
    const walk = (list: CSSRuleList, fallback: boolean) => {
      for (const r of Array.from(list))
        if (r instanceof CSSStyleRule)
          out.push({
            selectorText: r.selectorText,
            flex: /^(inline-)?flex$/.test(r.style.display),
            gap: Boolean(r.style.rowGap || r.style.columnGap),
            fallback,
          });
        else if (r instanceof CSSSupportsRule)
          walk(r.cssRules, fallback || /^not\s*\(\s*color\s*:\s*revert\s*\)$/.test(r.conditionText));
        else if (r instanceof CSSMediaRule) walk(r.cssRules, fallback);
    };
    for (const s of Array.from(document.styleSheets)) walk(s.cssRules, false);
    return out;
  });
  const flex = new Set(rules.filter((r) => r.flex && !r.fallback).flatMap((r) => selectorsOf(r.selectorText)));
  const fallbacks = rules.filter((r) => r.fallback).flatMap((r) => selectorsOf(r.selectorText));
  for (const r of rules.filter((r) => r.gap && !r.fallback))
    for (const s of selectorsOf(r.selectorText))
      if (flex.has(s) && !fallbacks.some((f) => f.startsWith(`${s} >`)))
        found.push(`flex gap on ${s} (Chromium 84) without its margins under @supports not (color: revert)`);
  expect([...new Set(found)]).toEqual([]);
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
