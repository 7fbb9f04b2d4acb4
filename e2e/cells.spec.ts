// The number cells: what they accept, what they refuse, how the keyboard moves, how the table fits.
import { expect, test } from '@playwright/test';
import { cell, openStep, pasteText, seedBlock, waitForSave } from './helpers';
import { note } from './note';

declare global {
  interface Window {
    /** Texts of every role=alert element that appeared (a test's MutationObserver). */
    __alerts?: string[];
  }
}

test('a cell normalises full-width digits and separators, and refuses the rest with a message, storing nothing', async ({
  page,
}) => {
  await page.goto('/');
  await openStep(page, /^三、收到和处理/);
  const natural = cell(page, '一、本年新收政府信息公开申请数量 自然人');
  const total = cell(page, '一、本年新收政府信息公开申请数量 总计');
  await natural.click();
  await page.keyboard.type('２１');
  await expect(total).toHaveValue('21');
  await natural.press('Tab');
  await expect(natural).toHaveValue('21');

  const commercial = cell(page, '一、本年新收政府信息公开申请数量 商业企业');
  await commercial.click();
  await page.keyboard.type('1,000');
  await commercial.press('Tab');
  await expect(commercial).toHaveValue('1000');
  await expect(total).toHaveValue('1021');

  await commercial.click();
  await page.keyboard.type('-3');
  await expect(page.getByRole('alert')).toHaveText('“-3”未保存：不能为负数：请输入非负整数');
  await expect(commercial).toHaveAttribute('aria-invalid', 'true');
  await expect(total).toHaveValue('1021');
  await commercial.press('Tab');
  await expect(commercial).toHaveValue('1000');
  // told politely above the table and in the cell's description; no alert is left pinned over the cell below
  await expect(page.getByRole('status').filter({ hasText: '已恢复为' })).toHaveText(
    '“-3”未保存：不能为负数：请输入非负整数（已恢复为1000）',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(commercial).toHaveAccessibleDescription(/已恢复为1000/);

  const research = cell(page, '一、本年新收政府信息公开申请数量 科研机构');
  await research.click();
  await page.keyboard.type('abc');
  await expect(page.getByRole('alert').filter({ hasText: '“abc”' })).toHaveText('“abc”未保存：请输入非负整数');
  await expect(research).toHaveAccessibleDescription(/请输入非负整数/);
  await waitForSave(page);
  await page.reload();
  await expect(cell(page, '一、本年新收政府信息公开申请数量 科研机构')).toHaveValue('');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 总计')).toHaveValue('1021');
});

test('arrow keys and Enter move between cells like a spreadsheet; Tab skips the computed totals', async ({ page }) => {
  await page.goto('/');
  await openStep(page, /^三、收到和处理/);
  await cell(page, '一、本年新收政府信息公开申请数量 其他').click();
  await page.keyboard.press('ArrowRight');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 总计')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, '二、上年结转政府信息公开申请数量 总计')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(cell(page, '二、上年结转政府信息公开申请数量 其他')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(cell(page, '（一）予以公开 自然人')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(cell(page, '二、上年结转政府信息公开申请数量 其他')).toBeFocused();
  await cell(page, '（六）其他处理 3.其他 自然人').click();
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expect(cell(page, '四、结转下年度继续办理 自然人')).toBeFocused();
  await page.keyboard.press('Shift+Enter');
  await expect(cell(page, '（六）其他处理 3.其他 自然人')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(
    cell(page, '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 自然人'),
  ).toBeFocused();
  // typing mid-text, left/right move the caret, not the cell
  await page.keyboard.type('123');
  await page.keyboard.press('ArrowLeft');
  await expect(
    cell(page, '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 自然人'),
  ).toBeFocused();
  // the computed cells cannot be typed into
  const result = cell(page, '（七）总计 自然人');
  await expect(result).toHaveAttribute('readonly', '');
  await expect(result).toHaveValue('127');
});

test('一键填0 fills only the blank cells, and 0 is distinct from blank', async ({ page }) => {
  await page.goto('/');
  await openStep(page, /^四、政府信息公开/);
  await cell(page, '复议后起诉 结果纠正').click();
  await page.keyboard.type('2');
  await expect(page.locator('.findings')).toContainText('11个单元格未填写');
  await page.getByRole('button', { name: '未填写的单元格填0', exact: true }).click();
  await expect(cell(page, '复议后起诉 结果纠正')).toHaveValue('2');
  await expect(cell(page, '行政复议 结果维持')).toHaveValue('0');
  await expect(cell(page, '复议后起诉 总计')).toHaveValue('2');
  await expect(cell(page, '行政复议 总计')).toHaveValue('0');
  await expect(page.getByText('本表没有发现问题。')).toBeVisible();
});

test('table 三 fits a 1366×768 screen and keeps its header rows in view while scrolling', async ({ page }) => {
  await page.goto('/');
  await openStep(page, /^三、收到和处理/);
  const scroller = page.locator('.table-scroll');
  expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  // every number column wide enough for a 4-digit number
  const widths = await page
    .locator('.table-requests thead th')
    .evaluateAll((ths) =>
      ths
        .filter((th) => ['自然人', '商业企业', '其他', '总计'].includes(th.textContent ?? ''))
        .map((th) => th.getBoundingClientRect().width),
    );
  for (const w of widths) expect(w).toBeGreaterThan(60);
  await scroller.evaluate((el) => el.scrollBy(0, 500));
  const [boxTop, headTop] = await Promise.all([
    scroller.evaluate((el) => el.getBoundingClientRect().top),
    page.locator('.table-requests thead').evaluate((el) => el.getBoundingClientRect().top),
  ]);
  expect(Math.abs(headTop - boxTop)).toBeLessThanOrEqual(2);
  await expect(page.getByRole('columnheader', { name: '社会公益组织' })).toBeInViewport();
});

test('every input of every step has an accessible name; number cells by row then column', async ({ page }) => {
  await page.goto('/');
  const steps = page.getByRole('navigation', { name: '填写步骤' }).getByRole('button');
  const count = await steps.count();
  expect(count).toBe(8);
  let inputs = 0;
  for (let i = 0; i < count; i++) {
    await steps.nth(i).click();
    const fields = page.locator('main input, main textarea');
    const n = await fields.count();
    for (let j = 0; j < n; j++) await expect(fields.nth(j)).toHaveAccessibleName(/\S/);
    inputs += n;
  }
  expect(inputs).toBeGreaterThan(200);
  await steps.nth(3).click();
  await expect(cell(page, '（三）不予公开 1.属于国家秘密 自然人')).toHaveCount(1);
  await expect(cell(page, '（七）总计 总计')).toHaveCount(1);
});

test('typing one digit in table 三 re-renders only the cells it changes, and runs a handful of store selectors', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.__renderCounts = {};
    window.__selectorRuns = 0;
  });
  await page.goto('/');
  await openStep(page, /^三、收到和处理/);
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').click();
  await pasteText(page, seedBlock('requests'));
  await expect(cell(page, '（七）总计 总计')).toHaveValue('21');
  const granted = cell(page, '（一）予以公开 商业企业');
  await granted.click();
  // the checks of the prose join when the page is idle and run the checks once more: counted from after they came
  await page.waitForFunction(() => 'XxgkProse' in window);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.evaluate(() => {
    window.__renderCounts = {};
    window.__selectorRuns = 0;
  });
  await page.keyboard.type('1'); // 0 → 1: a row total, a result total, the grand total and the balance change
  await expect(page.locator('.findings')).toContainText('商业企业：一+二=0，三（七）+四=1，相差1');
  // the step badges and finding lists follow after the keystroke's frame: let them land before counting
  await expect(page.getByRole('navigation', { name: '填写步骤' })).toContainText('有问题（1）');
  const counts = await page.evaluate(() => window.__renderCounts!);
  const selectors = await page.evaluate(() => window.__selectorRuns!);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  note('renders for one keystroke:', JSON.stringify(counts), 'total', total, 'selectors run', selectors);
  // Cells learn of changes from one keyed subscription per table: no selector runs per cell (144+ cells would be
  // 144+ selectors a digit).
  // 16: the app's whole-state readers (title, step, lists of remarks…) and the table's edition (useResolved)
  expect(selectors).toBeLessThanOrEqual(16);
  expect(counts.TableGrid ?? 0).toBe(0);
  expect(counts.TableStep ?? 0).toBe(0);
  // the 3 other entered cells of the balance it breaks; the typed cell itself already shows its text
  expect(counts.EnteredCell ?? 0).toBeLessThanOrEqual(3);
  // a total's figure is written straight to its input (row total, result total, grand total: no render); only
  // the total whose findings change (the broken balance marks its column's result total) is drawn again
  expect(counts.DerivedCell ?? 0).toBeLessThanOrEqual(1);
  expect(total).toBeLessThanOrEqual(7);
});

test('a valid beginning (12. of 12.5, 1, of 1,234) is typed without any alert, and judged when the clerk leaves the cell', async ({
  page,
}) => {
  await page.goto('/');
  // count every alert that appears, however briefly
  await page.evaluate(() => {
    window.__alerts = [];
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof Element)
            for (const a of [n, ...n.querySelectorAll('*')])
              if (a.getAttribute('role') === 'alert') window.__alerts!.push(a.textContent ?? '');
    }).observe(document.body, { childList: true, subtree: true });
  });
  await openStep(page, /^二、主动公开/);
  const fee = cell(page, '行政事业性收费 本年收费金额（单位：万元）');
  await fee.click();
  await page.keyboard.type('12.5');
  await fee.press('Tab');
  await expect(fee).toHaveValue('12.5');

  await openStep(page, /^三、收到和处理/);
  const natural = cell(page, '一、本年新收政府信息公开申请数量 自然人');
  await natural.click();
  await page.keyboard.type('1,234');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 总计')).toHaveValue('1234');
  expect(await page.evaluate(() => window.__alerts)).toEqual([]);

  // left half-typed: refused on leaving, the value it had when entered back, said politely (still no alert)
  await natural.press('Tab');
  await natural.click();
  await page.keyboard.type('1,2');
  await page.keyboard.press('Enter');
  await expect(cell(page, '二、上年结转政府信息公开申请数量 自然人')).toBeFocused();
  await expect(natural).toHaveValue('1234');
  await expect(page.getByRole('status').filter({ hasText: '已恢复为' })).toHaveText(
    '“1,2”未保存：千位分隔符位置不对：请输入非负整数（已恢复为1234）',
  );
  expect(await page.evaluate(() => window.__alerts)).toEqual([]);
});

test('a refusal message never covers the cell below nor takes its click', async ({ page }) => {
  await page.goto('/');
  await openStep(page, /^三、收到和处理/);
  const upper = cell(page, '一、本年新收政府信息公开申请数量 商业企业');
  const lower = cell(page, '二、上年结转政府信息公开申请数量 商业企业');
  await upper.click();
  await page.keyboard.type('1 2 3');
  await expect(page.getByRole('alert')).toContainText('数字中间有空格');
  // the message shows under the cell while it is being typed in, over the cell below: the click goes through
  await lower.click();
  await expect(lower).toBeFocused();
  await page.keyboard.type('7');
  await expect(lower).toHaveValue('7');
  await expect(upper).toHaveValue('');
  await expect(page.locator(`[id="${'tables.requests.new.commercial'}-messages"]`)).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '已恢复为' })).toContainText('“1 2 3”未保存：数字中间有空格');
  await expect(upper).toHaveAccessibleDescription(/已恢复为未填写/);
});

test('Enter and arrows that pick an IME candidate never move to another cell', async ({ page }) => {
  await page.goto('/');
  await openStep(page, /^三、收到和处理/);
  const natural = cell(page, '一、本年新收政府信息公开申请数量 自然人');
  await natural.click();
  for (const key of ['Enter', 'ArrowDown', 'ArrowRight']) {
    await natural.dispatchEvent('keydown', { key, isComposing: true, bubbles: true, cancelable: true });
    await natural.dispatchEvent('keydown', { key, keyCode: 229, bubbles: true, cancelable: true });
    await expect(natural, key).toBeFocused();
  }
  await natural.dispatchEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
  await expect(cell(page, '二、上年结转政府信息公开申请数量 自然人')).toBeFocused();
});

test('a cell typed in and then pasted over shows what was pasted, even the value it held before typing', async ({
  page,
}) => {
  await page.goto('/');
  await openStep(page, /^三、收到和处理/);
  const natural = cell(page, '一、本年新收政府信息公开申请数量 自然人');
  await natural.click();
  await pasteText(page, '0');
  await expect(natural).toHaveValue('0');
  // 0 → 5 by typing: the cell is not drawn again for its own keystrokes; then 0 pasted back over it
  await natural.click();
  await page.keyboard.type('5');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 总计')).toHaveValue('5');
  await pasteText(page, '0');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 总计')).toHaveValue('0');
  await expect(natural).toHaveValue('0');
  await page.keyboard.press('Tab');
  await expect(natural).toHaveValue('0');
});
