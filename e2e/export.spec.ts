// A clerk fills in the whole report, checks it and exports the DOCX; the file is opened and rendered.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectedNumberRows, expectedTableCells, HEADINGS, seedDocxProblems } from '../test/docxChecks';
import { readDocx } from '../test/docxXml';
import { embeddedFaces, PDF_FACES, seedPdfProblems } from '../test/pdfChecks';
import { firstMissingInOrder, readPdf, renderWithLibreOffice } from '../test/render';
import { openStep, seed } from './helpers';

import { fillWholeReport, TITLE } from './fillReport';
import { note } from './note';

test('export the full report as DOCX: the file has the official tables and the seed figures, and renders as previewed', async ({
  page,
}, testInfo) => {
  await fillWholeReport(page);
  await expect(page.getByText('检查通过，可以导出正式文件。')).toBeVisible();
  const previewPages = Number(/预计共(\d+)页/.exec((await page.locator('.preview-pages').textContent()) ?? '')![1]);
  const preview = page.getByLabel('报告预览');
  await expect(preview.getByRole('heading', { name: TITLE })).toBeVisible();
  // tables 二 and 三 continue on a new page: each part is a table of its own, 三's group label printed on both
  await expect(preview.locator('table')).toHaveCount(5);
  await expect(preview.locator('td.doc-cell-label', { hasText: /^三、本年度办理结果$/ })).toHaveCount(2);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 DOCX' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${TITLE}.docx`);
  const status = page.getByRole('status').filter({ hasText: '已生成' });
  await expect(status).toContainText(`已生成“${TITLE}.docx”`);
  note('DOCX generated in the browser:', await status.textContent());
  const path = testInfo.outputPath('report.docx');
  await file.saveAs(path);
  const bytes = new Uint8Array(readFileSync(path));
  expect(seedDocxProblems(bytes, seed.all)).toEqual([]);
  expect(Object.keys(readDocx(bytes)).some((n) => /word\/header\d+\.xml/.test(n))).toBe(false); // no 草稿 mark

  // What a reviewer without Word sees: LibreOffice's rendering, read back from its PDF.
  const rendered = renderWithLibreOffice(path);
  note('LibreOffice PDF:', rendered.pdf, rendered.pages, 'pages; preview said', previewPages);
  expect(rendered.pages).toBe(previewPages);
  expect(firstMissingInOrder(rendered.tokens, [TITLE, ...HEADINGS])).toBeNull();
  for (const cells of expectedTableCells(seed.all)) expect(firstMissingInOrder(rendered.tokens, cells)).toBeNull();
  // pdftotext -layout keeps the columns: each table row's numbers are on one printed line, in order.
  expect(rendered.numberRows).toEqual(expectedNumberRows(seed.all));
  expect(rendered.tokens).not.toContain('草稿');
});

test('export the full report as PDF: A4, real text in order, the pages the preview announces; exporters load only on export', async ({
  page,
}, testInfo) => {
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
  note('PDF generated in the browser (first export, font loading included):', await status.textContent());
  for (const face of ['export-pdf-font.js', 'export-pdf-font-heading.js', 'export-pdf-font-kai.js'])
    expect(
      requested.filter((p) => p.endsWith(`/${face}`)),
      face,
    ).toHaveLength(1);
  // the report has no character beyond the body subset (GB 2312 and the template's wording): its rest is never asked for
  expect(requested.filter((p) => p.endsWith('/export-pdf-font-rest.js'))).toEqual([]);
  const path = testInfo.outputPath('report.pdf');
  await file.saveAs(path);
  expect(seedPdfProblems(path, TITLE, seed.all, previewPages)).toEqual([]);
  // serif body, 黑体-like 一、 headings, 楷体-like （一） headings: each a subset of the glyphs used
  expect(embeddedFaces(path)).toEqual(PDF_FACES);

  // a second export reuses the loaded font
  await page.getByRole('button', { name: '导出 PDF' }).click();
  await expect(status).toContainText('已生成');
  note('PDF generated in the browser (second export):', await status.textContent());
  expect(requested.filter((p) => p.endsWith('/export-pdf-font.js'))).toHaveLength(1);
  expect(requested.filter((p) => p.endsWith('/export-pdf-font-rest.js'))).toEqual([]);
});

test("a rare character beyond GB 2312 loads the body face's rest once and is drawn in the PDF", async ({
  page,
}, testInfo) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/');
  // 堃 (GBK, not GB 2312) and 鿍 (U+9FCD): in Noto Serif SC, outside the body subset
  await page.getByLabel('机关名称').fill('堃鿍镇人民政府');
  await openStep(page, /^检查与导出/);
  await expect(page.getByText(/报告还有\d+个问题/)).toBeVisible();
  await expect(page.getByRole('note')).toHaveCount(0); // nothing named as missing
  const rest = () => requested.filter((p) => p.endsWith('/export-pdf-font-rest.js'));
  expect(rest()).toEqual([]);
  const exportPdf = async (name: string) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出草稿（PDF）' }).click();
    const path = testInfo.outputPath(name);
    await (await download).saveAs(path);
    return path;
  };
  const path = await exportPdf('rare.pdf');
  expect(rest()).toHaveLength(1);
  expect(readPdf(path).tokens.join('')).toContain('堃鿍镇人民政府');
  // the body's subset and its rest, each embedded as a subset of the glyphs used
  expect(embeddedFaces(path)).toEqual([...PDF_FACES, 'NotoSerifSC-Regular subset'].sort());
  await exportPdf('rare-again.pdf');
  expect(rest()).toHaveLength(1);
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
