// A handful of the fuzz test's nastiest strings, typed into real cells as a careless or hostile clerk would:
// each is read as meant or refused with the earlier value kept, and nothing garbles the saved report or the preview.
import { expect, test, type Page } from '@playwright/test';
import { cell, openStep, waitForSave } from './helpers';

const row1 = (col: string) => `一、本年新收政府信息公开申请数量 ${col}`;
const row2 = (col: string) => `二、上年结转政府信息公开申请数量 ${col}`;

/** What goes into a cell: typed key by key, or inserted whole (as an IME or a paste into the one cell does). */
async function enter(page: Page, label: string, text: string, how: 'type' | 'insert') {
  await cell(page, label).click();
  if (how === 'type') await page.keyboard.type(text);
  else await page.keyboard.insertText(text);
}

const GARBAGE = /NaN|undefined|Infinity|e\+/;

test('nasty strings typed into count and 万元 cells are read as meant or refused, and the saved report stays clean', async ({
  page,
}) => {
  await page.goto('/');
  await openStep(page, /^三、收到和处理/);
  const cases: [label: string, text: string, how: 'type' | 'insert', shown: string][] = [
    [row1('自然人'), '５', 'type', '5'],
    [row1('商业企业'), '😀👍🏽', 'type', ''],
    [row1('科研机构'), '1e308', 'type', ''],
    [row1('社会公益组织'), '9'.repeat(10_000), 'insert', ''],
    [row1('法律服务机构'), '\u0000\u0007\u001b', 'insert', ''],
    [row1('其他'), '１ ２３４', 'type', '1234'],
    [row2('自然人'), 'NaN', 'type', ''],
    [row2('商业企业'), '-0', 'type', ''],
    [row2('科研机构'), 'Infinity', 'type', ''],
    [row2('社会公益组织'), '\ufeff7\u200b', 'insert', ''],
    [row1('自然人'), '\u202e12', 'insert', '5'], // a right-to-left override: refused, the 5 stays
  ];
  for (const [label, text, how, shown] of cases) {
    await enter(page, label, text, how);
    if (text.length > 100) await expect(page.getByRole('alert')).toContainText('（共10000字）'); // the message stays short
    await page.keyboard.press('Tab');
    await expect(cell(page, label), JSON.stringify(text.slice(0, 20))).toHaveValue(shown);
  }
  await expect(cell(page, row1('总计'))).toHaveValue('1239');

  await openStep(page, /^二、主动公开/);
  const fee = '行政事业性收费 本年收费金额（单位：万元）';
  await enter(page, fee, '１，２３４．５', 'type');
  await page.keyboard.press('Tab');
  await enter(page, fee, '0.12345', 'type');
  await page.keyboard.press('Tab');
  await expect(cell(page, fee)).toHaveValue('1234.5');

  await waitForSave(page);
  await page.reload();
  await expect(page.getByText('已损坏')).toHaveCount(0);
  await expect(cell(page, fee)).toHaveValue('1234.5');
  await openStep(page, /^三、收到和处理/);
  await expect(cell(page, row1('总计'))).toHaveValue('1239');
  const shown = await page
    .locator('.form-table input')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(shown.filter((v) => GARBAGE.test(v) || !/^(\d+(\.\d{1,4})?)?$/.test(v))).toEqual([]);
  await openStep(page, '检查与导出');
  await expect(page.locator('.doc-preview')).toContainText('1234.5');
  expect(await page.locator('.doc-preview').innerText()).not.toMatch(GARBAGE);
});
