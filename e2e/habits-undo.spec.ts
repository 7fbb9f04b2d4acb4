// Undo, redo and Ctrl+S as a Word or Excel user presses them: real keys, the real clipboard.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { cell, enteredCellsOf, expectTableToShowSeed, openStep, pasteText, seedBlock } from './helpers';

const first = '一、本年新收政府信息公开申请数量 自然人';

test('undo of a paste restores all 144 cells, the button says what it undoes, and redo brings the paste back', async ({
  page,
}) => {
  await page.goto('/');
  await openStep(page, /^三、收到和处理/);
  await cell(page, first).click();
  await pasteText(page, seedBlock('requests'));
  await expectTableToShowSeed(page, 'requests');
  const undo = page.getByRole('button', { name: /^撤销/ });
  await expect(undo).toHaveText('撤销：粘贴144个数值');
  // the focus is still in the cell the paste started from: Ctrl+Z there undoes the report's step
  await page.keyboard.press('Control+Z');
  const entered = enteredCellsOf('requests');
  expect(entered).toHaveLength(144);
  for (const c of entered) await expect(cell(page, c), c.label).toHaveValue('');
  await expect(cell(page, '（七）总计 总计')).toHaveValue('');
  await expect(page.getByRole('button', { name: /^重做/ })).toHaveText('重做：粘贴144个数值');
  await page.keyboard.press('Control+Y');
  await expectTableToShowSeed(page, 'requests');
  await page.keyboard.press('Control+Shift+Z'); // nothing left to redo
  await undo.click();
  await expect(cell(page, first)).toHaveValue('');
});

test('typing 1, 2, 3 in a cell and leaving it is one step; undo reaches the typed cell like a paste does', async ({
  page,
}) => {
  await page.goto('/');
  await openStep(page, /^三、收到和处理/);
  const a = cell(page, first);
  await a.click();
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await page.keyboard.type('123');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^撤销/ })).toHaveText(
    '撤销：修改“一、本年新收政府信息公开申请数量 商业企业”',
  );
  await page.keyboard.press('Control+Z');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 商业企业')).toHaveValue('');
  await expect(a).toHaveValue('5');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 总计')).toHaveValue('5');
  // undo while the cell being typed in has the focus: the uncontrolled input shows the value undone to
  await a.click();
  await page.keyboard.type('9');
  await page.keyboard.press('Control+Z');
  await expect(a).toHaveValue('5');
  await page.keyboard.press('Control+Z');
  await expect(a).toHaveValue('');
});

test('undo survives a change of step, and goes back to the step of the change; a text box keeps its own undo', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('机关名称').fill('示例镇人民政府');
  await openStep(page, /^三、收到和处理/);
  await cell(page, first).click();
  await page.keyboard.type('7');
  await openStep(page, /^二、主动公开/);
  const undo = page.getByRole('button', { name: /^撤销/ });
  await expect(undo).toHaveText(/^撤销：修改“一、本年新收/);
  await undo.click();
  await expect(cell(page, first)).toHaveValue('');
  // typing in a text box: Ctrl+Z there is the browser's own undo of the typing
  await openStep(page, '基本信息');
  const agency = page.getByLabel('机关名称');
  await agency.click();
  await page.keyboard.press('End');
  await page.keyboard.type('X');
  await page.keyboard.press('Control+Z');
  await expect(agency).toHaveValue('示例镇人民政府');
  // the typing was a new change of the report (the redo of the cell is gone), and is one step
  await expect(page.getByRole('button', { name: /^撤销/ })).toHaveText('撤销：修改“机关名称”');
  await expect(page.getByRole('button', { name: /^重做/ })).toHaveText('重做');
});

test('Ctrl+S downloads the draft, and the browser does not save the page', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('机关名称').fill('示例镇人民政府');
  await page.getByLabel('报告年度').fill('2025');
  await openStep(page, /^三、收到和处理/);
  await cell(page, first).click();
  await page.keyboard.type('3');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+S');
  const file = await download;
  expect(file.suggestedFilename()).toBe('示例镇人民政府2025年报草稿.nianbao.json');
  const draft = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
    tables: { requests: { new: { natural: number } } };
  };
  expect(draft.tables.requests.new.natural).toBe(3);
});
