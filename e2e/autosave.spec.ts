// Autosave when things go wrong: a full storage, a save that no longer reads, a save that would not read back.
// Whatever happens, nothing already saved is lost and the clerk is told at once what to do.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { emptyReport } from '../src/report/empty';
import { BACKUP_PREFIX, SESSION_KEY } from '../src/storage/autosave';
import { template2021 } from '../src/template';
import { waitForSave } from './helpers';

/** Fills the browser's storage to the last character, as years of other sites' data or a small quota would. */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    let size = 1 << 20;
    let i = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`fill-${i++}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
}

const emptyStorage = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('fill-'))
      .forEach((k) => localStorage.removeItem(k)),
  );
const storedItem = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const saveFailed = (page: Page) => page.getByRole('alert').filter({ hasText: '保存失败' });

test('under a full storage the clerk is told at once, can save a draft, and nothing already saved is lost', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('机关名称').fill('甲镇人民政府');
  await waitForSave(page);
  await fillStorage(page);

  await page.getByLabel('机关名称').press('End');
  await page.keyboard.type('办公室信息公开科'); // Chromium lets a value grow by a character or two past the quota
  await expect(saveFailed(page)).toContainText('浏览器的存储空间已满', { timeout: 1500 });
  const download = page.waitForEvent('download');
  await saveFailed(page).getByRole('button', { name: '保存草稿' }).click();
  const draft = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(draft.meta.agency).toBe('甲镇人民政府办公室信息公开科');

  // the last save that landed is whole: a second tab reads it
  const again = await context.newPage();
  await again.goto('/');
  await expect(again.getByLabel('机关名称')).toHaveValue('甲镇人民政府');
});

test('with a broken save and a full storage, typing does not overwrite the broken save', async ({ page }) => {
  // larger than a report: writing the report over it would fit even in a full storage
  const broken = `{"report": {"meta": {"agency": "乙镇${' '.repeat(30_000)}`;
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SESSION_KEY, broken]);
  await fillStorage(page);
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: '已损坏' })).toContainText('不会被覆盖');

  await page.getByLabel('机关名称').fill('新写的');
  await expect(saveFailed(page)).toBeVisible();
  expect(await storedItem(page, SESSION_KEY)).toBe(broken);

  // room again: the broken save goes aside first, then the report is saved over it
  await emptyStorage(page);
  await page.getByLabel('机关名称').fill('新写的镇');
  await waitForSave(page);
  const backups = await page.evaluate(
    (prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)),
    BACKUP_PREFIX,
  );
  expect(backups).toHaveLength(1);
  expect(await storedItem(page, backups[0])).toBe(broken);
  // and it is offered: a set-aside save that is not even JSON can be downloaded whole
  await page.getByRole('button', { name: '最近的报告' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('region', { name: '无法读取的自动保存' }).getByRole('button', { name: '下载原内容' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toBe(broken);
});

test('a save with one bad field comes back with everything else, names the field, and its raw copy can be restored', async ({
  page,
}) => {
  const report = emptyReport(template2021, 2025);
  report.meta.agency = '丙镇人民政府';
  report.sections.overview.subsections[1].heading = '长'.repeat(201);
  report.tables.requests.new.natural = 21;
  const raw = JSON.stringify({
    version: 1,
    savedAt: '2026-01-05T08:00:00.000Z',
    tabId: 't',
    revision: 't:1',
    step: 'meta',
    report,
  });
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SESSION_KEY, raw]);
  await page.reload();

  await expect(page.getByRole('alert')).toContainText(
    '上次自动保存的内容有1处无法读取，其余内容已恢复。未恢复的：sections.overview.subsections.1.heading（原为 "长',
  );
  await expect(page.getByLabel('机关名称')).toHaveValue('丙镇人民政府');
  await page
    .getByRole('navigation', { name: '填写步骤' })
    .getByRole('button', { name: /^三、收到和处理/ })
    .click();
  await expect(page.getByRole('textbox', { name: '一、本年新收政府信息公开申请数量 自然人', exact: true })).toHaveValue(
    '21',
  );

  await page.getByRole('button', { name: '最近的报告' }).click();
  const aside = page.getByRole('region', { name: '无法读取的自动保存' });
  await expect(aside).toContainText('保留最近3份，最长90天');
  const download = page.waitForEvent('download');
  await aside.getByRole('button', { name: '下载原内容' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toBe(raw);

  page.once('dialog', (d) => d.accept());
  await aside.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已恢复自动保存的内容' })).toContainText(
    'sections.overview.subsections.1.heading',
  );
});

test('a report that would not read back is never saved: the good save stays and the next load is not blank', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('机关名称').fill('丁镇人民政府');
  await waitForSave(page);
  await page
    .getByRole('navigation', { name: '填写步骤' })
    .getByRole('button', { name: /^一、总体情况/ })
    .click();
  const heading = page.getByLabel('第2小节标题');
  await heading.fill('段'.repeat(201)); // a paragraph pasted into a heading box
  // The box refuses it and keeps it visible to be cut; the report keeps the last valid heading, so the save
  // goes on and is never broken (the save path's own read-back is held by src/storage/roundtrip.test.ts).
  await expect(page.getByText('最多200字，现有201字')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: '未自动保存' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: '无法读取' })).toHaveCount(0);
  await page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: '基本信息' }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('丁镇人民政府');
  await page
    .getByRole('navigation', { name: '填写步骤' })
    .getByRole('button', { name: /^一、总体情况/ })
    .click();
  await expect(page.getByLabel('第2小节标题')).not.toHaveValue('段'.repeat(201));
});
