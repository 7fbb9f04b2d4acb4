// A clerk copies the table from Excel or WPS and pastes it into the form.
import { expect, test } from '@playwright/test';
import { cell, expectTableToShowSeed, openStep, pasteText, seedBlock } from './helpers';

test('pasting the seed table 三 as a TSV block fills every cell, skips the totals, and matches the seed', async ({
  page,
}) => {
  await page.goto('/');
  await openStep(page, /^三、收到和处理/);
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').click();
  await pasteText(page, seedBlock('requests'));
  await expect(page.getByRole('status').filter({ hasText: '已粘贴' })).toHaveText(
    /已粘贴144个数值，跳过31个自动计算的总计单元格。/,
  );
  await expectTableToShowSeed(page, 'requests');
  await expect(page.getByText('本表没有发现问题。')).toBeVisible();
});

test('a pasted block with bad values and a wrong total says what was refused, and keeps the rest', async ({ page }) => {
  await page.goto('/');
  await openStep(page, /^三、收到和处理/);
  const first = cell(page, '一、本年新收政府信息公开申请数量 自然人');
  await first.click();
  await page.keyboard.type('5');
  await cell(page, '二、上年结转政府信息公开申请数量 自然人').click();
  // "abc" is refused, "—" reads as 0, 1,234 reads as 1234, the pasted total 9 is checked, not written.
  await pasteText(page, '3\tabc\t—\t1,234\t0\t0\t9\n');
  const outcome = page.getByRole('status').filter({ hasText: '已粘贴' });
  await expect(outcome).toContainText('已粘贴5个数值，跳过1个自动计算的总计单元格，1个数值未粘贴。');
  await expect(outcome).toContainText('二、上年结转政府信息公开申请数量 商业企业：“abc”未粘贴，请输入非负整数');
  await expect(outcome).toContainText(
    '粘贴内容中的总计与计算不符——二、上年结转政府信息公开申请数量 总计：给出的是9，各项相加为1237，相差1228',
  );
  await expect(outcome).toContainText('二、上年结转政府信息公开申请数量 科研机构：“—”按0填入');
  await expect(first).toHaveValue('5');
  await expect(cell(page, '二、上年结转政府信息公开申请数量 商业企业')).toHaveValue('');
  await expect(cell(page, '二、上年结转政府信息公开申请数量 社会公益组织')).toHaveValue('1234');
  await expect(cell(page, '二、上年结转政府信息公开申请数量 总计')).toHaveValue('1237');
});

test('a column pasted into table 二 runs down its blocks', async ({ page }) => {
  await page.goto('/');
  await openStep(page, /^二、主动公开/);
  await cell(page, '行政许可 本年处理决定数量').click();
  await pasteText(page, '1\n2\n3\n4.5\n');
  await expect(cell(page, '行政处罚 本年处理决定数量')).toHaveValue('2');
  await expect(cell(page, '行政强制 本年处理决定数量')).toHaveValue('3');
  await expect(cell(page, '行政事业性收费 本年收费金额（单位：万元）')).toHaveValue('4.5');
  await expectNoHorizontalScroll(page);
});

test('a row copied from a PDF into one cell is spread over its row; a quoted line break and a lone quote are refused in place', async ({
  page,
}) => {
  await page.goto('/');
  await openStep(page, /^三、收到和处理/);
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').click();
  await pasteText(page, '21 0 0 0 0 0 21\r\n"7\r\n8"\t"3\t4\r\n');
  const outcome = page.getByRole('status').filter({ hasText: '已粘贴' });
  await expect(outcome.locator('p')).toHaveText(
    '已粘贴7个数值，1个单元格含以空格分隔的多个数，已拆分填入，跳过1个自动计算的总计单元格，2个数值未粘贴。',
  );
  await expect(outcome).toContainText(
    '“21 0 0 0 0 0 21”是以空格分隔的7个数，已拆分填入一、本年新收政府信息公开申请数量 自然人起的7个单元格',
  );
  await expect(outcome).toContainText('二、上年结转政府信息公开申请数量 自然人：“7↵8”未粘贴，单元格内有换行或制表符');
  await expect(outcome).toContainText('二、上年结转政府信息公开申请数量 商业企业：“"3”未粘贴');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('21');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 其他')).toHaveValue('0');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 总计')).toHaveValue('21');
  await expect(cell(page, '二、上年结转政府信息公开申请数量 自然人')).toHaveValue('');
  // the lone quote glued nothing: the 4 after it is in its own cell
  await expect(cell(page, '二、上年结转政府信息公开申请数量 科研机构')).toHaveValue('4');
});

test('a paste says which cells it cleared and which text on a total it could not check', async ({ page }) => {
  await page.goto('/');
  await openStep(page, /^三、收到和处理/);
  const other = cell(page, '一、本年新收政府信息公开申请数量 其他');
  await other.click();
  await page.keyboard.type('5');
  await pasteText(page, '\t合计\n');
  const outcome = page.getByRole('status').filter({ hasText: '已粘贴' });
  await expect(outcome.locator('p')).toHaveText(
    '已粘贴0个数值，1个单元格因粘贴内容为空白而清空，跳过1个自动计算的总计单元格，其中1个粘贴的不是数值，无法核对。',
  );
  await expect(outcome).toContainText(
    '一、本年新收政府信息公开申请数量 总计：粘贴的“合计”不是数值（请输入非负整数），总计按各项自动计算，未能核对',
  );
  await expect(other).toHaveValue('');
});

test('pasting into a cell left half-typed writes the pasted value and refuses nothing on leaving', async ({ page }) => {
  await page.goto('/');
  await openStep(page, /^三、收到和处理/);
  const natural = cell(page, '一、本年新收政府信息公开申请数量 自然人');
  await natural.click();
  await page.keyboard.type('1 2'); // a valid beginning of 1 234: 1 is stored, the rest waits
  await pasteText(page, '1\n');
  await expect(page.getByRole('status').filter({ hasText: '已粘贴' })).toContainText('已粘贴1个数值');
  await expect(natural).toHaveValue('1');
  await natural.press('Tab');
  await expect(natural).toHaveValue('1');
  await expect(page.getByRole('status').filter({ hasText: '已恢复为' })).toHaveCount(0);
});

async function expectNoHorizontalScroll(page: import('@playwright/test').Page) {
  const overflow = await page.locator('.table-scroll').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
