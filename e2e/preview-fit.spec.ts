// The report on screen fits its paper: in 检查与导出, in 审阅模式 and in print media, at 1366 px and at 200 % zoom,
// every A4 sheet holds its content and no table cell's text runs out of its cell — with the 示例 report, a seed with
// long labels, and table 三's every row (a row under a merged label has fewer cells than columns: each cell must be
// laid out at its own column, not by its count).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openStep, pasteSeedTables } from './helpers';

/** Sheets whose content runs past their A4 box, and cells whose text runs past the cell, with what they hold. */
async function overflows(page: Page, root: string) {
  await expect(page.locator(`${root} .doc-sheet`).first()).toBeAttached();
  return page.evaluate((selector) => {
    const out: string[] = [];
    const preview = document.querySelector(selector)!;
    for (const sheet of preview.querySelectorAll<HTMLElement>('.doc-sheet'))
      if (sheet.scrollHeight > sheet.clientHeight + 1) out.push(`sheet ${sheet.scrollHeight} > ${sheet.clientHeight}`);
    // one closing mark may hang past a line's end, as in Word, LibreOffice and the PDF (document/lineBreak.ts): its
    // advance, not its ink, runs into the cell's padding; anything wider than that mark is an overflow
    const em = parseFloat(getComputedStyle(preview.querySelector('.doc-table') ?? preview).fontSize);
    const hangs = (cell: HTMLElement) =>
      cell.innerText.split('\n').some((line) => /[，。、；：？！）》”’]$/.test(line.trim()));
    for (const cell of preview.querySelectorAll<HTMLElement>('.doc-table td')) {
      const wide = cell.scrollWidth - cell.clientWidth;
      if ((wide > 1 && !(hangs(cell) && wide <= em)) || cell.scrollHeight > cell.clientHeight + 1)
        out.push(
          `cell “${cell.textContent}” ${cell.scrollWidth}×${cell.scrollHeight} in ${cell.clientWidth}×${cell.clientHeight}`,
        );
    }
    return { sheets: preview.querySelectorAll('.doc-sheet').length, out };
  }, root);
}

for (const [name, viewport] of [
  ['1366 px', { width: 1366, height: 900 }],
  ['200 % zoom', { width: 683, height: 450 }],
] as const)
  test.describe(name, () => {
    test.use({ viewport, deviceScaleFactor: name === '1366 px' ? 1 : 2 });

    test('the 示例 report: every sheet and every cell fits, in 检查与导出, 审阅模式 and print media', async ({
      page,
    }) => {
      await page.goto('/');
      await page.getByRole('button', { name: '打开示例', exact: true }).click();
      // the sample comes in its own script and opens at 基本信息: wait for it before going to a step
      await expect(page.getByLabel('机关名称')).toHaveValue('示例镇人民政府');
      await openStep(page, /^检查与导出/);
      const preview = await overflows(page, '.doc-preview');
      expect(preview.sheets).toBeGreaterThanOrEqual(4);
      expect(preview.out).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      const printed = await overflows(page, '.doc-print');
      expect(printed.sheets).toBe(preview.sheets);
      expect(printed.out).toEqual([]);
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('button', { name: '审阅模式' }).click();
      const review = await overflows(page, '.doc-preview');
      expect(review.out).toEqual([]);
    });

    test('a seed’s figures with every text at a realistic length: every sheet and cell fits', async ({ page }) => {
      await page.goto('/');
      await page.getByLabel('机关名称').fill('安阳市殷都区人民政府办公室');
      await pasteSeedTables(page);
      await openStep(page, /^一、总体情况/);
      await page
        .getByLabel('第1小节内容')
        .fill('我办严格落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外。'.repeat(12));
      await openStep(page, /^检查与导出/);
      const preview = await overflows(page, '.doc-preview');
      expect(preview.out).toEqual([]);
    });
  });

test('each table label breaks at the same characters in the preview and in the exported PDF (the 示例 report)', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: '打开示例', exact: true }).click();
  // the sample comes in its own script and opens at 基本信息: wait for it before going to a step
  await expect(page.getByLabel('机关名称')).toHaveValue('示例镇人民政府');
  await openStep(page, /^检查与导出/);
  await expect(page.locator('.doc-preview .doc-sheet').first()).toBeAttached();
  // every line of every label and header cell the preview draws, sheet by sheet
  const previewLines = await page
    .locator('.doc-preview .doc-table td')
    .evaluateAll((cells) =>
      cells
        .flatMap((c) => (c as HTMLElement).innerText.split('\n').map((l) => l.trim()))
        .filter((l) => l && !/^[\d.]+$/.test(l)),
    );
  expect(previewLines).toContain('（三）不予');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 PDF', exact: true }).click();
  const path = testInfo.outputPath('sample.pdf');
  await (await download).saveAs(path);
  // the PDF draws each line of a cell with one text call: pdf.js gives it back as one item
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false }).promise;
  const items = new Set<string>();
  for (let n = 1; n <= doc.numPages; n++)
    for (const item of (await (await doc.getPage(n)).getTextContent()).items)
      if ('str' in item && item.str.trim()) items.add(item.str.trim());
  expect(previewLines.filter((l) => !items.has(l))).toEqual([]);
});
