// 导入已有报告 of a PDF: last year's report as it was published, read by the PDF reader of 批量检查 (its own script,
// loaded on the first PDF). What 识别 shows, what the wizard then holds and what 批量检查 reads of the same file
// are the report's figures, and neither finds an error. A PDF that cannot be read is refused in one sentence.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { keyFigures } from '../src/batch/figures';
import { computeDerived, enteredInputs } from '../src/checks/derive';
import { layoutDocument } from '../src/document/blocks';
import { renderDocxBuffer } from '../src/export/docx';
import { renderPdfBytes } from '../src/export/pdf';
import { getCellValue } from '../src/report/cells';
import { describeTarget } from '../src/report/comments';
import { template2021 } from '../src/template';
import { distinctReport } from '../test/batchReports';
import { greyPng, pdfkit } from '../test/pdfFixtures';
import { pdfTestFonts } from '../test/pdfFonts';
import { renderWithLibreOffice } from '../test/render';
import { cell, cellsOf, enteredCellsOf, openStep, resolved } from './helpers';

const AGENCY = '示例县示例镇人民政府';
const dialog = (page: Page) => page.getByRole('dialog', { name: '导入已有报告', exact: true });

/** Every entered figure of 表三 its own (1…126 in the result rows, 200s and 300s in 二 and 四), 一+二 = 三（七）+四 kept. */
function reportWithDistinctFigures() {
  const changes: Record<string, number> = {};
  const columns = enteredCellsOf('requests')
    .filter((c) => c.row === 'new')
    .map((c) => c.column);
  columns.forEach((column, j) => {
    const results = enteredInputs(resolved, `tables.requests.resultTotal.${column}`);
    results.forEach((path, i) => (changes[path] = j * results.length + i + 1));
    changes[`tables.requests.carriedOver.${column}`] = 200 + j;
    changes[`tables.requests.carriedForward.${column}`] = 300 + j;
    changes[`tables.requests.new.${column}`] = results.reduce((sum, path) => sum + changes[path], 0) + 100;
  });
  return distinctReport(AGENCY, 2024, 41, changes);
}

const REPORT = reportWithDistinctFigures();
const MODEL = layoutDocument(template2021, REPORT);
const DERIVED = computeDerived(resolved, REPORT);
const valueOf = (path: string) =>
  resolved.cellByPath.get(path)!.sumOf ? DERIVED.get(path) : getCellValue(REPORT, path);
/** Every number cell of the three tables as it prints, in order. */
const NUMBER_CELLS = MODEL.blocks.flatMap((b) =>
  b.kind === 'table' ? b.rows.flatMap((r) => r.filter((c) => c.kind === 'number').map((c) => c.text)) : [],
);

const fonts = await pdfTestFonts();
const appPdf = async () => Buffer.from(await renderPdfBytes(MODEL, { draft: false, fonts }));
async function libreOfficePdf(): Promise<Buffer> {
  const docx = join(mkdtempSync(join(tmpdir(), 'import-pdf-')), '年报.docx');
  writeFileSync(docx, await renderDocxBuffer(MODEL, { draft: false }));
  return readFileSync(renderWithLibreOffice(docx).pdf);
}

/** The number of times the page asked for the PDF reader's script. */
function countPdfReaderLoads(page: Page) {
  const loads: string[] = [];
  page.on('request', (r) => r.url().endsWith('/import-pdf.js') && loads.push(r.url()));
  return loads;
}

test('the figures are distinct and the report is clean (the premise of what follows)', () => {
  const figures = enteredCellsOf('requests').map((c) => getCellValue(REPORT, c.path));
  expect(figures.every((v) => typeof v === 'number' && v > 0)).toBe(true);
  expect(new Set(figures).size).toBe(figures.length);
});

const CASES = [
  { title: 'the app’s own PDF', file: '示例镇2024年年报.pdf', make: appPdf },
  // LibreOffice wraps some row labels of 表三 over two lines, its figures on the middle line
  { title: 'LibreOffice’s PDF of the app’s DOCX', file: '示例镇2024年年报（LibreOffice）.pdf', make: libreOfficePdf },
];

for (const { title, file, make } of CASES) {
  test(`${title}: 选择文件 → 识别 shows its figures → 确认导入 → 表三 holds them, no error; 批量检查 reads the same`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const pdf = await make();
    const loads = countPdfReaderLoads(page);
    await page.goto('/');
    await page.getByRole('button', { name: '导入已有报告', exact: true }).click();
    await expect(dialog(page).getByLabel('选择要导入的报告文件')).toHaveAttribute('accept', /(^|,)\.pdf(,|$)/);
    expect(loads, 'the PDF reader is not loaded before a PDF is chosen').toEqual([]);
    await dialog(page)
      .getByLabel('选择要导入的报告文件')
      .setInputFiles({ name: file, mimeType: 'application/pdf', buffer: pdf });

    const preview = dialog(page).getByRole('region', { name: '识别结果' });
    await expect(preview.getByRole('definition').nth(0)).toHaveText(AGENCY, { timeout: 30_000 });
    await expect(preview.getByRole('definition').nth(1)).toHaveText('2024');
    await expect(preview.getByRole('definition').nth(2)).toContainText('2021年版');
    await expect(preview.getByRole('definition').nth(3)).toContainText(/^PDF，用时\d+毫秒$/);
    await expect(preview.getByRole('region', { name: '未能读取的内容' })).toContainText(
      '没有：报告的每一部分都已读到。',
    );
    await expect(preview.getByRole('region', { name: '这份报告的检查结果' })).not.toContainText('错误：');
    // the three tables as they will print: every figure in its place
    expect(
      await preview.getByRole('region', { name: '读到的报告内容' }).locator('td.doc-cell-number').allTextContents(),
    ).toEqual(NUMBER_CELLS);
    expect(loads).toHaveLength(1);

    await dialog(page).getByRole('button', { name: '确认导入' }).click();
    await expect(dialog(page)).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: `已导入“${file}”` })).toBeVisible();
    await openStep(page, /^三、收到和处理/);
    for (const c of cellsOf('requests')) await expect(cell(page, c), c.label).toHaveValue(String(valueOf(c.path)));
    await openStep(page, /^检查与导出/);
    await expect(page.locator('.check-summary')).toHaveText(/^(全部检查通过|共有0个错误、0处未完成)/);
    await expect(page.getByText('没有数据错误。')).toBeVisible();

    // the same file in 批量检查 (read in its reader thread): the same figures, no error
    await page.getByRole('button', { name: '批量检查' }).click();
    await page.getByLabel('选择要检查的文件').setInputFiles({ name: file, mimeType: 'application/pdf', buffer: pdf });
    await expect(page.getByText('已检查 1/1，全部完成')).toBeVisible({ timeout: 60_000 });
    const row = page.locator('tr.batch-row').filter({ has: page.getByText(file, { exact: true }) });
    const shown = await row.locator('td').allTextContents();
    // 文件, 机关, 年度, 版式, 错误 | the key figures
    expect(shown.slice(1, 6)).toEqual([file, AGENCY, '2024', '2021年版', '0']);
    expect(shown.slice(8, 15)).toEqual(Object.values(keyFigures(REPORT)).map((v) => String(v)));
    // and every figure of 表三, as 审阅 shows the report read there
    await row.getByRole('button', { name: '审阅', exact: true }).click();
    const section = `（${describeTarget(template2021, REPORT, 'tables.requests.new.natural').split('（').pop()}`;
    const picks = await page.locator('button.review-pick').evaluateAll(
      (buttons, s) =>
        buttons
          .map((b) => b.getAttribute('aria-label') ?? '')
          .filter((l) => l.includes(s))
          .map((l) => l.replace(/（已有\d+条）|（有检查问题）/g, '')),
      section,
    );
    expect(picks.sort()).toEqual(
      cellsOf('requests')
        .map((c) => `批注：${describeTarget(template2021, REPORT, c.path)}：${valueOf(c.path)}`)
        .sort(),
    );
  });
}

test('a PDF dropped onto the page opens 导入已有报告 with it, read', async ({ page }) => {
  const pdf = await appPdf();
  await page.goto('/');
  const dataTransfer = await page.evaluateHandle((base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], '去年的年报.pdf', { type: 'application/pdf' }));
    return dt;
  }, pdf.toString('base64'));
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(dialog(page).getByRole('definition').nth(0)).toHaveText(AGENCY, { timeout: 30_000 });
  await expect(dialog(page).getByRole('definition').nth(3)).toContainText('PDF');
  await dialog(page).getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入“去年的年报.pdf”' })).toBeVisible();
  await openStep(page, /^三、收到和处理/);
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue(
    String(valueOf('tables.requests.new.natural')),
  );
});

test('a PDF that cannot be read (password, damaged, a scan) is refused in one sentence; the open report is untouched', async ({
  page,
}) => {
  const good = await appPdf();
  const refusals: [string, Buffer, string][] = [
    [
      '加密.pdf',
      await pdfkit((d) => d.text('secret'), { userPassword: 'x', ownerPassword: 'y' }),
      'PDF设有打开密码，无法读取：请提供未加密的文件',
    ],
    ['损坏.pdf', good.subarray(0, good.length / 2), 'PDF文件已损坏或不是PDF，无法读取'],
    ['扫描件.pdf', await pdfkit((d) => d.image(greyPng(), 0, 0, { width: 500 })), '此PDF为扫描图片，无法识别文字'],
  ];
  await page.goto('/');
  await page.getByLabel('机关名称').fill('正在填写的镇人民政府');
  await page.getByRole('button', { name: '导入已有报告', exact: true }).click();
  for (const [name, buffer, reason] of refusals) {
    await dialog(page).getByLabel('选择要导入的报告文件').setInputFiles({ name, mimeType: 'application/pdf', buffer });
    await expect(dialog(page).getByRole('alert')).toHaveText(`无法导入“${name}”：${reason}。当前报告没有任何改动。`, {
      timeout: 30_000,
    });
  }
  await dialog(page).getByRole('button', { name: '取消' }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('正在填写的镇人民政府');
});
