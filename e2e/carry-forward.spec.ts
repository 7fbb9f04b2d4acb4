// 以上年报告为基础新建: last year's 结转 becomes this year's 上年结转 in every column, the texts come along marked
// 仍是上年内容，未修改, and a 上年结转 changed afterwards is a cross-year error at its cell — which travels in
// the draft file (lastYear) and is there again when the draft is opened.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { cell, openStep, pasteSeedTables } from './helpers';

const COLUMNS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
const CARRIED = ['3', '1', '2', '4', '5', '6'];
const carriedOver = (column: string) => `二、上年结转政府信息公开申请数量 ${column}`;

test('以上年报告为基础新建 from a filled report: 上年结转 carried, texts marked; a changed 上年结转 is an error that survives the draft file', async ({
  page,
}, testInfo) => {
  page.on('dialog', (d) => void d.accept());
  await page.goto('/');
  await page.getByLabel('机关名称').fill('殷都区人民政府办公室');
  await page.getByLabel('报告年度').fill('2024');
  await openStep(page, /^一、总体情况/);
  await page.getByLabel('第1小节内容').fill('2024年主动公开文件120件。');
  await openStep(page, /^五、存在的主要问题/);
  await page.getByLabel(/^五、存在的主要问题及改进情况：开头文字/).fill('2024年的问题：更新不够及时。');
  await openStep(page, /^六、其他需要报告的事项/);
  await page.getByLabel(/^六、其他需要报告的事项：开头文字/).fill('本年度未收取信息处理费。');
  await pasteSeedTables(page);
  await openStep(page, /^三、收到和处理/);
  for (const [i, column] of COLUMNS.entries()) await cell(page, `四、结转下年度继续办理 ${column}`).fill(CARRIED[i]);

  await page.getByRole('button', { name: '以上年报告为基础新建' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已以2024年度报告为基础新建2025年度报告' })).toBeVisible();
  await expect(page.getByLabel('报告年度')).toHaveValue('2025');
  await expect(page.getByLabel('机关名称')).toHaveValue('殷都区人民政府办公室');
  await page.getByRole('button', { name: '最近的报告' }).click();
  await expect(page.getByRole('dialog', { name: '最近的报告' })).toContainText(
    '殷都区人民政府办公室2024年政府信息公开工作年度报告',
  );
  await page.getByRole('button', { name: '关闭' }).click();

  await openStep(page, /^三、收到和处理/);
  for (const [i, column] of COLUMNS.entries())
    await expect(cell(page, carriedOver(column)), column).toHaveValue(CARRIED[i]);
  await expect(cell(page, `二、上年结转政府信息公开申请数量 总计`)).toHaveValue('21');
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('');
  await openStep(page, /^二、主动公开/);
  await expect(cell(page, '规章 本年制发件数')).toHaveValue('');

  // each copied text is marked at its field until it is edited
  await openStep(page, /^五、存在的主要问题/);
  const problems = page.getByLabel(/^五、存在的主要问题及改进情况：开头文字/);
  await expect(problems).toHaveValue('2024年的问题：更新不够及时。');
  await expect(page.locator('.field-carried')).toContainText('仍是上年内容，未修改');
  await problems.fill('2025年的问题：已整改上年问题。');
  await expect(page.locator('.field-carried')).toHaveCount(0);
  await openStep(page, /^检查与导出/);
  await expect(page.getByText('“六、其他需要报告的事项”仍是上年内容，未修改')).toBeVisible();
  await expect(page.getByText('“五、存在的主要问题及改进情况”仍是上年内容，未修改')).toHaveCount(0);

  // one 上年结转 changed: an error at that cell, with both numbers and the column
  const message = '自然人：二、上年结转为7，2024年度报告的四、结转下年度继续办理为3';
  await openStep(page, /^三、收到和处理/);
  await cell(page, carriedOver('自然人')).fill('7');
  await expect(cell(page, carriedOver('自然人'))).toHaveAttribute('aria-invalid', 'true');
  await expect(cell(page, carriedOver('自然人'))).toHaveAccessibleDescription(new RegExp(message));

  // the draft carries last year's figures: saved, replaced by a new report, opened again — the error is back
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存草稿' }).click();
  const draftPath = testInfo.outputPath('2025.nianbao.json');
  await (await download).saveAs(draftPath);
  const saved = JSON.parse(readFileSync(draftPath, 'utf8'));
  expect(saved.lastYear).toMatchObject({
    year: 2024,
    template: '2021',
    tables: { requests: { carriedForward: { natural: 3 } } },
  });
  await page.getByRole('button', { name: '新建报告', exact: true }).click();
  await openStep(page, /^三、收到和处理/);
  await expect(cell(page, carriedOver('自然人'))).toHaveValue('');
  await page.getByRole('button', { name: '打开草稿', exact: true }).click();
  await page.getByLabel('选择草稿文件').setInputFiles(draftPath);
  await expect(page.getByRole('status').filter({ hasText: '已打开草稿' })).toBeVisible();
  await openStep(page, /^三、收到和处理/);
  await expect(cell(page, carriedOver('自然人'))).toHaveValue('7');
  await expect(cell(page, carriedOver('自然人'))).toHaveAccessibleDescription(new RegExp(message));
});
