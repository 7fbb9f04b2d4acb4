// Draft files, recent reports and two tabs: whatever happens, no report is lost or silently overwritten.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { cell, openStep, pasteText, seedBlock, waitForSave } from './helpers';

const FIXTURE = resolve(import.meta.dirname, '../src/draft/fixtures/v1.nianbao.json');

async function openDraft(page: Page, name: string, content: string | Buffer) {
  await page.getByRole('button', { name: '打开草稿', exact: true }).click();
  await page
    .getByLabel('选择草稿文件')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

test('save a draft, start over, open the draft again: the same report, blanks and text included', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.getByLabel('机关名称').fill('某某镇人民政府');
  await openStep(page, /^三、收到和处理/);
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').click();
  await pasteText(page, seedBlock('requests'));
  await cell(page, '四、结转下年度继续办理 其他').fill('');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存草稿' }).first().click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^某某镇人民政府\d{4}年报草稿\.nianbao\.json$/);
  const path = testInfo.outputPath('draft.nianbao.json');
  await file.saveAs(path);

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: '新建报告', exact: true }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('');

  await openDraft(page, 'draft.nianbao.json', readFileSync(path));
  await expect(page.getByRole('status').filter({ hasText: '已打开草稿' })).toBeVisible();
  await openStep(page, /^三、收到和处理/);
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('21');
  await expect(cell(page, '四、结转下年度继续办理 其他')).toHaveValue('');
  await expect(cell(page, '（七）总计 总计')).toHaveValue('21');
  await openStep(page, '基本信息');
  await expect(page.getByLabel('机关名称')).toHaveValue('某某镇人民政府');
});

test('a broken draft is refused with the field and what was found, and the open report is untouched', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('机关名称').fill('正在填写的镇人民政府');
  const broken = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  broken.tables.requests.new.natural = 'abc';
  await openDraft(page, '坏草稿.nianbao.json', JSON.stringify(broken));
  await expect(page.getByRole('alert')).toHaveText(
    /无法打开“坏草稿\.nianbao\.json”：tables\.requests\.new\.natural：应为非负整数，文件中为 "abc"。当前报告没有任何改动。/,
  );
  await expect(page.getByLabel('机关名称')).toHaveValue('正在填写的镇人民政府');
  await openDraft(page, 'notes.txt', '随便写的笔记');
  await expect(page.getByRole('alert')).toContainText('不是有效的 JSON');
  await expect(page.getByLabel('机关名称')).toHaveValue('正在填写的镇人民政府');
});

test('opening a draft over a report asks first, and the replaced report can be restored from 最近的报告', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('机关名称').fill('原来的镇人民政府');
  page.once('dialog', (d) => d.dismiss());
  await openDraft(page, 'v1.nianbao.json', readFileSync(FIXTURE));
  await openStep(page, '基本信息');
  await expect(page.getByLabel('机关名称')).toHaveValue('原来的镇人民政府');

  page.once('dialog', (d) => {
    expect(d.message()).toContain('最近的报告');
    void d.accept();
  });
  await openDraft(page, 'v1.nianbao.json', readFileSync(FIXTURE));
  await openStep(page, '基本信息');
  await expect(page.getByLabel('机关名称')).toHaveValue('殷都区人民政府办公室');

  await page.getByRole('button', { name: '最近的报告' }).click();
  const panel = page.getByRole('dialog', { name: '最近的报告' });
  await expect(panel).toContainText('原来的镇人民政府');
  page.once('dialog', (d) => d.accept());
  await panel.getByRole('button', { name: '恢复' }).first().click();
  await openStep(page, '基本信息');
  await expect(page.getByLabel('机关名称')).toHaveValue('原来的镇人民政府');
  // and the draft that was open is in the list now
  await page.getByRole('button', { name: '最近的报告' }).click();
  await expect(page.getByRole('dialog', { name: '最近的报告' })).toContainText(
    '殷都区人民政府办公室2024年政府信息公开工作年度报告',
  );
});

test('a draft dropped onto the page opens', async ({ page }) => {
  await page.goto('/');
  const content = readFileSync(FIXTURE, 'utf8');
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.nianbao.json', { type: 'application/json' }));
    return dt;
  }, content);
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByRole('status').filter({ hasText: '已打开草稿“dropped.nianbao.json”' })).toBeVisible();
  await openStep(page, '基本信息');
  await expect(page.getByLabel('机关名称')).toHaveValue('殷都区人民政府办公室');
});

test('the last keystroke survives closing the tab at once', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('机关名称').fill('某某镇人民政府');
  await page.getByLabel('机关名称').press('End');
  await page.keyboard.type('办');
  await page.close({ runBeforeUnload: true }); // no wait: pagehide must flush the pending save
  const again = await context.newPage();
  await again.goto('/');
  await expect(again.getByLabel('机关名称')).toHaveValue('某某镇人民政府办');
});

/** Two tabs on one report: the first saves 甲镇, the second opens it and saves 乙镇; the first learns of it and stops. */
async function secondTabWrites(context: BrowserContext) {
  const first = await context.newPage();
  await first.goto('/');
  await first.getByLabel('机关名称').fill('甲镇人民政府');
  await waitForSave(first); // the first tab's save has landed
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByLabel('机关名称')).toHaveValue('甲镇人民政府');
  await second.getByLabel('机关名称').fill('乙镇人民政府');
  // the first tab learns that the second one saved, stops writing, and says so
  const alert = first.getByRole('alert').filter({ hasText: '已停止自动保存' });
  await expect(alert).toBeVisible();
  return { first, second, alert };
}

test('two tabs on the same report do not silently overwrite each other; the clerk chooses which version to keep', async ({
  context,
}) => {
  const { first, second, alert } = await secondTabWrites(context);
  await first.getByLabel('机关名称').fill('甲镇人民政府（改）');
  await first.waitForTimeout(600);
  const third = await context.newPage();
  await third.goto('/');
  await expect(third.getByLabel('机关名称')).toHaveValue('乙镇人民政府');
  await third.close();
  // taking the latest version keeps this tab's unsaved one in 最近的报告, and saving resumes
  await alert.getByRole('button', { name: '载入最新内容' }).click();
  await expect(first.getByLabel('机关名称')).toHaveValue('乙镇人民政府');
  await expect(alert).toHaveCount(0);
  await first.getByRole('button', { name: '最近的报告' }).click();
  await expect(first.getByRole('dialog', { name: '最近的报告' })).toContainText('甲镇人民政府（改）');
  await first.getByRole('button', { name: '关闭' }).click();
  await first.getByLabel('机关名称').fill('乙镇人民政府（甲改）');
  await waitForSave(first);

  // the second tab now holds an older version: it is told, keeps its own, and the other goes to 最近的报告
  const secondAlert = second.getByRole('alert').filter({ hasText: '已停止自动保存' });
  await expect(secondAlert).toBeVisible();
  await second.getByLabel('机关名称').fill('乙镇人民政府（乙改）');
  await secondAlert.getByRole('button', { name: '保留本页的版本' }).click();
  await expect(secondAlert).toHaveCount(0);
  await waitForSave(second);
  await second.getByRole('button', { name: '最近的报告' }).click();
  await expect(second.getByRole('dialog', { name: '最近的报告' })).toContainText('乙镇人民政府（甲改）');
  const fourth = await context.newPage();
  await fourth.goto('/');
  await expect(fourth.getByLabel('机关名称')).toHaveValue('乙镇人民政府（乙改）');
});

test('a tab closed or reloaded while stopped by the other keeps its unsaved version in 最近的报告', async ({
  context,
}) => {
  const { first } = await secondTabWrites(context);
  await first.getByLabel('机关名称').fill('甲镇人民政府（未保存的修改）');
  await first.reload();
  await expect(first.getByLabel('机关名称')).toHaveValue('乙镇人民政府');
  await first.getByRole('button', { name: '最近的报告' }).click();
  await expect(first.getByRole('dialog', { name: '最近的报告' })).toContainText('甲镇人民政府（未保存的修改）');
});

test('changing step in one tab does not stop the other tab saving', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/');
  await first.getByLabel('机关名称').fill('甲镇人民政府');
  await waitForSave(first);
  const second = await context.newPage();
  await second.goto('/');
  await openStep(second, /^三、收到和处理/);
  await openStep(second, /^二、主动公开/);
  await second.waitForTimeout(600); // the step is saved (a write the first tab sees)
  await first.getByLabel('机关名称').fill('甲镇人民政府办公室');
  await waitForSave(first);
  await expect(first.getByRole('alert').filter({ hasText: '已停止自动保存' })).toHaveCount(0);
  const third = await context.newPage();
  await third.goto('/');
  await openStep(third, '基本信息');
  await expect(third.getByLabel('机关名称')).toHaveValue('甲镇人民政府办公室');
});

test('a restored report leaves 最近的报告, and a report replaced by 新建报告 is still there after a reload', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('机关名称').fill('戊镇人民政府');
  page.on('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: '新建报告', exact: true }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('');
  await page.getByLabel('机关名称').fill('己镇人民政府');
  await waitForSave(page);
  await page.reload();
  await page.getByRole('button', { name: '最近的报告' }).click();
  const panel = page.getByRole('dialog', { name: '最近的报告' });
  await expect(panel.getByRole('listitem')).toHaveText([/戊镇人民政府/]);
  // restoring swaps the two: never a duplicate, however often it is done
  for (const [open, listed] of [
    ['戊镇人民政府', '己镇人民政府'],
    ['己镇人民政府', '戊镇人民政府'],
    ['戊镇人民政府', '己镇人民政府'],
  ]) {
    await panel.getByRole('button', { name: '恢复' }).click();
    await openStep(page, '基本信息');
    await expect(page.getByLabel('机关名称')).toHaveValue(open);
    await page.getByRole('button', { name: '最近的报告' }).click();
    await expect(panel.getByRole('listitem')).toHaveText([new RegExp(listed)]);
  }
});

test('a file far too large is refused at once, by its size', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('机关名称').fill('正在填写的镇人民政府');
  await openDraft(page, 'video.nianbao.json', Buffer.alloc(6 * 1024 * 1024, 32));
  await expect(page.getByRole('alert')).toContainText('无法打开“video.nianbao.json”：文件过大（6.0 MB）');
  await expect(page.getByLabel('机关名称')).toHaveValue('正在填写的镇人民政府');
});
