// A clerk fills in the report of the Yindu seed, as they would: typing cell by cell, then reloads.
import { expect, test } from '@playwright/test';
import { cell, enteredCellsOf, expectTableToShowSeed, openStep, seed, stepButton, waitForSave } from './helpers';

test('a clerk types the seed tables cell by cell, sees the seed totals, breaks and fixes the balance, reloads', async ({
  page,
}) => {
  // ~400 cells typed one by one: 25–45 s on a quiet 2-core machine, and it has hit 60 s under load
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByLabel('机关名称').fill('殷都区人民政府办公室');
  await page.getByLabel('报告年度').fill('2024');
  await expect(page.locator('.report-title')).toHaveText('殷都区人民政府办公室2024年政府信息公开工作年度报告');

  // 三: click the first cell, then type each figure and Tab to the next cell (totals are skipped by Tab).
  await openStep(page, /^三、收到和处理/);
  await expect(page.getByRole('heading', { name: '三、收到和处理政府信息公开申请情况' })).toBeVisible();
  const requests = enteredCellsOf('requests');
  await cell(page, requests[0]).click();
  for (const c of requests) {
    await expect(cell(page, c)).toBeFocused();
    await page.keyboard.type(String(seed.all.get(c.path)));
    await page.keyboard.press('Tab');
  }
  await expectTableToShowSeed(page, 'requests');
  await expect(page.getByText('本表没有发现问题。')).toBeVisible();
  await expect(stepButton(page, /^三、收到和处理/)).toContainText('已完成');

  // 四 and 二, by clicking each cell.
  for (const [step, table] of [
    [/^四、政府信息公开/, 'appeals'],
    [/^二、主动公开/, 'active'],
  ] as const) {
    await openStep(page, step);
    for (const c of enteredCellsOf(table)) {
      await cell(page, c).click();
      await page.keyboard.type(String(seed.all.get(c.path)));
    }
    await expectTableToShowSeed(page, table);
  }

  // Break the balance of 自然人 in 三: the finding appears at once, at the cells, with the numbers.
  await openStep(page, /^三、收到和处理/);
  const carried = cell(page, '二、上年结转政府信息公开申请数量 自然人');
  await carried.click();
  await page.keyboard.type('2');
  const message = '自然人：一+二=23，三（七）+四=21，相差2';
  await expect(page.locator('.findings').getByText(message)).toBeVisible();
  await expect(carried).toHaveAttribute('aria-invalid', 'true');
  await expect(carried).toHaveAccessibleDescription(message);
  await expect(cell(page, '（七）总计 自然人')).toHaveAttribute('aria-invalid', 'true');
  await expect(cell(page, '二、上年结转政府信息公开申请数量 商业企业')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.cell:focus-within .cell-messages')).toContainText(message);
  await expect(stepButton(page, /^三、收到和处理/)).toContainText('有问题（1）');

  // Fix it: the finding goes.
  await carried.fill('0');
  await expect(page.locator('.findings').getByText(message)).toHaveCount(0);
  await expect(carried).not.toHaveAttribute('aria-invalid', 'true');
  await expect(stepButton(page, /^三、收到和处理/)).toContainText('已完成');

  // A blank stays blank (not 0) and a text section stays as typed, through a reload.
  await cell(page, '四、结转下年度继续办理 其他').fill('');
  await openStep(page, /^五、存在的主要问题/);
  await page.getByLabel(/^五、存在的主要问题及改进情况：开头文字/).fill('个别内容不够规范。\n下一步将改进。');
  await openStep(page, /^三、收到和处理/);
  await waitForSave(page); // reload must find the last edit
  await page.reload();

  await expect(page.getByRole('heading', { name: '三、收到和处理政府信息公开申请情况' })).toBeVisible();
  await expect(cell(page, '四、结转下年度继续办理 其他')).toHaveValue('');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('21');
  await expect(cell(page, '（七）总计 总计')).toHaveValue('21');
  await expect(page.locator('.findings')).toContainText('1个单元格未填写');
  await openStep(page, /^四、政府信息公开/);
  await expectTableToShowSeed(page, 'appeals');
  await openStep(page, /^五、存在的主要问题/);
  await expect(page.getByLabel(/^五、存在的主要问题及改进情况：开头文字/)).toHaveValue(
    '个别内容不够规范。\n下一步将改进。',
  );
  await openStep(page, '基本信息');
  await expect(page.getByLabel('机关名称')).toHaveValue('殷都区人民政府办公室');
  await expect(page.getByLabel('报告年度')).toHaveValue('2024');
});
