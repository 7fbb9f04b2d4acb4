// The web version for the portal: copied into a CMS editor (a contenteditable), and saved as a page.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openStep, pasteSeedTables, resolved } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('机关名称').fill('示例镇人民政府');
  await page.getByLabel('报告年度').fill('2025');
  await pasteSeedTables(page);
  await openStep(page, /检查/);
});

test('复制网页版 pastes into a CMS editor as clean HTML: title, headings, the three tables with their merges', async ({
  page,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: '复制网页版' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已复制网页版' })).toBeVisible();
  // a CMS's rich-text editor: a contenteditable the clerk pastes into with Ctrl+V
  await page.evaluate(() => {
    const editor = document.createElement('div');
    editor.id = 'cms-editor';
    editor.contentEditable = 'true';
    document.body.append(editor);
  });
  await page.locator('#cms-editor').click();
  await page.keyboard.press('Control+V');
  const editor = page.locator('#cms-editor');
  await expect(editor.locator('h1')).toHaveText('示例镇人民政府2025年政府信息公开工作年度报告');
  await expect(editor.locator('table')).toHaveCount(3);
  const shape = await editor.evaluate((root) =>
    [...root.querySelectorAll('table')].map((t) => ({
      rows: t.rows.length,
      spans: [...t.rows].map((r) => [...r.cells].map((c) => `${c.colSpan}x${c.rowSpan}`)),
      classes: root.querySelectorAll('[class]').length,
    })),
  );
  resolved.tables.forEach((table, i) => {
    const lines = [...table.layout.head, ...table.layout.body];
    expect(shape[i].rows).toBe(lines.length);
    expect(shape[i].spans).toEqual(lines.map((line) => line.map((c) => `${c.colSpan}x${c.rowSpan}`)));
    expect(shape[i].classes).toBe(0);
  });
  // numbers centred, borders kept as inline styles the editor keeps
  const total = editor.locator('table').nth(1).locator('td').first();
  await expect(total).toHaveCSS('text-align', 'center');
  await expect(total).toHaveCSS('border-top-style', 'solid');
  await expect(editor).not.toContainText('— 1 —');
});

test('导出网页 saves a standalone UTF-8 zh-CN page whose tables scroll sideways on a phone', async ({
  page,
  browser,
}, testInfo) => {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出网页' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^示例镇人民政府2025年政府信息公开工作年度报告(（草稿）)?\.html$/);
  const html = readFileSync(await file.path(), 'utf8');
  expect(html).toContain('<html lang="zh-CN">');
  expect(html).toContain('<meta charset="utf-8">');
  const phone = await browser.newPage({ viewport: { width: 375, height: 700 } });
  const path = testInfo.outputPath('report.html');
  await file.saveAs(path);
  await phone.goto(`file://${path}`);
  await expect(phone.locator('h1')).toHaveText('示例镇人民政府2025年政府信息公开工作年度报告');
  // the page is as wide as the phone; the wide table scrolls inside its box
  const widths = await phone.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    box: document.querySelectorAll('table')[1].parentElement!.clientWidth,
    table: document.querySelectorAll('table')[1].scrollWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(375);
  expect(widths.table).toBeGreaterThan(widths.box);
  await phone.close();
});
