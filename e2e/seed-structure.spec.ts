// Each 2024 seed re-typed in its own structure through the wizard — opening texts,
// headings on their own lines or run in, 一是/二是 without headings, subsections in 五 — exported as DOCX and PDF;
// pdftotext -raw of the PDF and of the DOCX (through LibreOffice) gives the seed's paragraphs in the seed's order,
// each heading alone on its line where the seed has it so. The tables are filled quickly (the structure matters).
import { expect, test, type Page } from '@playwright/test';
import { printedOrderProblems, rawText } from '../test/printedOrder';
import { renderWithLibreOffice } from '../test/render';
import { SEED_STRUCTURES, type TypedSection } from './fixtures/seedStructure';
import { openStep, pasteSeedTables } from './helpers';
import { note } from './note';

test.describe.configure({ timeout: 240_000 });

/** Types a section as the clerk would: its opening text, then as many subsections as the seed has, each filled in. */
async function typeSection(page: Page, step: RegExp, title: string, typed: TypedSection) {
  await openStep(page, step);
  await page.getByLabel(new RegExp(`^${title}：开头文字`)).fill(typed.opening);
  const headings = page.getByLabel(/^第\d+小节标题$/);
  let count = await headings.count();
  // 一's five suggested headings: the ones this report does not have are removed (the last first)
  while (count > typed.subsections.length) {
    await page.getByRole('button', { name: new RegExp(`^删除第${count}小节`) }).click();
    await expect(headings).toHaveCount(--count);
  }
  while (count < typed.subsections.length) {
    await page.getByRole('button', { name: '添加小节', exact: true }).click();
    await expect(headings).toHaveCount(++count);
  }
  for (const [i, sub] of typed.subsections.entries()) {
    const n = i + 1;
    const heading = page.getByLabel(`第${n}小节标题`);
    await heading.fill(sub.heading);
    // numbering typed as the seed prints it is taken off, and the clerk is told at the field
    const typedNumber = /^[（(][一二三四五六七八九十]+[）)]\s*/.exec(sub.heading)?.[0];
    if (typedNumber) {
      await expect(heading).toHaveValue(sub.heading.slice(typedNumber.length));
      await expect(heading).toHaveAccessibleDescription(/已去掉开头输入的编号/);
      await page.getByRole('button', { name: `知道了（第${n}小节的编号提示）` }).click();
    }
    await page.getByLabel(`第${n}小节：标题单独成行`).setChecked(sub.ownLine);
    await page.getByLabel(`第${n}小节内容`).fill(sub.text);
  }
}

async function fillZeros(page: Page) {
  for (const step of [/^二、主动公开/, /^三、收到和处理/, /^四、政府信息公开/]) {
    await openStep(page, step);
    await page.getByRole('button', { name: '未填写的单元格填0', exact: true }).click();
  }
}

for (const seed of SEED_STRUCTURES) {
  test(`${seed.seed}: re-typed in its own structure, DOCX and PDF print its paragraphs in its order`, async ({
    page,
  }, testInfo) => {
    page.on('dialog', (d) => void d.accept()); // removing a suggested subsection asks first
    await page.goto('/');
    await page.getByLabel('机关名称').fill(seed.agency);
    await page.getByLabel('报告年度').fill('2024');
    await openStep(page, /^一、总体情况/);
    await page.getByRole('textbox', { name: /^开头段落/ }).fill(seed.intro);
    await typeSection(page, /^一、总体情况/, '一、总体情况', seed.overview);
    await typeSection(page, /^五、存在的主要问题/, '五、存在的主要问题及改进情况', seed.problems);
    await typeSection(page, /^六、其他需要报告的事项/, '六、其他需要报告的事项', seed.other);
    if (seed.tablesAllZero) await fillZeros(page);
    else await pasteSeedTables(page);

    await openStep(page, /^检查与导出/);
    await expect(page.getByText('检查通过，可以导出正式文件。')).toBeVisible();

    const docxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 DOCX' }).click();
    const docx = testInfo.outputPath('report.docx');
    await (await docxDownload).saveAs(docx);
    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 PDF' }).click();
    const pdf = testInfo.outputPath('report.pdf');
    await (await pdfDownload).saveAs(pdf);

    expect(printedOrderProblems(rawText(pdf), seed.printed), 'PDF').toEqual([]);
    // LibreOffice hangs a comma that ends a full line past the right margin and does not draw it (seen in its
    // rendering of our DOCX; the look of the DOCX is the print work's): such marks are named, not counted as
    // differences; any other difference is
    const hung: string[] = [];
    expect(
      printedOrderProblems(rawText(renderWithLibreOffice(docx).pdf), seed.printed, { hungPunctuation: hung }),
      'DOCX through LibreOffice',
    ).toEqual([]);
    if (hung.length)
      note(`${seed.seed}: LibreOffice left out ${hung.length} mark(s) hung at a line end:`, hung.join(' '));
  });
}
