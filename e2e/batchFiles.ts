// The county's batch of the 批量检查 journey (e2e/batch.spec.ts) and of its docs picture: the seeds as text, a DOCX
// and a PDF exported by the app, the Yindu seed with a wrong printed total, 20 drafts with known errors.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { layoutDocument } from '../src/document/blocks';
import { writeDraft } from '../src/draft/write';
import { renderDocxBuffer } from '../src/export/docx';
import { renderPdfBytes } from '../src/export/pdf';
import type { Report } from '../src/report/schema';
import { template2021 } from '../src/template';
import { distinctReport } from '../test/batchReports';
import { pdfTestFonts } from '../test/pdfFonts';
import { SHARED_DIR } from '../test/seed';

const SEEDS = [
  '2020-xiaye-town.txt',
  '2024-tieli-town.txt',
  '2024-yanshi-zhaizhen-town.txt',
  '2024-yindu-district-office.txt',
  '2024-yindu-tongye-town.txt',
];

export interface BatchFile {
  name: string;
  buffer: Buffer;
}

export const draft = (name: string, r: Report): BatchFile => ({
  name,
  buffer: Buffer.from(writeDraft(r, new Date('2025-01-25T08:00:00Z'))),
});

export const agency = (i: number) => `示例县第${i}单位`;

/** 20 drafts, complete and clean but for the known errors (in the comments). */
function drafts(): BatchFile[] {
  const out: BatchFile[] = [];
  for (let i = 1; i <= 20; i++) {
    const name = `d${String(i).padStart(2, '0')}.nianbao.json`;
    if (i === 3)
      out.push(draft(name, distinctReport(agency(3), 2024, 3, { 'tables.requests.carriedForward.commercial': 2 }))); // a broken column
    else if (i === 5)
      out.push(
        draft(
          name,
          distinctReport(agency(5), 2023, 5, {
            'tables.requests.carriedForward.natural': 2,
            'tables.requests.granted.natural': 11,
          }),
        ),
      );
    // the same agency's next year: 上年结转 0 where 2023 carried 2 over (现行有效 follows on: 8 + 9 issued)
    else if (i === 6)
      out.push(draft(name, distinctReport(agency(5), 2024, 6, { 'tables.active.normativeDocs.inForce': 17 })));
    else if (i === 8)
      out.push(draft(name, distinctReport(agency(8), 2024, 7))); // the very same tables as d07, another agency
    else out.push(draft(name, distinctReport(agency(i), 2024, i)));
  }
  return out;
}

/** The Yindu seed as text with its 表四 行政复议 总计 printed as 0 (its parts add up to 3). */
function wrongAppealsTotal(): BatchFile {
  const text = readFileSync(resolve(SHARED_DIR, 'seeds', '2024-yindu-district-office.txt'), 'utf8');
  const line = '0\t3\t0\t0\t3\t0\t0\t0\t1\t1\t0\t0\t1\t0\t1';
  if (!text.includes(line)) throw new Error('the seed changed: 表四 line not found');
  return {
    name: '殷都区表四总计有误.txt',
    buffer: Buffer.from(text.replace(line, '0\t3\t0\t0\t0\t0\t0\t0\t1\t1\t0\t0\t1\t0\t1')),
  };
}

/** The county's batch, in the order the reviewer gives it. */
export async function batch(): Promise<BatchFile[]> {
  const seeds = SEEDS.map((s) => ({ name: s, buffer: readFileSync(resolve(SHARED_DIR, 'seeds', s)) }));
  const docx = {
    name: '示例县审计局.docx',
    buffer: Buffer.from(
      await renderDocxBuffer(layoutDocument(template2021, distinctReport('示例县审计局', 2024, 30)), { draft: false }),
    ),
  };
  const pdf = {
    name: '示例县统计局.pdf',
    buffer: Buffer.from(
      await renderPdfBytes(layoutDocument(template2021, distinctReport('示例县统计局', 2024, 31)), {
        draft: false,
        fonts: await pdfTestFonts(),
      }),
    ),
  };
  return [...seeds, docx, pdf, wrongAppealsTotal(), ...drafts()];
}

/** A fresh page's 批量检查 with `files` chosen, once every one is read. */
export async function openBatch(page: Page, files: BatchFile[]) {
  await page.goto('/');
  await page.getByRole('button', { name: '批量检查' }).click();
  await page
    .getByLabel('选择要检查的文件')
    .setInputFiles(files.map((f) => ({ ...f, mimeType: 'application/octet-stream' })));
  await expect(page.getByText(`已检查 ${files.length}/${files.length}，全部完成`)).toBeVisible({ timeout: 60_000 });
}

/** The desk's files: d01.nianbao.json … */
export const deskFile = (i: number) => `d${String(i).padStart(2, '0')}.nianbao.json`;

/** The desk's batch (e2e/desk-memory.spec.ts and its docs pictures): 18 drafts and 2 published reports as text. */
export function twentyFiles() {
  const drafts = Array.from({ length: 18 }, (_, k) => ({
    name: deskFile(k + 1),
    buffer: Buffer.from(writeDraft(distinctReport(agency(k + 1), 2024, k + 1), new Date('2025-01-25T08:00:00Z'))),
  }));
  const texts = ['2024-tieli-town.txt', '2024-yindu-tongye-town.txt'].map((s) => ({
    name: s,
    buffer: readFileSync(resolve(SHARED_DIR, 'seeds', s)),
  }));
  return [...drafts, ...texts].map((f) => ({ ...f, mimeType: 'application/octet-stream' }));
}

/** In 审阅模式 of the row `row`: a remark on the first cell named `cellName`, signed once; then back to the desk. */
export async function remark(page: Page, row: string, cellName: RegExp, text: string) {
  await page
    .locator('tr.batch-row')
    .filter({ hasText: row })
    .getByRole('button', { name: '审阅', exact: true })
    .click();
  await page.getByRole('button', { name: cellName }).first().click();
  const signature = page.getByLabel(/您的署名/);
  if (await signature.isVisible()) {
    await signature.fill('县政务公开办 张三');
    await page.getByRole('button', { name: '确定' }).click();
  }
  await page.getByLabel('批注内容').fill(text);
  await page.getByRole('button', { name: '添加批注', exact: true }).click();
  await expect(
    page.getByRole('region', { name: '全部批注' }).or(page.locator('section.comment-threads')),
  ).toContainText(text);
  await page.getByRole('button', { name: '返回批量检查' }).click();
}
