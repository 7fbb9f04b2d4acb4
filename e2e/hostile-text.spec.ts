// Text a hostile or careless paste brings: markup and script, and characters a document cannot hold. The clerk
// sees it literally everywhere, nothing of it runs, and both exports open and hold it as text.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openStep } from './helpers';
import { firstMissingInOrder, readPdf, renderWithLibreOffice } from '../test/render';
import { readDocx, paragraphsOf } from '../test/docxXml';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';

test('HTML and script in any text show as text and never run: wizard, preview, review mode, DOCX, PDF', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/');
  await page.getByLabel('机关名称').fill(`${IMG}镇`);
  await page.getByLabel('报告年度').fill('2024');
  await openStep(page, /^一、总体情况/);
  await page.getByLabel('第1小节内容').fill(`${SCRIPT}主动公开。`);
  await openStep(page, /^五、存在的主要问题/);
  // a paste with control characters, too: removed, and said so
  await page.getByLabel(/^五、存在的主要问题及改进情况：开头文字/).fill(`问题\u0001一${IMG}\uFFFF。`);
  await expect(page.getByRole('status').filter({ hasText: '已删除2个无法写入文档的控制字符' })).toBeVisible();

  // a remark holding markup, written in review mode
  await page.getByRole('button', { name: '审阅模式' }).click();
  const preview = page.getByLabel('报告预览');
  await preview.getByRole('button', { name: /^批注：五、存在的主要问题及改进情况/ }).click();
  await page.getByLabel(/您的署名/).fill(`${SCRIPT}审阅人`);
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByLabel('批注内容').fill(`请核对${IMG}`);
  await page.getByRole('button', { name: '添加批注', exact: true }).click();

  // review mode: the preview and the remark show the markup as text
  const title = `${IMG}镇2024年政府信息公开工作年度报告`;
  await expect(preview.getByRole('heading', { name: title })).toBeVisible();
  await expect(preview).toContainText(`问题一${IMG}。`);
  await expect(preview).toContainText(`${SCRIPT}主动公开。`);
  const remarks = page.getByRole('region', { name: '全部批注' });
  await expect(remarks).toContainText(`请核对${IMG}`);
  await expect(remarks).toContainText(`${SCRIPT}审阅人`);

  // the wizard: fields, the title and the remark on its step
  await page.getByRole('button', { name: '返回填写' }).first().click();
  await expect(page.locator('.report-title')).toHaveText(title);
  await openStep(page, /^五、存在的主要问题/);
  await expect(page.getByRole('region', { name: '审阅批注' })).toContainText(`请核对${IMG}`);
  await openStep(page, /^检查与导出/);
  await expect(page.getByLabel('报告预览')).toContainText(`问题一${IMG}。`);

  // nothing ran, and no element was made of the text
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(
    await page.locator('script').evaluateAll((list) => list.filter((s) => s.textContent?.includes('__pwned')).length),
  ).toBe(0);
  expect(dialogs).toEqual([]);

  // the DOCX: well-formed (readDocx proves it), opens in LibreOffice, holds the text
  const docx = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出草稿（DOCX）' }).click();
  const docxPath = testInfo.outputPath('hostile.docx');
  await (await docx).saveAs(docxPath);
  expect(paragraphsOf(readDocx(new Uint8Array(readFileSync(docxPath)))['word/document.xml'])[0]).toBe(
    title.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  );
  const expected = [title, `（一）主动公开。${SCRIPT}主动公开。`, `问题一${IMG}。`];
  expect(firstMissingInOrder(renderWithLibreOffice(docxPath).tokens, expected)).toBeNull();

  // the PDF: poppler reads it, with the text
  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出草稿（PDF）' }).click();
  const pdfPath = testInfo.outputPath('hostile.pdf');
  await (await pdf).saveAs(pdfPath);
  expect(firstMissingInOrder(readPdf(pdfPath).tokens, expected)).toBeNull();
});
