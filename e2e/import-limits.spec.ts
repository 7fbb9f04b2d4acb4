// An import never produces a report that cannot be kept: a web page whose 一、总体情况 runs past the draft's limit
// (66,000 characters against 50,000) is cut at the limit with a note in 识别, and then it autosaves, survives a
// reload, and its draft file opens again (taken whole, autosave would refuse it and its draft file would not open).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openStep, waitForSave } from './helpers';

const dialog = (page: Page) => page.getByRole('dialog', { name: '导入已有报告', exact: true });
const LONG = '政务公开工作扎实推进，公开内容不断丰富。'.repeat(3_300); // 66,000 characters
const PAGE = `<html><head><meta charset="utf-8"></head><body><h1>示例镇人民政府2024年政府信息公开工作年度报告</h1>
<h2>一、总体情况</h2><p>${LONG}</p><h2>五、存在的主要问题及改进情况</h2><p>解读形式单一。</p><h2>六、其他需要报告的事项</h2><p>无。</p></body></html>`;

test('a page with an over-long section: cut at the limit and said in 识别; autosave works; the reload and the draft file keep it', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: '导入已有报告', exact: true }).click();
  await dialog(page)
    .getByLabel('选择要导入的报告文件')
    .setInputFiles({ name: '过长.html', mimeType: 'text/html', buffer: Buffer.from(PAGE) });
  const unread = dialog(page).getByRole('region', { name: '未能读取的内容' });
  await expect(unread).toContainText('一、总体情况 开头文字过长（66000字，最多50000字）：只读入前50000字');
  await dialog(page).getByRole('button', { name: '确认导入' }).click();
  await expect(dialog(page)).toHaveCount(0);

  await openStep(page, /^一、总体情况/);
  const opening = page.getByLabel(/^一、总体情况：开头文字/);
  await expect(opening).toHaveValue(LONG.slice(0, 50_000));
  await waitForSave(page);
  await expect(page.getByRole('alert')).toHaveCount(0); // no 过长 refusal of the save

  await page.reload();
  await openStep(page, /^一、总体情况/);
  await expect(page.getByLabel(/^一、总体情况：开头文字/)).toHaveValue(LONG.slice(0, 50_000));

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存草稿' }).first().click();
  const path = testInfo.outputPath('draft.nianbao.json');
  await (await download).saveAs(path);
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: '新建报告', exact: true }).click();
  await page.getByRole('button', { name: '打开草稿', exact: true }).click();
  await page
    .getByLabel('选择草稿文件')
    .setInputFiles({ name: 'draft.nianbao.json', mimeType: 'application/json', buffer: readFileSync(path) });
  await expect(page.getByRole('status').filter({ hasText: '已打开草稿' })).toBeVisible();
  await openStep(page, /^一、总体情况/);
  await expect(page.getByLabel(/^一、总体情况：开头文字/)).toHaveValue(LONG.slice(0, 50_000));
});
