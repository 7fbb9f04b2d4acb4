// A clerk prints the report (Ctrl+P or 打印): the printout is the preview's A4 sheets — the same pages,
// the same lines — and nothing of the app. Checked in what Chromium prints to PDF, read with poppler.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readPdf } from '../test/render';
import { fillWholeReport, TITLE } from './fillReport';
import { openStep } from './helpers';
import { note } from './note';

const APP_TEXT = ['年报助手', '填写步骤', '导出 DOCX', '导出 PDF', '打印', '保存草稿', '审阅模式', '检查与导出'];

test("printing prints the preview's sheets: A4, the same pages and lines, no app chrome", async ({
  page,
}, testInfo) => {
  await fillWholeReport(page);
  const previewPages = Number(/预计共(\d+)页/.exec((await page.locator('.preview-pages').textContent()) ?? '')![1]);
  const sheets = page.getByLabel('报告预览').locator('.doc-sheet');
  await expect(sheets).toHaveCount(previewPages);

  // the 打印 button asks the browser to print
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.getByRole('button', { name: '打印', exact: true }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // what the browser prints (Ctrl+P, or the button): A4 pages of the report only
  await page.emulateMedia({ media: 'print' });
  const path = testInfo.outputPath('printed.pdf');
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const printed = readPdf(path);
  note('printed:', printed.pages, 'pages; preview:', previewPages);
  expect(printed.pages).toBe(previewPages);
  expect(Math.abs(printed.pageSize[0] - 595.28)).toBeLessThan(1);
  expect(Math.abs(printed.pageSize[1] - 841.89)).toBeLessThan(1);
  const text = printed.tokens.join(' ');
  for (const word of APP_TEXT) expect(text, word).not.toContain(word);
  expect(text.replace(/\s/g, '')).toContain(TITLE);
  // page by page, the printout has the preview's lines
  const raw = (p: number) =>
    execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-raw', path, '-'], { encoding: 'utf8' });
  for (let p = 1; p <= previewPages; p++) {
    const sheetLines = await sheets
      .nth(p - 1)
      .locator('.doc-line')
      .allTextContents();
    const pageText = raw(p).replace(/\s/g, '');
    for (const line of sheetLines.filter((l) => l.trim().length > 3))
      expect(pageText, `page ${p}`).toContain(line.replace(/\s/g, ''));
    expect(pageText).toContain(`—${p}—`);
  }
});

test('printing from another step prints the report too, not the form', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByLabel('机关名称').fill('某某镇人民政府');
  await page.getByLabel('报告年度').fill('2024');
  await openStep(page, /^一、总体情况/);
  await page.emulateMedia({ media: 'print' });
  // Ctrl+P fires beforeprint; page.pdf() alone does not, so the test fires it as the browser would
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const path = testInfo.outputPath('printed-from-form.pdf');
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true }));
  const text = readPdf(path).tokens.join('');
  expect(text).toContain('某某镇人民政府2024年政府信息公开工作年度报告');
  expect(text).toContain('一、总体情况');
  expect(text).not.toContain('填写步骤');
  expect(text).not.toContain('年报助手');
});

test('a character no PDF face has is named before export; rare ones the faces have are not', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('机关名称').fill('亍堃鿍𪚥䢺镇人民政府');
  await openStep(page, /^检查与导出/);
  const note = page.getByRole('note');
  // 𪚥: in no face; 䢺 (Extension A) is in the body face's rest
  await expect(note).toContainText('字体中没有“𪚥”');
  await expect(note).not.toContainText('“䢺”');
  // 亍 (the body subset), 堃 and 鿍 (the body face's rest, loaded when needed) are counted as there
  await expect(note).not.toContainText('“亍”');
  await expect(note).not.toContainText('“堃”');
  await expect(note).not.toContainText('“鿍”');
});
