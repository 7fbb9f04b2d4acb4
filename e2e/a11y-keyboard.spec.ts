// The whole journey with the keyboard alone (Tab, Shift+Tab, Enter, arrows, typing: no click, no fill,
// no focus()), a visible focus indicator at every stop, and the skip links past the header and the number grids.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readDocx } from '../test/docxXml';
import { cell, stepButton } from './helpers';
import { expectFocused, expectVisibleFocus, pressUntilFocused } from './keyboard';

const FIGURE = '4321';

test('keyboard only: 基本信息, a figure in 表三 and its totals, then the DOCX export; the focus shows at every stop', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.goto('/');

  // the first tab stop skips the header and the step list
  await page.keyboard.press('Tab');
  const skipToMain = page.getByRole('link', { name: '跳到正文' });
  await expectFocused(skipToMain);
  await expect(skipToMain).toBeInViewport();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expectFocused(page.getByRole('main'));

  // 基本信息
  const agency = page.getByLabel('机关名称');
  await pressUntilFocused(page, agency);
  await page.keyboard.type('键盘镇人民政府');
  await pressUntilFocused(page, page.getByLabel('报告年度'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2024');

  // to 表三's step, back through the step list
  const requests = stepButton(page, /^三、收到和处理/);
  await pressUntilFocused(page, requests, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(requests).toHaveAttribute('aria-current', 'step');

  // 跳过表格 before the grid: shown when focused, Enter lands past the grid (on the table's findings)
  const skipTable = page.getByRole('link', { name: '跳过表格' });
  await pressUntilFocused(page, skipTable);
  await expect(skipTable).toBeInViewport();
  const box = await skipTable.boundingBox();
  expect(box!.width).toBeGreaterThan(20);
  await page.keyboard.press('Enter');
  const findings = page.getByRole('heading', { name: '本表的问题' });
  await expectFocused(findings);
  await expectVisibleFocus(page);
  const pastGrid = await findings.evaluate((h) => {
    const grid = document.querySelector('table.table-requests')!;
    return Boolean(grid.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(pastGrid).toBe(true);

  // back into the grid (its last cell), up the column with the arrow keys, and a figure typed
  await page.keyboard.press('Shift+Tab');
  await expectFocused(cell(page, '四、结转下年度继续办理 其他'));
  const granted = cell(page, '（一）予以公开 其他');
  await pressUntilFocused(page, granted, 'ArrowUp', 40);
  await page.keyboard.type(FIGURE);
  await expect(cell(page, '（一）予以公开 总计')).toHaveValue(FIGURE);
  await expect(cell(page, '（七）总计 其他')).toHaveValue(FIGURE);
  await expect(cell(page, '（七）总计 总计')).toHaveValue(FIGURE);

  // 检查与导出, and the DOCX (a draft: the report is far from complete)
  const check = stepButton(page, /^检查与导出/);
  await pressUntilFocused(page, check, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(check).toHaveAttribute('aria-current', 'step');
  const exportDocx = page.getByRole('button', { name: '导出草稿（DOCX）' });
  await pressUntilFocused(page, exportDocx);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^键盘镇人民政府2024年政府信息公开工作年度报告（草稿）\.docx$/);
  const path = testInfo.outputPath('keyboard.docx');
  await file.saveAs(path);
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip, as a DOCX is
  const xml = readDocx(new Uint8Array(bytes))['word/document.xml'];
  expect(xml).toContain('键盘镇人民政府');
  expect(xml).toContain(`>${FIGURE}<`);
});

test('审阅模式: 跳过报告预览 takes the keyboard past the preview’s cell buttons to the remarks and findings', async ({
  page,
}) => {
  await page.goto('/');
  await pressUntilFocused(page, page.getByRole('button', { name: '打开示例', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('机关名称')).toHaveValue('示例镇人民政府');
  const reviewButton = page.getByRole('button', { name: '审阅模式' });
  await pressUntilFocused(page, reviewButton, 'Shift+Tab');
  await page.keyboard.press('Enter');
  const skip = page.getByRole('link', { name: '跳过报告预览' });
  await pressUntilFocused(page, skip);
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expectFocused(page.getByRole('complementary', { name: '批注与检查结果' }));
  await expectVisibleFocus(page);
  // past the preview: the next Tab does not enter it
  await page.keyboard.press('Tab');
  const inPreview = await page.evaluate(() => Boolean(document.activeElement?.closest('.doc-preview')));
  expect(inPreview).toBe(false);
});
