// 导入已有报告: what a clerk does with last year's report as a text copy, a web page or a file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PORTAL_AGENCY, PORTAL_NONZERO } from './fixtures/import/portal-report.expected';
import { layoutDocument } from '../src/document/blocks';
import { renderDocxBuffer } from '../src/export/docx';
import { template2021 } from '../src/template';
import { cell, enteredCellsOf, expectTableToShowSeed, openStep, resolved, seed } from './helpers';
import { SHARED_DIR, YINDU } from '../test/seed';

const PORTAL = readFileSync(resolve(import.meta.dirname, 'fixtures/import/portal-report.html'), 'utf8');
const dialog = (page: Page) => page.getByRole('dialog', { name: '导入已有报告', exact: true });

/** Real clipboard: the text put on it, then Ctrl+V in the paste box. */
async function pasteIntoBox(page: Page, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await dialog(page).getByLabel('粘贴报告内容').focus();
  await page.keyboard.press('Control+V');
}

test('paste a seed’s text, 识别, see what was read, 确认导入: the wizard has the tables and the checks ran', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: '导入已有报告', exact: true }).click();
  await pasteIntoBox(page, readFileSync(resolve(SHARED_DIR, 'seeds', YINDU), 'utf8'));
  await dialog(page).getByRole('button', { name: '识别' }).click();

  const preview = dialog(page).getByRole('region', { name: '识别结果' });
  await expect(preview.getByRole('definition').nth(0)).toHaveText('殷都区人民政府办公室');
  await expect(preview.getByRole('definition').nth(1)).toHaveText('2024');
  await expect(preview.getByRole('definition').nth(2)).toContainText('2021年版');
  await expect(preview.getByRole('region', { name: '未能读取的内容' })).toContainText('没有：报告的每一部分都已读到。');
  await expect(preview.getByRole('region', { name: '这份报告的检查结果' })).toContainText('信息处理费');
  const read = preview.getByRole('region', { name: '读到的报告内容' });
  await expect(read).toContainText('（一）主动公开。严格落实《中华人民共和国政府信息公开条例》');
  // the three tables, laid out on A4 sheets as they print: a table that continues on the next sheet is drawn again there
  expect(await read.getByRole('table').count()).toBeGreaterThanOrEqual(3);
  for (const header of ['信息内容', '申请人情况', '行政复议'])
    await expect(read.getByRole('table').filter({ hasText: header }).first()).toBeVisible();

  await dialog(page).getByRole('button', { name: '确认导入' }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '已导入“粘贴的内容”' })).toBeVisible();
  // the checks ran on the imported report: 检查 lists its finding
  await expect(page.locator('main')).toContainText('信息处理费');
  await openStep(page, /^三、收到和处理/);
  await expectTableToShowSeed(page, 'requests');
  await openStep(page, /^四、政府信息公开/);
  await expectTableToShowSeed(page, 'appeals');
  await openStep(page, '基本信息');
  await expect(page.getByLabel('机关名称')).toHaveValue('殷都区人民政府办公室');
});

test('a web page as portals publish it, copied with the real clipboard and pasted: every value right', async ({
  page,
}) => {
  // the page served beside the app (same origin, so that the clipboard may be read back)
  await page.route('**/portal-report.html', (route) =>
    route.fulfill({ body: PORTAL, contentType: 'text/html; charset=utf-8' }),
  );
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/portal-report.html');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  const copied = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    return items.flatMap((i) => [...i.types]);
  });
  expect(copied).toContain('text/html');

  await page.goto('/');
  await page.getByRole('button', { name: '导入已有报告', exact: true }).click();
  await dialog(page).getByLabel('粘贴报告内容').focus();
  await page.keyboard.press('Control+V');
  await dialog(page).getByRole('button', { name: '识别' }).click();
  await expect(dialog(page).getByRole('definition').nth(0)).toHaveText(PORTAL_AGENCY);
  await expect(dialog(page).getByRole('definition').nth(3)).toContainText('网页');
  await expect(dialog(page).getByRole('region', { name: '未能读取的内容' })).toContainText('没有');
  await dialog(page).getByRole('button', { name: '确认导入' }).click();

  for (const [step, table] of [
    [/^二、主动公开/, 'active'],
    [/^三、收到和处理/, 'requests'],
    [/^四、政府信息公开/, 'appeals'],
  ] as const) {
    await openStep(page, step);
    for (const c of enteredCellsOf(table))
      await expect(cell(page, c), c.label).toHaveValue(String(PORTAL_NONZERO[c.path] ?? 0));
  }
  expect(resolved.cells.length).toBeGreaterThan(100);
});

test('a file chosen or dropped; a file that is no report is refused in one sentence; 取消 changes nothing', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('机关名称').fill('正在填写的镇人民政府');
  await page.getByRole('button', { name: '导入已有报告', exact: true }).click();
  await dialog(page)
    .getByLabel('选择要导入的报告文件')
    .setInputFiles({
      name: '通知.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('关于放假的通知\n全体职工：元旦放假一天。'),
    });
  await expect(dialog(page).getByRole('alert')).toHaveText(
    /^无法导入“通知\.txt”：没有找到政府信息公开工作年度报告的内容.*当前报告没有任何改动。$/,
  );
  await dialog(page)
    .getByLabel('选择要导入的报告文件')
    .setInputFiles({
      name: '年报.txt',
      mimeType: 'text/plain',
      buffer: readFileSync(resolve(SHARED_DIR, 'seeds', YINDU)),
    });
  await expect(dialog(page).getByRole('definition').nth(0)).toHaveText('殷都区人民政府办公室');
  await dialog(page).getByRole('button', { name: '取消' }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('正在填写的镇人民政府');

  // dropped onto the page: the same dialog, already read; confirming keeps the open report under 最近的报告
  const dataTransfer = await page.evaluateHandle((html) => {
    const dt = new DataTransfer();
    dt.items.add(new File([html], '年报网页.html', { type: 'text/html' }));
    return dt;
  }, PORTAL);
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(dialog(page).getByRole('definition').nth(0)).toHaveText(PORTAL_AGENCY);
  page.once('dialog', (d) => d.accept());
  await dialog(page).getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入“年报网页.html”' })).toBeVisible();
  await page.getByRole('button', { name: '最近的报告' }).click();
  await expect(page.getByRole('dialog', { name: '最近的报告' })).toContainText('正在填写的镇人民政府');
});

test('a .docx exported by the app, chosen in the dialog: Word’s merged cells followed, every figure of the seed read', async ({
  page,
}) => {
  const report = { ...seed.report, meta: { agency: '殷都区人民政府办公室', year: 2024, date: '2025-01-20' } };
  const docx = await renderDocxBuffer(layoutDocument(template2021, report), { draft: false });
  await page.goto('/');
  await page.getByRole('button', { name: '导入已有报告', exact: true }).click();
  await dialog(page)
    .getByLabel('选择要导入的报告文件')
    .setInputFiles({
      name: '去年的年报.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(docx),
    });
  await expect(dialog(page).getByRole('definition').nth(3)).toContainText('Word文档');
  await expect(dialog(page).getByRole('region', { name: '未能读取的内容' })).toContainText('没有');
  await dialog(page).getByRole('button', { name: '确认导入' }).click();
  await openStep(page, /^三、收到和处理/);
  await expectTableToShowSeed(page, 'requests');
});

test('a 2020 report (the 2019 edition) pasted: read in its own edition, the wizard shows its 表二', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: '导入已有报告', exact: true }).click();
  await pasteIntoBox(page, readFileSync(resolve(SHARED_DIR, 'seeds', '2020-xiaye-town.txt'), 'utf8'));
  await dialog(page).getByRole('button', { name: '识别' }).click();
  await expect(dialog(page).getByRole('definition').nth(2)).toContainText('2019年版（国办公开办函〔2019〕60号）');
  await dialog(page).getByRole('button', { name: '确认导入' }).click();
  await openStep(page, /^二、主动公开/);
  await expect(cell(page, '行政处罚 上一年项目数量')).toHaveValue('4');
  await expect(cell(page, '政府集中采购 采购总金额')).toHaveValue('41');
});

test('an imported report as last year’s: 以上年报告为基础新建 carries 上年结转, and a changed figure is a cross-year error', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: '导入已有报告', exact: true }).click();
  await dialog(page)
    .getByLabel('选择要导入的报告文件')
    .setInputFiles({ name: '2024年报.html', mimeType: 'text/html', buffer: Buffer.from(PORTAL) });
  await dialog(page).getByRole('button', { name: '确认导入' }).click();
  await page.getByRole('button', { name: '以上年报告为基础新建' }).click();
  await openStep(page, /^三、收到和处理/);
  const carried = (column: string) => cell(page, `二、上年结转政府信息公开申请数量 ${column}`);
  await expect(carried('自然人')).toHaveValue(String(PORTAL_NONZERO['tables.requests.carriedForward.natural']));
  await expect(carried('其他')).toHaveValue(String(PORTAL_NONZERO['tables.requests.carriedForward.otherOrg']));
  await carried('自然人').fill('3');
  await carried('自然人').press('Tab');
  await expect(page.locator('main')).toContainText('自然人：二、上年结转为3');
});
