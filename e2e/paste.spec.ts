// A clerk copies the table from Excel or WPS and pastes it into the form.
import { expect, test } from '@playwright/test';
import { cell, expectTableToShowSeed, openStep, pasteText, seedBlock } from './helpers';

test('pasting the seed table 三 as a TSV block fills every cell, skips the totals, and matches the seed', async ({ page }) => {
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

async function expectNoHorizontalScroll(page: import('@playwright/test').Page) {
  const overflow = await page.locator('.table-scroll').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
