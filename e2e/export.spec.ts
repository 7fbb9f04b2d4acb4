// A clerk fills in the whole report, checks it and exports the DOCX; the file is opened and rendered.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectedNumberRows, expectedTableCells, HEADINGS, seedDocxProblems } from '../test/docxChecks';
import { readDocx } from '../test/docxXml';
import { seedPdfProblems } from '../test/pdfChecks';
import { firstMissingInOrder, readPdf, renderWithLibreOffice } from '../test/render';
import { readSeedSections, YINDU } from '../test/seed';
import { openStep, pasteSeedTables, seed } from './helpers';

const TITLE = '殷都区人民政府办公室2024年政府信息公开工作年度报告';

async function fillWholeReport(page: Page) {
  const text = readSeedSections(YINDU);
  await page.goto('/');
  await page.getByLabel('机关名称').fill('殷都区人民政府办公室');
  await page.getByLabel('报告年度').fill('2024');
  await page.getByLabel('落款日期（可选）').fill('2025-01-20');
  await openStep(page, /^一、总体情况/);
  await page.getByLabel(/^一、总体情况：开头文字/).fill(text.overview.opening);
  for (const [i, sub] of text.overview.subsections.entries()) {
    await expect(page.getByLabel(`第${i + 1}小节标题`)).toHaveValue(sub.heading);
    await page.getByLabel(`第${i + 1}小节内容`).fill(sub.text);
  }
  await pasteSeedTables(page);
  await openStep(page, /^五、存在的主要问题/);
  await page.getByLabel(/^五、存在的主要问题及改进情况：开头文字/).fill(text.problems.opening);
  await openStep(page, /^六、其他需要报告的事项/);
  await page.getByLabel(/^六、其他需要报告的事项：开头文字/).fill(text.other.opening);
  await openStep(page, /^检查与导出/);
}

test('export the full report as DOCX: the file has the official tables and the seed figures, and renders as previewed', async ({ page }, testInfo) => {
  await fillWholeReport(page);
  await expect(page.getByText('检查通过，可以导出正式文件。')).toBeVisible();
  const previewPages = Number(/预计共(\d+)页/.exec((await page.locator('.preview-pages').textContent()) ?? '')![1]);
  const preview = page.getByLabel('报告预览');
  await expect(preview.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(preview.locator('table')).toHaveCount(3);
  await expect(preview.locator('td[rowspan="22"]')).toHaveText('三、本年度办理结果');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 DOCX' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${TITLE}.docx`);
  const status = page.getByRole('status').filter({ hasText: '已生成' });
  await expect(status).toContainText(`已生成“${TITLE}.docx”`);
  console.log('DOCX generated in the browser:', await status.textContent());
  const path = testInfo.outputPath('report.docx');
  await file.saveAs(path);
  const bytes = new Uint8Array(readFileSync(path));
  expect(seedDocxProblems(bytes, seed.all)).toEqual([]);
  expect(Object.keys(readDocx(bytes)).some((n) => /word\/header\d+\.xml/.test(n))).toBe(false); // no 草稿 mark

  // What a reviewer without Word sees: LibreOffice's rendering, read back from its PDF.
  const rendered = renderWithLibreOffice(path);
  console.log('LibreOffice PDF:', rendered.pdf, rendered.pages, 'pages; preview said', previewPages);
  expect(rendered.pages).toBe(previewPages);
  expect(firstMissingInOrder(rendered.tokens, [TITLE, ...HEADINGS])).toBeNull();
  for (const cells of expectedTableCells(seed.all)) expect(firstMissingInOrder(rendered.tokens, cells)).toBeNull();
  // pdftotext -layout keeps the columns: each table row's numbers are on one printed line, in order.
  expect(rendered.numberRows).toEqual(expectedNumberRows(seed.all));
  expect(rendered.tokens).not.toContain('草稿');
});

test('export the full report as PDF: A4, real text in order, the pages the preview announces; exporters load only on export', async ({ page }, testInfo) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await fillWholeReport(page);
  // nothing of the exporters, nor the font, was loaded to fill in the report
  expect(requested.filter((p) => /\/assets\/export-/.test(p))).toEqual([]);
  const previewPages = Number(/预计共(\d+)页/.exec((await page.locator('.preview-pages').textContent()) ?? '')![1]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${TITLE}.pdf`);
  const status = page.getByRole('status').filter({ hasText: '已生成' });
  await expect(status).toContainText(`已生成“${TITLE}.pdf”`);
  console.log('PDF generated in the browser (first export, font loading included):', await status.textContent());
  expect(requested.filter((p) => p.endsWith('/export-pdf-font.js'))).toHaveLength(1);
  const path = testInfo.outputPath('report.pdf');
  await file.saveAs(path);
  expect(seedPdfProblems(path, TITLE, seed.all, previewPages)).toEqual([]);

  // a second export reuses the loaded font
  await page.getByRole('button', { name: '导出 PDF' }).click();
  await expect(status).toContainText('已生成');
  console.log('PDF generated in the browser (second export):', await status.textContent());
  expect(requested.filter((p) => p.endsWith('/export-pdf-font.js'))).toHaveLength(1);
});

test('a report with errors exports only as a draft, marked 草稿 on every page', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByLabel('机关名称').fill('某某镇人民政府');
  await openStep(page, /^检查与导出/);
  await expect(page.getByText(/报告还有\d+个问题/)).toBeVisible();
  await expect(page.getByRole('button', { name: '导出 DOCX' })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出草稿（DOCX）' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^某某镇人民政府\d{4}年政府信息公开工作年度报告（草稿）\.docx$/);
  const path = testInfo.outputPath('draft.docx');
  await file.saveAs(path);
  const files = readDocx(new Uint8Array(readFileSync(path)));
  const headers = Object.entries(files).filter(([n]) => /word\/header\d+\.xml/.test(n));
  expect(headers.length).toBe(2);
  for (const [, xml] of headers) expect(xml).toContain('草稿');
  const rendered = renderWithLibreOffice(path);
  expect(rendered.tokens.filter((t) => t === '草稿')).toHaveLength(rendered.pages);

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出草稿（PDF）' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/（草稿）\.pdf$/);
  const pdfPath = testInfo.outputPath('draft.pdf');
  await pdf.saveAs(pdfPath);
  const read = readPdf(pdfPath);
  expect(read.tokens.filter((t) => t === '草稿')).toHaveLength(read.pages);
});

test('an exporter that fails to load is reported, and the report is untouched', async ({ page }) => {
  await page.route(/\/assets\/export-docx\.js$/, (route) => route.abort());
  await page.goto('/');
  await page.getByLabel('机关名称').fill('某某镇人民政府');
  await openStep(page, /^检查与导出/);
  await page.getByRole('button', { name: '导出草稿（DOCX）' }).click();
  await expect(page.getByRole('alert')).toContainText('导出失败');
  await expect(page.getByRole('alert')).toContainText('报告内容没有受影响');
  await openStep(page, '基本信息');
  await expect(page.getByLabel('机关名称')).toHaveValue('某某镇人民政府');
});
