// Published reports nobody here wrote, through the UI as a clerk and a reviewer meet them: 淮安市洪泽区's PDFs as
// the portal published them (WPS, labels wrapped over two lines, 三、本年度办理结果 printed vertically, （六） as one
// row). 2024 is sound: 识别 and the wizard hold the figures a person read off the pages (test/corpus/real), and no
// error is found. 2023 prints 表四's 总计 as 0: 批量检查 shows exactly the report's two errors, and none more.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { REAL_CASES } from '../test/corpus/real/manifest';
import { cell, cellsOf, openStep } from './helpers';

const corpus = (id: string) => {
  const c = REAL_CASES.find((x) => x.id === id)!;
  return { ...c, buffer: readFileSync(join('test/corpus', c.file)), name: c.file.split('/').pop()! };
};
const dialog = (page: Page) => page.getByRole('dialog', { name: '导入已有报告', exact: true });

test('a sound published PDF: 导入已有报告 → 识别 → 确认导入 holds every figure of 表三, no error; 批量检查 finds none', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const report = corpus('hongze-district-2024.pdf');
  await page.goto('/');
  await page.getByRole('button', { name: '导入已有报告', exact: true }).click();
  await dialog(page)
    .getByLabel('选择要导入的报告文件')
    .setInputFiles({ name: report.name, mimeType: 'application/pdf', buffer: report.buffer });
  const preview = dialog(page).getByRole('region', { name: '识别结果' });
  await expect(preview.getByRole('definition').nth(0)).toHaveText(report.expected.agency, { timeout: 30_000 });
  await expect(preview.getByRole('definition').nth(1)).toHaveText(String(report.expected.year));
  await expect(preview.getByRole('region', { name: '这份报告的检查结果' })).not.toContainText('错误：');
  await expect(preview.getByRole('region', { name: '未能读取的内容' })).not.toContainText('未读入');

  await dialog(page).getByRole('button', { name: '确认导入' }).click();
  await openStep(page, /^三、收到和处理/);
  for (const c of cellsOf('requests').filter((c) => !c.sumOf))
    await expect(cell(page, c), c.label).toHaveValue(String(report.expected.values[c.path]));
  await openStep(page, /^检查与导出/);
  await expect(page.getByText('没有数据错误。')).toBeVisible();

  await page.getByRole('button', { name: '批量检查' }).click();
  await page
    .getByLabel('选择要检查的文件')
    .setInputFiles({ name: report.name, mimeType: 'application/pdf', buffer: report.buffer });
  await expect(page.getByText('已检查 1/1，全部完成')).toBeVisible({ timeout: 60_000 });
  const row = page.locator('tr.batch-row').filter({ has: page.getByText(report.name, { exact: true }) });
  // 文件, 机关, 年度, 版式, 错误
  expect((await row.locator('td').allTextContents()).slice(1, 6)).toEqual([
    report.name,
    report.expected.agency,
    String(report.expected.year),
    '2021年版',
    '0',
  ]);
});

test('a published PDF with its own errors: 批量检查 shows exactly them (表四 总计 printed 0), no invented one', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const report = corpus('hongze-district-2023.pdf');
  await page.goto('/');
  await page.getByRole('button', { name: '批量检查' }).click();
  await page
    .getByLabel('选择要检查的文件')
    .setInputFiles({ name: report.name, mimeType: 'application/pdf', buffer: report.buffer });
  await expect(page.getByText('已检查 1/1，全部完成')).toBeVisible({ timeout: 60_000 });
  const row = page.locator('tr.batch-row').filter({ has: page.getByText(report.name, { exact: true }) });
  expect((await row.locator('td').allTextContents()).slice(1, 6)).toEqual([
    report.name,
    report.expected.agency,
    String(report.expected.year),
    '2021年版',
    '2',
  ]);
  // the row's findings: the two printed totals, each 勾稽不符 at its cell, and no other error
  await page.getByRole('button', { name: `${report.name} 的问题` }).click();
  const findings = await page
    .getByRole('list', { name: `${report.name} 的问题` })
    .getByRole('listitem')
    .allTextContents();
  const balance = findings.filter((f) => f.startsWith('勾稽不符'));
  expect(balance).toHaveLength(report.expected.errors.length);
  report.expected.errors.forEach((error, i) => expect(balance[i]).toContain(error));
});

test('a portal’s page text (cells run together) and a PDF-to-Markdown conversion, in 批量检查 and pasted into 导入已有报告: the figures read by hand, no arithmetic error', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // the desk reads in its reader thread (linkedom's DOM, the same readers): the figures a person read off the portal
  const pageText = corpus('pingtan-2021-page.txt');
  await page.goto('/');
  await page.getByRole('button', { name: '批量检查' }).click();
  await page
    .getByLabel('选择要检查的文件')
    .setInputFiles({ name: pageText.name, mimeType: 'text/plain', buffer: pageText.buffer });
  await expect(page.getByText('已检查 1/1，全部完成')).toBeVisible({ timeout: 60_000 });
  const row = page.locator('tr.batch-row').filter({ has: page.getByText(pageText.name, { exact: true }) });
  const shown = await row.locator('td').allTextContents();
  expect(shown.slice(1, 6)).toEqual([
    pageText.name,
    pageText.expected.agency,
    String(pageText.expected.year),
    '2021年版',
    '0',
  ]);
  // 新收 总计: the sum of the row as read by hand
  const newTotal = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'].reduce(
    (n, c) => n + (pageText.expected.values[`tables.requests.new.${c}`] ?? 0),
    0,
  );
  expect(shown[8]).toBe(String(newTotal));

  // a markdown conversion pasted: 表三 as read by hand, no error in 识别 or after 确认导入
  const markdown = corpus('shanghai-office-2025.md');
  await page.getByRole('button', { name: '批量检查' }).click(); // back to the wizard
  await page.getByRole('button', { name: '导入已有报告', exact: true }).click();
  await dialog(page).getByLabel('粘贴报告内容').fill(markdown.buffer.toString('utf8'));
  await dialog(page).getByRole('button', { name: '识别' }).click();
  const preview = dialog(page).getByRole('region', { name: '识别结果' });
  await expect(preview.getByRole('definition').nth(0)).toHaveText(markdown.expected.agency, { timeout: 30_000 });
  // no arithmetic error (the conversion lost the heading of 五, which 检查 rightly says is not filled in)
  const checks = preview.getByRole('region', { name: '这份报告的检查结果' });
  await expect(checks).not.toContainText('各项相加');
  await expect(checks).not.toContainText('一+二=');
  await dialog(page).getByRole('button', { name: '确认导入' }).click();
  await openStep(page, /^三、收到和处理/);
  for (const c of cellsOf('requests').filter((c) => !c.sumOf))
    await expect(cell(page, c), c.label).toHaveValue(String(markdown.expected.values[c.path]));
  await openStep(page, /^检查与导出/);
  await expect(page.getByText('没有数据错误。')).toBeVisible();
});
