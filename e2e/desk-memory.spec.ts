// The reviewer's desk remembers: 20 files read, two remarks written in 审阅模式 and three states set survive a
// reload; 导出批注草稿 sends the remarks back as drafts that open in the wizard with their remarks; 新的一批 starts
// empty and 最近的批次 brings the batch back. A browser that refuses to store leaves the desk working, and says so.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { agency, deskFile as file, remark, twentyFiles } from './batchFiles';

async function openDesk(page: Page) {
  await page.getByRole('button', { name: '批量检查' }).click();
}

/** A fresh page's desk with the first `n` of the files read, each its row. */
async function readOnDesk(page: Page, n: number) {
  await page.goto('/');
  await openDesk(page);
  await page.getByLabel('选择要检查的文件').setInputFiles(twentyFiles().slice(0, n));
  await expect(page.getByText(`已检查 ${n}/${n}，全部完成`)).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('tr.batch-row')).toHaveCount(n);
}

/** Each row as the reviewer sees it: file, state, open remarks, errors, warnings. */
const rowsShown = (page: Page) =>
  page.locator('tr.batch-row').evaluateAll((rows) =>
    rows.map((r) => {
      const cells = [...r.querySelectorAll('td')].map(
        (td) => td.querySelector('select')?.value ?? td.textContent?.trim() ?? '',
      );
      return cells.slice(1).join('|');
    }),
  );

test('the desk remembers files, remarks and states across a reload; remarks go back as drafts; 新的一批 and 最近的批次', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  page.on('dialog', (d) => void d.accept());
  await page.goto('/');
  await openDesk(page);
  await page.getByLabel('选择要检查的文件').setInputFiles(twentyFiles());
  await expect(page.getByText('已检查 20/20，全部完成')).toBeVisible({ timeout: 60_000 });

  await remark(page, file(1), /^批注：行政许可/, '请核对行政许可数量');
  await remark(page, file(2), /^批注：行政处罚/, '行政处罚数量与上年差异较大，请说明');
  for (const [i, state] of [
    [3, '已退回'],
    [4, '已通过'],
    [5, '已通过'],
  ] as const)
    await page.getByLabel(`审阅状态：${file(i)}`, { exact: true }).selectOption(state);
  const counts = page.getByLabel('审阅状态统计');
  await expect(counts).toHaveText('待审 15 · 已批注 2 · 已退回 1 · 已通过 2');
  const before = await rowsShown(page);
  expect(before).toHaveLength(20);
  expect(before[0]).toContain('|1|已批注|');

  // a reload: the desk comes back as it was, without reading a file again
  await page.reload();
  await openDesk(page);
  await expect(page.locator('tr.batch-row')).toHaveCount(20);
  await expect(counts).toHaveText('待审 15 · 已批注 2 · 已退回 1 · 已通过 2');
  expect(await rowsShown(page)).toEqual(before);
  await page.locator('.batch-filter').getByLabel('审阅状态').selectOption('已通过');
  await expect(page.locator('tr.batch-row')).toHaveCount(2);
  await page.locator('.batch-filter').getByLabel('审阅状态').selectOption('');
  // 汇总: the county's sum of the year, in the template's layout, with the reports summed counted
  await page.getByRole('button', { name: '汇总' }).click();
  await expect(page.getByLabel('年度')).toHaveValue('2024');
  await expect(page.getByRole('table', { name: /三、收到和处理政府信息公开申请情况/ })).toBeVisible();
  await expect(page.getByText(/^共汇总\d+份报告/)).toBeVisible();
  await page.getByRole('button', { name: '汇总' }).click();
  // the remark is there in 审阅模式
  await page
    .locator('tr.batch-row')
    .filter({ hasText: file(2) })
    .getByRole('button', { name: '审阅', exact: true })
    .click();
  await expect(page.locator('section.comment-threads')).toContainText('行政处罚数量与上年差异较大，请说明');
  await page.getByRole('button', { name: '返回批量检查' }).click();

  // 导出批注草稿: one zip, a draft for each report with remarks
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出批注草稿' }).click();
  const zipPath = testInfo.outputPath('remarks.zip');
  await (await download).saveAs(zipPath);
  const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
  expect(Object.keys(entries).sort()).toEqual([
    `${agency(1)}2024年报草稿（审阅意见）.nianbao.json`,
    `${agency(2)}2024年报草稿（审阅意见）.nianbao.json`,
  ]);
  const draftPath = testInfo.outputPath('d01-remarks.nianbao.json');
  const draftText = strFromU8(entries[`${agency(1)}2024年报草稿（审阅意见）.nianbao.json`]);
  expect(JSON.parse(draftText).comments).toEqual([
    expect.objectContaining({ target: 'tables.active.licensing.decisions', text: '请核对行政许可数量' }),
  ]);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(draftPath, draftText);

  // 新的一批 empties the desk; 最近的批次 brings the batch back
  await page.getByRole('button', { name: '新的一批' }).click();
  await expect(page.locator('tr.batch-row')).toHaveCount(0);
  await expect(counts).toHaveText('待审 0 · 已批注 0 · 已退回 0 · 已通过 0');
  await page.getByRole('button', { name: '最近的批次' }).click();
  const recent = page.getByRole('region', { name: '最近的批次' });
  await expect(recent).toContainText('20份');
  await recent
    .getByRole('button', { name: /^打开：/ })
    .first()
    .click();
  await expect(page.locator('tr.batch-row')).toHaveCount(20);
  await expect(counts).toHaveText('待审 15 · 已批注 2 · 已退回 1 · 已通过 2');

  // the clerk's side: the draft opens in the wizard with the remark at its cell
  await page.getByRole('button', { name: '返回填写' }).click();
  await page.getByRole('button', { name: '打开草稿', exact: true }).click();
  await page.getByLabel('选择草稿文件').setInputFiles(draftPath);
  await page
    .getByRole('navigation', { name: '填写步骤' })
    .getByRole('button', { name: /^二、主动公开/ })
    .click();
  await expect(
    page.getByRole('region', { name: '审阅批注' }).or(page.locator('section.comment-threads')),
  ).toContainText('请核对行政许可数量');
  await expect(
    page.getByRole('textbox', { name: '行政许可 本年处理决定数量', exact: true }),
  ).toHaveAccessibleDescription(/有1条审阅批注/);
});

test('IndexedDB refused at open: the desk reads and reviews as before, and says once that nothing is kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(IDBFactory.prototype, 'open', {
      value: () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
  await readOnDesk(page, 3);
  await expect(page.getByRole('alert').filter({ hasText: '浏览器不允许本页保存数据' })).toHaveCount(1);
  await page.getByLabel(`审阅状态：${file(1)}`, { exact: true }).selectOption('已通过');
  await expect(page.getByLabel('审阅状态统计')).toHaveText('待审 2 · 已批注 0 · 已退回 0 · 已通过 1');
});

test('IndexedDB full at write: the rows stay, and the reviewer is told once', async ({ page }) => {
  await page.addInitScript(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Object.defineProperty(IDBObjectStore.prototype, 'put', { value: full });
    Object.defineProperty(IDBObjectStore.prototype, 'add', { value: full });
  });
  await readOnDesk(page, 3);
  await expect(page.getByRole('alert').filter({ hasText: '浏览器存储空间已满' })).toHaveCount(1);
  await page.getByLabel(`审阅状态：${file(2)}`, { exact: true }).selectOption('已退回');
  await expect(page.getByRole('alert').filter({ hasText: '浏览器存储空间已满' })).toHaveCount(1);
  await expect(page.getByLabel('审阅状态统计')).toHaveText('待审 2 · 已批注 0 · 已退回 1 · 已通过 0');
});

test('a stored record that no longer reads is set aside and named; the others come back', async ({ page }) => {
  await readOnDesk(page, 2);
  // a third record of the batch, damaged (as a crash mid-write or another program could leave it)
  await page.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('xxgk-nianbao-desk');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['meta', 'items'], 'readwrite');
          const current = tx.objectStore('meta').get('currentBatch');
          current.onsuccess = () =>
            tx.objectStore('items').put({
              batchId: current.result,
              id: 'broken',
              order: 2,
              version: 1,
              fileName: '损坏.docx',
              state: '待审',
              item: 'garbage',
            });
          tx.oncomplete = () => (db.close(), done());
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
  await page.reload();
  await openDesk(page);
  await expect(page.locator('tr.batch-row')).toHaveCount(2);
  await expect(
    page.getByRole('alert').filter({ hasText: '浏览器中保存的1条记录已损坏，没有显示（已另存，未删除）' }),
  ).toContainText('损坏.docx');
});

test('files dropped on the desk’s top bar join the batch (not the single-report import)', async ({ page }) => {
  await page.goto('/');
  await openDesk(page);
  // the desk's own script is in: its listener is there to take the drop
  await expect(page.getByLabel('选择要检查的文件')).toBeAttached();
  const [first, second] = twentyFiles();
  await page.evaluate(
    async ({ files }) => {
      const data = new DataTransfer();
      for (const f of files) data.items.add(new File([new Uint8Array(f.bytes)], f.name));
      const header = document.querySelector('.app-header')!;
      header.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
      header.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    },
    { files: [first, second].map((f) => ({ name: f.name, bytes: [...f.buffer] })) },
  );
  await expect(page.getByText('已检查 2/2，全部完成')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('tr.batch-row')).toHaveCount(2);
  await expect(page.getByRole('dialog', { name: '导入已有报告', exact: true })).toHaveCount(0);
});
