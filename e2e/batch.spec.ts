// 批量检查: a county reviewer drops a whole batch — the seeds as text, a DOCX and a PDF exported by the app,
// 20 drafts with known errors — and sees exactly those findings on exactly those rows; sorts, filters, exports.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { batchRows, type BatchRow } from '../src/batch/batch';
import { readBatchFile } from '../src/batch/read';
import { layoutDocument } from '../src/document/blocks';
import { renderPdfBytes } from '../src/export/pdf';
import { template2021 } from '../src/template';
import { distinctReport } from '../test/batchReports';
import { nodeReaders } from '../test/batchReaders';
import { pdfTestFonts } from '../test/pdfFonts';
import { agency, batch, draft, openBatch, type BatchFile } from './batchFiles';

const fonts = await pdfTestFonts();
const CURRENT_YEAR = new Date().getFullYear();

/** What the page must show: the same files through the same pipeline in Node. */
async function expectedRows(files: BatchFile[]): Promise<BatchRow[]> {
  const readers = nodeReaders(CURRENT_YEAR);
  const items = [];
  for (const [i, f] of files.entries())
    items.push(
      await readBatchFile(String(i), f.name, new Uint8Array(f.buffer), { currentYear: CURRENT_YEAR, readers }),
    );
  return batchRows(items);
}

/** The table as shown: file → [错误, 提醒] in the order of the rows. */
const shownRows = (page: Page) =>
  page.locator('tr.batch-row').evaluateAll((rows) =>
    rows.map((r) => {
      const cells = Array.from(r.querySelectorAll('td')).map((td) => td.textContent ?? '');
      return { file: r.getAttribute('data-file')!, errors: Number(cells[5]), warnings: Number(cells[6]) };
    }),
  );

async function sheet(path: string, name: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book
    .getWorksheet(name)!
    .getSheetValues()
    .slice(2)
    .map((r) => Array.from((r as unknown[]).slice(1), (v) => v ?? null));
}

test('a county’s batch: exactly the known findings on exactly their rows; sorting, the 勾稽不符 filter, the .xlsx', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const files = await batch();
  const expected = await expectedRows(files);
  const findingsOf = (file: string) =>
    expected.find((r) => r.fileName === file)!.findings.map((f) => `${f.kind}|${f.severity}|${f.message}`);

  // the known errors, as the pipeline finds them (and nothing else on the generated files)
  const clean = [
    'd01',
    'd02',
    'd04',
    'd09',
    'd10',
    'd11',
    'd12',
    'd13',
    'd14',
    'd15',
    'd16',
    'd17',
    'd18',
    'd19',
    'd20',
  ].map((d) => `${d}.nianbao.json`);
  for (const f of [...clean, '示例县审计局.docx', '示例县统计局.pdf']) expect(findingsOf(f), f).toEqual([]);
  expect(findingsOf('d03.nianbao.json')).toEqual(['勾稽不符|error|商业企业：一+二=0，三（七）+四=2，相差2']);
  expect(findingsOf('d06.nianbao.json')).toEqual([
    '跨年不符|error|自然人：二、上年结转为0，2023年度报告的四、结转下年度继续办理为2（对照d05.nianbao.json）',
  ]);
  expect(findingsOf('d05.nianbao.json')).toEqual(['年度异常|warning|报告年度为2023年，本批多数为2024年']);
  expect(findingsOf('d07.nianbao.json')).toEqual([
    `疑似雷同|warning|三张表的数字与${agency(8)}2024年（d08.nianbao.json）完全相同：请核实是否照抄`,
  ]);
  expect(findingsOf('d08.nianbao.json')).toEqual([
    `疑似雷同|warning|三张表的数字与${agency(7)}2024年（d07.nianbao.json）完全相同：请核实是否照抄`,
  ]);
  expect(findingsOf('殷都区表四总计有误.txt')).toContain('勾稽不符|error|行政复议 总计：报告中为0，各项相加为3');
  expect(expected.every((r) => r.item.ok)).toBe(true);

  await openBatch(page, files);

  // every row as the pipeline says, in the order the files were given
  expect(await shownRows(page)).toEqual(
    expected.map((r) => ({ file: r.fileName, errors: r.errors, warnings: r.warnings })),
  );
  await expect(page.getByText(`显示 ${files.length} / ${files.length} 份`)).toBeVisible();

  // a row opens to its findings, each naming its cell
  await page.getByRole('button', { name: 'd06.nianbao.json 的问题' }).click();
  await expect(page.getByRole('list', { name: 'd06.nianbao.json 的问题' }).getByRole('listitem')).toHaveText([
    '跨年不符 自然人：二、上年结转为0，2023年度报告的四、结转下年度继续办理为2（对照d05.nianbao.json）（位置：二、上年结转政府信息公开申请数量 自然人（三、收到和处理政府信息公开申请情况））',
  ]);

  // sorting: 年度 ascending puts 2020 and 2023 first; 错误 descending puts every row with errors first
  await page.getByRole('button', { name: '年度', exact: true }).click();
  expect((await shownRows(page)).slice(0, 2).map((r) => r.file)).toEqual(['2020-xiaye-town.txt', 'd05.nianbao.json']);
  await page.getByRole('button', { name: /^错误/ }).click();
  await page.getByRole('button', { name: /^错误/ }).click();
  await expect(page.getByRole('columnheader', { name: /^错误/ })).toHaveAttribute('aria-sort', 'descending');
  const byErrors = await shownRows(page);
  expect(byErrors.map((r) => r.errors)).toEqual([...byErrors.map((r) => r.errors)].sort((a, b) => b - a));
  const withErrors = expected.filter((r) => r.errors > 0).map((r) => r.fileName);
  expect(new Set(byErrors.slice(0, withErrors.length).map((r) => r.file))).toEqual(new Set(withErrors));

  // the 勾稽不符 filter: exactly the rows with such a finding, and the count says so
  await page.getByLabel('问题类别').selectOption('勾稽不符');
  const balance = expected.filter((r) => r.kinds.has('勾稽不符')).map((r) => r.fileName);
  expect(balance).toEqual(expect.arrayContaining(['d03.nianbao.json', '殷都区表四总计有误.txt']));
  expect(new Set((await shownRows(page)).map((r) => r.file))).toEqual(new Set(balance));
  await expect(page.getByText(`显示 ${balance.length} / ${files.length} 份`)).toBeVisible();
  await page.getByLabel('问题类别').selectOption('');

  // 导出检查结果: the .xlsx holds the same rows and every finding, Chinese intact
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出检查结果' }).click();
  const path = testInfo.outputPath('checks.xlsx');
  await (await download).saveAs(path);
  const reports = await sheet(path, '报告');
  expect(reports.map((r) => [r[0], r[1], r[4], r[5]])).toEqual(
    expected.map((r) => [r.fileName, r.agency, r.errors, r.warnings]),
  );
  const findings = await sheet(path, '问题');
  expect(findings.map((r) => `${r[0]}|${r[3]}|${r[6]}`)).toEqual(
    expected.flatMap((r) => r.findings.map((f) => `${r.fileName}|${f.kind}|${f.message}`)),
  );
});

function lockedPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ userPassword: 'secret', ownerPassword: 'owner' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((r) => doc.on('end', () => r(Buffer.concat(chunks))));
  doc.text('locked');
  doc.end();
  return done;
}

test('bad files among 200: each its row and its reason, every other file read', async ({ page }) => {
  test.setTimeout(180_000);
  const pdf = await renderPdfBytes(layoutDocument(template2021, distinctReport('示例县统计局', 2024, 31)), {
    draft: false,
    fonts,
  });
  const bad: BatchFile[] = [
    {
      name: '会议通知.txt',
      buffer: Buffer.from('关于召开全县政务公开工作会议的通知\n各乡镇人民政府：定于下周一召开会议。'),
    },
    { name: '损坏.pdf', buffer: Buffer.from(pdf.subarray(0, pdf.length / 2)) },
    { name: '加密.pdf', buffer: await lockedPdf() },
    { name: '空文件.docx', buffer: Buffer.alloc(0) },
    { name: '照片.jpg', buffer: Buffer.from([0xff, 0xd8, 0xff]) },
  ];
  const good = Array.from({ length: 195 }, (_, i) =>
    draft(`单位${i + 1}.nianbao.json`, distinctReport(`示例县第${i + 1}单位`, 2024, i + 1)),
  );
  await openBatch(page, [...bad.slice(0, 3), ...good, ...bad.slice(3)]);
  await expect(page.getByText('显示 200 / 200 份')).toBeVisible();
  const reason = (file: string) => page.locator(`tr.batch-row[data-file="${file}"] .batch-reason`);
  expect(await page.locator('tr.batch-row').count()).toBe(200);
  await expect(reason('会议通知.txt')).toHaveText(/没有找到政府信息公开工作年度报告的内容/);
  await expect(reason('损坏.pdf')).toHaveText('PDF文件已损坏或不是PDF，无法读取');
  await expect(reason('加密.pdf')).toHaveText('PDF设有打开密码，无法读取：请提供未加密的文件');
  await expect(reason('空文件.docx')).toHaveText('文件是空的（0字节）');
  await expect(reason('照片.jpg')).toHaveText(
    '不是年度报告文件：只能读取 .nianbao.json 草稿、.docx、.pdf、.html 和 .txt',
  );
  await expect(page.locator('tr.batch-row .batch-reason')).toHaveCount(5);
  await expect(page.locator('tr.batch-row').getByRole('button', { name: '审阅' })).toHaveCount(195);
  await page.getByLabel('问题类别').selectOption('无法读取');
  await expect(page.getByText('显示 5 / 200 份')).toBeVisible();
});

test('审阅 opens a report of the batch in 审阅模式; a remark made there is saved in its draft file; the open report is untouched', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.getByLabel('机关名称').fill('本单位');
  await openBatch(page, [draft('d01.nianbao.json', distinctReport(agency(1), 2024, 1))]);
  await page.getByRole('button', { name: '审阅', exact: true }).click();
  await expect(page.getByText('审阅：d01.nianbao.json')).toBeVisible();
  await page.getByRole('button', { name: /^批注：行政许可/ }).click();
  await page.getByLabel(/您的署名/).fill('县政务公开办 张三');
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByLabel('批注内容').fill('请核对行政许可数量');
  await page.getByRole('button', { name: '添加批注', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存为草稿文件' }).click();
  const path = testInfo.outputPath('reviewed.nianbao.json');
  await (await download).saveAs(path);
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  expect(saved.meta.agency).toBe(agency(1));
  expect(saved.comments).toEqual([
    expect.objectContaining({ author: '县政务公开办 张三', text: '请核对行政许可数量' }),
  ]);
  await page.getByRole('button', { name: '返回批量检查' }).click();
  // the batch keeps the remark; back to the clerk's own report, untouched
  await expect(page.locator('tr.batch-row')).toHaveCount(1);
  await page.getByRole('button', { name: '返回填写' }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('本单位');
});
