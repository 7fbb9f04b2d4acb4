// The 2019 edition: a clerk writes a report on 2020 (the year picks the 2019 tables), checks it, and exports
// it as DOCX and PDF with the 2019 tables; changing the year across editions says what happens and loses nothing.
import { readFileSync } from 'node:fs';
import { expect, test, type Dialog, type Page } from '@playwright/test';
import { readDocx, tablesOf } from '../test/docxXml';
import { readPdf } from '../test/render';
import { xiaye2020 } from '../test/xiaye2020';
import { runChecks } from '../src/checks';
import { getCellValue, withCells } from '../src/report/cells';
import { template2019 } from '../src/template';
import { resolveTemplate } from '../src/template/resolve';
import { cell, openStep, pasteTables, waitForSave } from './helpers';

const AGENCY = '下冶镇人民政府';
const TITLE = `${AGENCY}2020年政府信息公开工作年度报告`;
// the published figures, with a fall in penalties (本年增/减 −2) and two requests, one under （六）其他处理
const report = withCells(
  xiaye2020(),
  new Map([
    ['tables.active.penalty.change', -2],
    ['tables.requests.new.natural', 2],
    ['tables.requests.granted.natural', 1],
    ['tables.requests.otherHandling.natural', 1],
  ]),
);
const resolved = resolveTemplate(template2019);
const derived = runChecks(template2019, report, 2026).derived;
const shown = (path: string) => String(derived.get(path) ?? getCellValue(report, path));

/** A table of the report as a block copied from Excel: each printed row of numbers, totals included. */
function block(table: string): string {
  const { layout } = resolved.tables.find((t) => t.key === table)!;
  const rows = layout.body
    .map((line) => line.filter((c) => c.path).map((c) => shown(c.path!)))
    .filter((r) => r.length > 0);
  return rows.map((r) => r.join('\t')).join('\r\n') + '\r\n';
}

async function write2020Report(page: Page) {
  await page.goto('/');
  await page.getByLabel('机关名称').fill(AGENCY);
  await page.getByLabel('报告年度').fill('2020');
  await expect(page.getByText('2020年度报告使用2019年版格式（国办公开办函〔2019〕60号）')).toBeVisible();
  await openStep(page, /^一、总体情况/);
  const [first] = report.sections.overview.subsections;
  await page.getByLabel('第1小节标题').fill(first.heading);
  await page.getByLabel('第1小节内容').fill(`${first.text}开展工作考核和社会评议。`);
  const confirmRemoval = (d: Dialog) => d.accept(); // removing a subsection with a heading asks first
  page.on('dialog', confirmRemoval);
  for (const del of await page
    .getByRole('button', { name: /^删除第\d+小节/ })
    .all()
    .then((b) => b.slice(1).reverse()))
    await del.click();
  page.off('dialog', confirmRemoval);
  await pasteTables(page, block, '规章 本年新制作数量');
  await openStep(page, /^五、存在的主要问题/);
  await page.getByLabel(/^五、存在的主要问题及改进情况：开头文字/).fill(report.sections.problems.opening);
  await openStep(page, /^六、其他需要报告的事项/);
  await page.getByLabel(/^六、其他需要报告的事项：开头文字/).fill(report.sections.other.opening);
}

test('a report on 2020 is written in the 2019 tables, checked, and exported as DOCX and PDF with them', async ({
  page,
}, testInfo) => {
  await write2020Report(page);
  page.on('dialog', (d) => d.dismiss()); // no question is expected from here on

  // the 2019 tables: 本年增/减 takes a minus sign, a count does not; 表三 has （六）其他处理 as one row
  await openStep(page, /^二、主动公开/);
  await expect(cell(page, '行政处罚 本年增/减')).toHaveValue('-2');
  await expect(cell(page, '政府集中采购 采购总金额')).toHaveValue('41');
  await expect(cell(page, '规章 本年制发件数')).toHaveCount(0);
  await cell(page, '行政许可 上一年项目数量').fill('-1');
  await expect(page.getByText('“-1”未保存：不能为负数')).toBeVisible();
  await cell(page, '行政许可 上一年项目数量').fill('1');
  await openStep(page, /^三、收到和处理/);
  await expect(cell(page, '（六）其他处理 自然人')).toHaveValue('1');
  await expect(cell(page, '（七）总计 自然人')).toHaveValue('2');
  await expect(page.getByRole('textbox', { name: /^（六）其他处理 1\./ })).toHaveCount(0);

  await openStep(page, /^检查与导出/);
  await expect(page.getByText('检查通过，可以导出正式文件。')).toBeVisible();
  const preview = page.getByLabel('报告预览');
  await expect(preview.locator('td[rowspan="20"]')).toHaveText('三、本年度办理结果');
  await expect(preview.getByText('第二十条第（九）项')).toBeVisible();

  const docxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 DOCX' }).click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toBe(`${TITLE}.docx`);
  const docxPath = testInfo.outputPath('report2020.docx');
  await docx.saveAs(docxPath);
  const [active, requests] = tablesOf(readDocx(new Uint8Array(readFileSync(docxPath)))['word/document.xml']);
  expect(active.rows).toHaveLength(18);
  expect(active.rows[10].map((c) => c.text)).toEqual(['行政处罚', '4', '-2', '0']);
  expect(active.rows[17].map((c) => c.text)).toEqual(['政府集中采购', '1', '41']);
  expect(requests.rows).toHaveLength(3 + 23);
  expect(requests.rows.some((r) => r.some((c) => c.text === '（六）其他处理'))).toBe(true);

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 PDF' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe(`${TITLE}.pdf`);
  const pdfPath = testInfo.outputPath('report2020.pdf');
  await pdf.saveAs(pdfPath);
  const text = readPdf(pdfPath).tokens.join(' ');
  // (labels that fit on one line of their cell: the PDF's text is read line by line)
  for (const label of ['本年增/减', '采购项目数量', '第二十条第（九）项', '政府集中采购', '（六）其他处理'])
    expect(text).toContain(label);
  expect(text).toMatch(/行政处罚 4 -2 0/);
  expect(text).not.toContain('本年制发件数');
});

test('changing the year across editions: asked first when table 二 would lose figures; 表三 and 表四 kept; the old report in 最近的报告', async ({
  page,
}) => {
  await write2020Report(page);
  await openStep(page, '基本信息');
  const questions: string[] = [];
  page.once('dialog', (d) => {
    questions.push(d.message());
    void d.dismiss();
  });
  await page.getByLabel('报告年度').fill('2021');
  await expect(page.getByRole('alert')).toContainText('未切换格式，报告年度仍为2020');
  expect(questions[0]).toContain('2021年度报告使用2021年版格式');
  expect(questions[0]).toContain('表三、表四的数字保留');

  page.once('dialog', (d) => void d.accept());
  await page.getByLabel('报告年度').fill(''); // the clerk types the year again
  await page.getByLabel('报告年度').fill('2021');
  await expect(page.getByText(/已切换为2021年版格式.*的表格。表二的\d+个数字已清空/)).toBeVisible();
  await openStep(page, /^二、主动公开/);
  await expect(cell(page, '规章 本年制发件数')).toHaveValue('');
  await openStep(page, /^三、收到和处理/);
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toHaveValue('2');
  // the one row of （六）其他处理 went to 3.其他, and says so at the cell
  await expect(cell(page, '（六）其他处理 3.其他 自然人')).toHaveValue('1');
  await expect(page.locator('.cell-commented')).toHaveCount(1);
  await waitForSave(page);

  await page.getByRole('button', { name: '最近的报告' }).click();
  await expect(page.getByRole('dialog', { name: '最近的报告' })).toContainText(TITLE);
});
