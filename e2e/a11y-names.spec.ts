// What a screen reader says of a number cell — its row, its column and its figure — for a cell the
// clerk fills, a total the app computes and a cell in 审阅模式.
import { expect, test } from '@playwright/test';
import { cell, openStep } from './helpers';

const NATURAL = '一、本年新收政府信息公开申请数量 自然人';
const TOTAL = '一、本年新收政府信息公开申请数量 总计';

test('an entered cell, a total and a review cell each expose row, column and value', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '打开示例', exact: true }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('示例镇人民政府');
  await openStep(page, /^三、收到和处理/);

  // entered: the name is row + column, the value is the input's own (what was typed)
  const natural = cell(page, NATURAL);
  await natural.press('Control+A');
  await natural.pressSequentially('17');
  await expect(natural).toMatchAriaSnapshot(`- textbox "${NATURAL}": "17"`);

  // computed: read-only, the same name and its computed value
  const total = cell(page, TOTAL);
  const sum = await total.inputValue();
  expect(Number(sum)).toBeGreaterThanOrEqual(17);
  await expect(total).toMatchAriaSnapshot(`- textbox "${TOTAL}": "${sum}"`);
  await expect(total).toHaveJSProperty('readOnly', true);

  // 审阅模式: a pick button per cell, named by row, column (its table in brackets) and the figure it shows
  await page.getByRole('button', { name: '审阅模式' }).click();
  const pickOf = (label: string, figure: string) =>
    page.getByLabel('报告预览').getByRole('button', {
      name: new RegExp(`^批注：${label}（三、收到和处理政府信息公开申请情况）：${figure}(（|$)`),
    });
  await expect(pickOf(NATURAL, '17')).toHaveText('17');
  await expect(pickOf(TOTAL, sum)).toHaveText(sum);
});
