// The built folder handed out on a USB stick: opened from disk (file://) or served under any path,
// with every feature working and no request leaving the machine.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { cell, openStep, pasteSeedTables, seed, waitForSave } from './helpers';
import { seedDocxProblems } from '../test/docxChecks';
import { firstMissingInOrder, readPdf } from '../test/render';
import { serveFolder, type StaticServer } from '../test/staticServer';
import { layoutDocument } from '../src/document/blocks';
import { renderPdfBytes } from '../src/export/pdf';
import { template2021 } from '../src/template';
import { distinctReport } from '../test/batchReports';
import { pdfTestFonts } from '../test/pdfFonts';

const DIST = resolve(import.meta.dirname, '../dist');
const INDEX = pathToFileURL(resolve(DIST, 'index.html')).href;

/** Every request the page makes, by URL. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

async function authorReport(page: Page) {
  await page.getByLabel('机关名称').fill('离线镇人民政府');
  await page.getByLabel('报告年度').fill('2024');
  await pasteSeedTables(page);
}

test('opened from disk (file://): author, reload, save and open a draft, export DOCX and PDF', async ({
  page,
}, testInfo) => {
  const requests = recordRequests(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(INDEX);
  await authorReport(page);
  await waitForSave(page);
  await page.reload();
  await openStep(page, /^三、收到和处理/);
  await expect(cell(page, '（七）总计 总计')).toHaveValue('21');

  // draft out and in again
  const draftDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存草稿' }).first().click();
  const draftPath = testInfo.outputPath('offline.nianbao.json');
  await (await draftDownload).saveAs(draftPath);
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: '打开草稿', exact: true }).click();
  await page.getByLabel('选择草稿文件').setInputFiles(draftPath);
  await expect(page.getByRole('status').filter({ hasText: '已打开草稿' })).toBeVisible();

  await openStep(page, /^检查与导出/);
  const docx = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出草稿（DOCX）' }).click();
  const docxPath = testInfo.outputPath('offline.docx');
  await (await docx).saveAs(docxPath);
  expect(
    seedDocxProblems(new Uint8Array(readFileSync(docxPath)), seed.all).filter((p) => !p.startsWith('headings')),
  ).toEqual([]);

  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出草稿（PDF）' }).click();
  const pdfPath = testInfo.outputPath('offline.pdf');
  await (await pdf).saveAs(pdfPath);
  expect(
    firstMissingInOrder(readPdf(pdfPath).tokens, [
      '离线镇人民政府2024年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
    ]),
  ).toBeNull();

  expect(errors).toEqual([]);
  expect(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual(
    [],
  );
});

test('opened from disk (file://): 批量检查 reads a PDF in its reader thread', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(INDEX);
  await page.getByRole('button', { name: '批量检查' }).click();
  const pdf = await renderPdfBytes(layoutDocument(template2021, distinctReport('离线县统计局', 2024, 31)), {
    draft: false,
    fonts: await pdfTestFonts(),
  });
  await page
    .getByLabel('选择要检查的文件')
    .setInputFiles({ name: '离线县统计局.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
  await expect(page.getByText('已检查 1/1，全部完成')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('tr.batch-row').filter({ hasText: '离线县统计局' })).toBeVisible();
  // the reader thread started from its source text under file:// and the CSP: the page's own PDF reader was never needed
  expect(await page.evaluate(() => 'XxgkPdfReader' in window)).toBe(false);
  // the desk remembers from disk too (IndexedDB of the file:// origin): the row is back after a reload
  await page.getByLabel(/^审阅状态：/).selectOption('已通过');
  // the state is written to IndexedDB a moment after the click (a transaction of its own): wait until it is there
  const storedStates = () =>
    page.evaluate(
      () =>
        new Promise<string[]>((done) => {
          const open = indexedDB.open('xxgk-nianbao-desk');
          open.onsuccess = () => {
            const all = open.result.transaction('items').objectStore('items').getAll();
            all.onsuccess = () => (open.result.close(), done(all.result.map((r: { state: string }) => r.state)));
          };
        }),
    );
  await expect.poll(storedStates).toEqual(['已通过']);
  await page.reload();
  await page.getByRole('button', { name: '批量检查' }).click();
  await expect(page.locator('tr.batch-row').filter({ hasText: '离线县统计局' })).toBeVisible();
  await expect(page.getByLabel('审阅状态统计')).toHaveText('待审 0 · 已批注 0 · 已退回 0 · 已通过 1');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test.describe('served under a sub-path by a plain static server', () => {
  let server: StaticServer;
  let base: string;
  test.beforeAll(async () => {
    server = await serveFolder(DIST, '部门/年报助手');
    base = server.url;
  });
  test.afterAll(() => server.close());

  test("every request stays on the machine, on the bundle's own files", async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto(base);
    await authorReport(page);
    await openStep(page, /^检查与导出/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出草稿（DOCX）' }).click();
    await download;
    const own = new URL(base);
    const foreign = requests.filter((u) => {
      if (u.startsWith('blob:') || u.startsWith('data:')) return false;
      const url = new URL(u);
      return url.origin !== own.origin || !url.pathname.startsWith(own.pathname);
    });
    expect(foreign).toEqual([]);
    expect(requests.some((u) => u.endsWith('/assets/export-docx.js'))).toBe(true);
  });
});

test('the page forbids connections elsewhere (Content-Security-Policy)', async ({ page }) => {
  // A server of our own on 127.0.0.1 that records whether it was reached: without the policy the request
  // does arrive (a port Chromium blocks by itself, like 9, would pass without any policy).
  const hits: string[] = [];
  const beacon = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.end('ok');
  });
  await new Promise<void>((done) => beacon.listen(0, '127.0.0.1', done));
  const { port } = beacon.address() as AddressInfo;
  try {
    await page.goto('/');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("default-src 'self'");
    const outcome = await page.evaluate(async (url) => {
      try {
        await fetch(url, { mode: 'no-cors' });
        return 'sent';
      } catch {
        return 'blocked';
      }
    }, `http://127.0.0.1:${port}/beacon`);
    expect(outcome).toBe('blocked');
    expect(hits).toEqual([]);
  } finally {
    beacon.close();
  }
});
