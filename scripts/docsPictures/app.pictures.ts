// The README's pictures of the app, drawn by `npm run docs:pictures` from the production build (see
// playwright.config.ts beside this file). Each picture is taken once the page shows what the picture is of (the
// same checks as the e2e journey it comes from), so that a picture of a wrong or half-drawn state fails the run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { batch, deskFile, openBatch, remark, twentyFiles } from '../../e2e/batchFiles';
import { cell, openStep, pasteText, seedBlock } from '../../e2e/helpers';
import { SHARED_DIR } from '../../test/seed';
import { seedSectionOne } from '../../test/seedSections';
import { checkPicture, picture } from './png';

async function openSample(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: '打开示例', exact: true }).click();
  // the sample comes in its own script and opens at 基本信息: wait for it before going to a step
  await expect(page.getByLabel('机关名称')).toHaveValue('示例镇人民政府');
}

test('sample-table-3-preview: the 示例 report’s 表三 sheet in 检查与导出 (beside the PDF’s page)', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await openSample(page);
  await openStep(page, /^检查与导出/);
  const sheet = page
    .locator('.doc-preview .doc-sheet')
    .filter({ hasText: '三、收到和处理政府信息公开申请情况' })
    .first();
  await expect(sheet).toBeVisible();
  await sheet.screenshot({ path: picture('sample-table-3-preview') });
  checkPicture('sample-table-3-preview');
});

test('undo-after-paste: the header after table 三 is pasted, 撤销 saying what it undoes', async ({ page }) => {
  await page.goto('/');
  await openStep(page, /^三、收到和处理/);
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').click();
  await pasteText(page, seedBlock('requests'));
  await expect(page.getByRole('button', { name: /^撤销/ })).toHaveText('撤销：粘贴144个数值');
  await page
    .locator('header')
    .first()
    .screenshot({ path: picture('undo-after-paste') });
  checkPicture('undo-after-paste');
});

test('split-offer: section 一 pasted with its own headings, and the 拆分 offer under the box', async ({ page }) => {
  await page.goto('/');
  await openStep(page, /^一、总体情况/);
  const opening = page.getByLabel(/^一、总体情况：开头文字/);
  await opening.click();
  await pasteText(page, seedSectionOne('2024-yindu-tongye-town.txt'));
  const offer = page.getByRole('group', { name: '拆分为小节' });
  await expect(offer.getByRole('status')).toHaveText('检测到5个小节标题，是否拆分为小节？');
  // the box with the pasted text and the notice under it
  const box = (await opening.boundingBox())!;
  const notice = (await offer.boundingBox())!;
  await page.screenshot({
    path: picture('split-offer'),
    clip: { x: box.x - 8, y: box.y - 32, width: box.width + 16, height: notice.y + notice.height - box.y + 40 },
  });
  checkPicture('split-offer');
});

test('import-preview: 识别 of a seed’s text pasted into 导入已有报告', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.getByRole('button', { name: '导入已有报告', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入已有报告', exact: true });
  await dialog
    .getByLabel('粘贴报告内容')
    .fill(readFileSync(resolve(SHARED_DIR, 'seeds', '2024-tieli-town.txt'), 'utf8'));
  await dialog.getByRole('button', { name: '识别' }).click();
  const preview = dialog.getByRole('region', { name: '识别结果' });
  await expect(preview.getByRole('definition').nth(0)).toHaveText('铁力市铁力镇人民政府');
  await expect(preview.getByRole('definition').nth(1)).toHaveText('2024');
  await expect(preview.getByRole('region', { name: '未能读取的内容' })).toContainText('没有：报告的每一部分都已读到。');
  await page.screenshot({ path: picture('import-preview') });
  checkPicture('import-preview');
});

test('batch-table: 批量检查 of a county’s batch (the e2e journey’s files)', async ({ page }) => {
  const files = await batch();
  await openBatch(page, files);
  await expect(page.locator('tr.batch-row')).toHaveCount(files.length);
  await page.screenshot({ path: picture('batch-table') });
  checkPicture('batch-table');
});

test('desk-states and desk-county: the states counted above the table, and 汇总 of the batch', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  await page.getByRole('button', { name: '批量检查' }).click();
  await page.getByLabel('选择要检查的文件').setInputFiles(twentyFiles());
  await expect(page.getByText('已检查 20/20，全部完成')).toBeVisible({ timeout: 60_000 });
  await remark(page, deskFile(1), /^批注：行政许可/, '请核对行政许可数量');
  await remark(page, deskFile(2), /^批注：行政处罚/, '行政处罚数量与上年差异较大，请说明');
  for (const [i, state] of [
    [3, '已退回'],
    [4, '已通过'],
    [5, '已通过'],
  ] as const)
    await page.getByLabel(`审阅状态：${deskFile(i)}`, { exact: true }).selectOption(state);
  await expect(page.getByLabel('审阅状态统计')).toHaveText('待审 15 · 已批注 2 · 已退回 1 · 已通过 2');
  const states = page.locator('.batch-states');
  await states.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: picture('desk-states'),
    clip: { x: 0, y: (await states.boundingBox())!.y - 2, width: 1366, height: 400 },
  });
  checkPicture('desk-states');

  await page.getByRole('button', { name: '汇总' }).click();
  await expect(page.getByLabel('年度')).toHaveValue('2024');
  await expect(page.getByRole('table', { name: /三、收到和处理政府信息公开申请情况/ })).toBeVisible();
  await expect(page.getByText(/^共汇总\d+份报告/)).toBeVisible();
  await page.locator('div.county').screenshot({ path: picture('desk-county') });
  checkPicture('desk-county');
});
