// axe-core (WCAG 2.1 A/AA) on every step, 审阅模式 and every dialog and view, as a clerk reaches them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeDraft } from '../src/draft/write';
import { distinctReport } from '../test/batchReports';
import { SHARED_DIR, YINDU } from '../test/seed';
import { expectNoAxeViolations } from './axe';
import { cell, openStep, STEPS } from './helpers';

const NATURAL = '一、本年新收政府信息公开申请数量 自然人';

/** The sample report (打开示例): every table filled, every text written. */
async function openSample(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: '打开示例', exact: true }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('示例镇人民政府');
}

/** 表三's new requests made far too many: its balance breaks, the cell, the table and 检查 show errors. */
async function breakBalance(page: Page) {
  await openStep(page, /^三、收到和处理/);
  await cell(page, NATURAL).fill('999');
  await cell(page, NATURAL).press('Tab');
  await expect(page.locator('.cell-invalid').first()).toBeVisible();
}

async function everyStep(page: Page, what: string) {
  test.setTimeout(180_000); // eight steps, each read whole by axe
  for (const step of STEPS) {
    await openStep(page, step);
    await expect(
      page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: step }),
    ).toHaveAttribute('aria-current', 'step');
    await expectNoAxeViolations(page, `${step.source} (${what})`);
  }
}

test('every wizard step passes axe with the sample report filled in', async ({ page }) => {
  await openSample(page);
  await everyStep(page, 'sample');
});

test('every wizard step passes axe with findings showing (a broken balance)', async ({ page }) => {
  await openSample(page);
  await breakBalance(page);
  await everyStep(page, 'broken balance');
});

test('审阅模式 with findings and a remark passes axe; its cells name row, column and value', async ({ page }) => {
  await openSample(page);
  await breakBalance(page);
  await page.getByRole('button', { name: '审阅模式' }).click();
  const preview = page.getByLabel('报告预览');
  await preview.getByRole('button', { name: new RegExp(`^批注：${NATURAL}`) }).click();
  await page.getByLabel(/您的署名/).fill('区政务公开办');
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByLabel('批注内容').fill('请核对');
  await page.getByRole('button', { name: '添加批注', exact: true }).click();
  await expect(page.getByRole('region', { name: '全部批注' })).toContainText('请核对');
  await expectNoAxeViolations(page, '审阅模式');
});

test('导入已有报告 passes axe empty and with a 识别 preview', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '导入已有报告', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入已有报告', exact: true });
  await expectNoAxeViolations(page, '导入已有报告 (empty)');
  await dialog.getByLabel('粘贴报告内容').fill(readFileSync(resolve(SHARED_DIR, 'seeds', YINDU), 'utf8'));
  await dialog.getByRole('button', { name: '识别' }).click();
  await expect(dialog.getByRole('region', { name: '识别结果' })).toBeVisible();
  await expectNoAxeViolations(page, '导入已有报告 (识别 preview)');
});

test('批量检查 passes axe empty and with a few files read', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '批量检查' }).click();
  await expect(page.getByLabel('选择要检查的文件')).toBeAttached();
  await expectNoAxeViolations(page, '批量检查 (empty)');
  const files = [1, 2, 3].map((i) => ({
    name: `d${i}.nianbao.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(
      writeDraft(
        distinctReport(`示例县第${i}单位`, 2024, i, i === 2 ? { 'tables.requests.carriedForward.natural': 2 } : {}),
        new Date('2025-01-25T08:00:00Z'),
      ),
    ),
  }));
  await page.getByLabel('选择要检查的文件').setInputFiles(files);
  await expect(page.getByText('已检查 3/3，全部完成')).toBeVisible();
  await expectNoAxeViolations(page, '批量检查 (3 files read)');
});

test('最近的报告, a refused draft and the load notice pass axe', async ({ page }) => {
  await openSample(page);
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: '新建报告', exact: true }).click();
  await page.getByRole('button', { name: '最近的报告' }).click();
  await expect(page.getByRole('dialog', { name: '最近的报告' })).toContainText('示例镇人民政府');
  await expectNoAxeViolations(page, '最近的报告');
  await page.getByRole('button', { name: '最近的报告' }).click();

  await page.getByRole('button', { name: '打开草稿', exact: true }).click();
  await page
    .getByLabel('选择草稿文件')
    .setInputFiles({ name: '坏草稿.nianbao.json', mimeType: 'application/json', buffer: Buffer.from('{"broken":') });
  await expect(page.getByRole('alert')).toContainText('无法打开');
  await expectNoAxeViolations(page, 'refused draft');

  const good = writeDraft(distinctReport('示例县第1单位', 2024, 1), new Date('2025-01-25T08:00:00Z'));
  await page.getByRole('button', { name: '打开草稿', exact: true }).click();
  await page
    .getByLabel('选择草稿文件')
    .setInputFiles({ name: 'd1.nianbao.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await expect(page.getByRole('status').filter({ hasText: '已打开草稿' })).toBeVisible();
  await expectNoAxeViolations(page, 'draft load notice');
});

test('the two-tab conflict banner passes axe', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/');
  await first.getByLabel('机关名称').fill('甲镇人民政府');
  await expect(first.getByRole('status').filter({ hasText: '已自动保存' })).toBeVisible();
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByLabel('机关名称')).toHaveValue('甲镇人民政府');
  await second.getByLabel('机关名称').fill('乙镇人民政府');
  await expect(first.getByRole('alert').filter({ hasText: '已停止自动保存' })).toBeVisible();
  await expectNoAxeViolations(first, 'two-tab conflict banner');
});

test('the exported web page (导出网页) passes axe', async ({ page }, testInfo) => {
  await openSample(page);
  await openStep(page, /^检查与导出/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出网页' }).click();
  const path = testInfo.outputPath('report.html');
  await (await download).saveAs(path);
  await page.setContent(readFileSync(path, 'utf8'));
  await expect(page.locator('table').first()).toBeVisible();
  await expectNoAxeViolations(page, 'exported web page');
});
