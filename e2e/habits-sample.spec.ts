// A newcomer opens the sample report from the empty first screen.
import { expect, test } from '@playwright/test';
import { cell, openStep } from './helpers';

test('打开示例 on the empty first screen opens a whole, consistent report; 新建报告 keeps it in 最近的报告', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: '打开示例', exact: true }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('示例镇人民政府');
  await expect(page.getByRole('button', { name: '打开示例', exact: true })).toHaveCount(0); // offered only over an empty report
  await openStep(page, /^三、收到和处理/);
  await expect(cell(page, '（七）总计 总计')).toHaveValue('14');
  await openStep(page, /检查/);
  await expect(page.getByText('没有数据错误。')).toBeVisible();
  await expect(page.getByText('各部分均已填写。', { exact: true })).toBeVisible();
  await expect(page.getByText('没有提醒。')).toBeVisible();
  await expect(page.getByRole('button', { name: /^撤销/ })).toHaveText('撤销：打开示例');

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: '新建报告', exact: true }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('');
  await page.getByRole('button', { name: '最近的报告' }).click();
  await expect(page.getByRole('dialog', { name: '最近的报告' })).toContainText(
    '示例镇人民政府2025年政府信息公开工作年度报告',
  );
});

test('the sample is not offered over a report the clerk has started', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('机关名称').fill('某某镇人民政府');
  await page.reload();
  await expect(page.getByLabel('机关名称')).toHaveValue('某某镇人民政府');
  await expect(page.getByRole('button', { name: '打开示例', exact: true })).toHaveCount(0);
});
