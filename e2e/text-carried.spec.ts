// Starting a year from last year's report: each text still last year's keeps 正式 back until it is rewritten or
// kept with 沿用上年内容; the year a text speaks of; a new 一 pasted and split; a row pasted with its label lands in
// its row; the keyboard moves from step to step with Enter on 下一步 alone.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { seedSectionOne } from '../test/seedSections';
import { computeDerived } from '../src/checks/derive';
import { readDraft } from '../src/draft/read';
import { figureParagraphs } from '../src/checks/figureSentences/generate';
import { cell, openStep, pasteTables, pasteText, resolved, stepButton } from './helpers';

const sample = (() => {
  const read = readDraft(readFileSync('public/sample.nianbao.json'));
  if (!read.ok) throw new Error(read.error.message);
  return { report: read.report, derived: computeDerived(resolved, read.report) };
})();

/** One of the sample's tables as the block a clerk copies from Excel: its rows as printed, totals included. */
function sampleBlock(table: string): string {
  const { layout } = resolved.tables.find((t) => t.key === table)!;
  const value = (path: string) => {
    const c = resolved.cellByPath.get(path)!;
    return String(c.sumOf ? sample.derived.get(path) : sample.report.tables[c.table][c.row][c.column]);
  };
  return layout.body
    .map((line) => line.filter((c) => c.path).map((c) => value(c.path!)))
    .filter((r) => r.length > 0)
    .map((r) => r.join('\t'))
    .join('\r\n');
}

/** The 示例 report (2025), then 以上年报告为基础新建: a 2026 report with the sample's texts, its tables filled again. */
async function carrySampleForward(page: Page) {
  page.on('dialog', (d) => void d.accept());
  await page.goto('/');
  await page.getByRole('button', { name: '打开示例', exact: true }).click();
  // the sample comes in its own script and opens at 基本信息: wait for it before going to a step
  await expect(page.getByLabel('机关名称')).toHaveValue('示例镇人民政府');
  await page.getByRole('button', { name: '以上年报告为基础新建' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已以2025年度报告为基础新建2026年度报告' })).toBeVisible();
  await pasteTables(page, sampleBlock);
}

const overviewTexts = (page: Page) =>
  page.getByRole('group', { name: '一、总体情况的小节' }).getByRole('textbox', { name: /^第\d+小节内容/ });

test('carried texts keep 正式 back until each is rewritten or kept with 沿用上年内容; the year in a carried text is a warning', async ({
  page,
}) => {
  await carrySampleForward(page);
  await openStep(page, /^检查与导出/);
  await expect(page.getByText('“一、总体情况”（一）仍是上年内容，未修改')).toBeVisible();
  await expect(page.getByText('“六、其他需要报告的事项”仍是上年内容，未修改')).toBeVisible();
  await expect(page.getByRole('button', { name: '导出草稿（DOCX）' })).toBeVisible();
  await expect(page.getByText('检查通过，可以导出正式文件')).toHaveCount(0);
  await expect(stepButton(page, /^一、总体情况/)).toContainText('填写中');

  // the preface gives last year's period: a warning under it, with both years; rewritten, both go
  await openStep(page, /^一、总体情况/);
  const intro = page.getByLabel(/^开头段落（可选/);
  await expect(page.locator('.field-findings').first()).toContainText('统计期限写的是2025年，本报告是2026年度报告');
  await expect(intro).toHaveAccessibleDescription(/仍是上年内容，未修改[^]*统计期限写的是2025年/);
  const introText = (await intro.inputValue()).replaceAll('2025年', '2026年');
  await intro.fill(introText);
  await expect(intro).toHaveAccessibleDescription(/^(?![^]*统计期限写的是)/);

  // the first subsection rewritten, the others kept on purpose: one click each, one undo step each
  const texts = overviewTexts(page);
  const count = await texts.count();
  await texts.first().fill('2026年，示例镇主动公开政府信息136条。');
  const keep = page.getByRole('button', { name: '沿用上年内容', exact: true });
  await expect(keep).toHaveCount(count - 1);
  await keep.first().click();
  await expect(page.getByRole('button', { name: /^撤销/ })).toHaveText(/^撤销：沿用上年内容/);
  await expect(keep).toHaveCount(count - 2);
  await page.getByRole('button', { name: /^撤销/ }).click();
  await expect(keep).toHaveCount(count - 1);
  while ((await keep.count()) > 0) await keep.first().click();
  await expect(page.getByText('已确认沿用上年内容').first()).toBeVisible();
  for (const step of [/^五、存在的主要问题/, /^六、其他需要报告的事项/]) {
    await openStep(page, step);
    while ((await keep.count()) > 0) await keep.first().click();
  }
  await expect(stepButton(page, /^一、总体情况/)).not.toContainText('填写中');

  await openStep(page, /^检查与导出/);
  await expect(page.getByText(/仍是上年内容，未修改/)).toHaveCount(0);
  await expect(page.getByText('检查通过，可以导出正式文件')).toBeVisible();

  // kept survives a reload (it is in the report, autosaved)
  await page.reload();
  await openStep(page, /^检查与导出/);
  await expect(page.getByText('检查通过，可以导出正式文件')).toBeVisible();
});

test('a new 一 pasted into a carried report and split: exactly its own subsections, last year’s untouched ones gone', async ({
  page,
}) => {
  await carrySampleForward(page);
  await openStep(page, /^一、总体情况/);
  await expect(overviewTexts(page)).toHaveCount(5);
  await page.getByLabel(/^一、总体情况：开头文字/).click();
  await pasteText(page, seedSectionOne('2024-yindu-tongye-town.txt'));
  const offer = page.getByRole('group', { name: '拆分为小节' });
  await offer.getByRole('button', { name: '拆分' }).click();
  await expect(overviewTexts(page)).toHaveCount(5);
  for (const [i, h] of [
    '政府信息管理',
    '主动公开办理情况',
    '依申请公开办理情况',
    '政府信息公开平台建设',
    '监督保障',
  ].entries())
    await expect(page.getByLabel(`第${i + 1}小节标题`, { exact: true })).toHaveValue(h);
  await expect(page.getByRole('button', { name: '沿用上年内容', exact: true })).toHaveCount(1); // the preface alone is still last year's
});

test('a row copied with its label from a Word table, pasted into the wrong cell, lands in its row', async ({
  page,
}) => {
  await page.goto('/');
  await openStep(page, /^三、收到和处理/);
  await cell(page, '（一）予以公开 科研机构').click();
  await pasteText(page, '一、本年新收政府信息公开申请数量\t102\t3\t0\t0\t1\t0\t106\r\n');
  const status = page.getByRole('status').filter({ hasText: '按行名粘贴' });
  await expect(status).toContainText('按行名粘贴：1行已填入（一、本年新收政府信息公开申请数量），共6个数值');
  await expect(status).not.toContainText('没有找到');
  const expected = {
    自然人: '102',
    商业企业: '3',
    科研机构: '0',
    社会公益组织: '0',
    法律服务机构: '1',
    其他: '0',
    总计: '106',
  };
  for (const [column, value] of Object.entries(expected))
    await expect(cell(page, `一、本年新收政府信息公开申请数量 ${column}`), column).toHaveValue(value);
  await expect(cell(page, '（一）予以公开 科研机构')).toHaveValue('');
  await expect(cell(page, '（一）予以公开 商业企业')).toHaveValue('');
});

test('keyboard: Enter on 下一步 alone goes from 基本信息 to 检查与导出, every step once; the focus is on the new step’s heading', async ({
  page,
}) => {
  await page.goto('/');
  const current = () =>
    page.getByRole('navigation', { name: '填写步骤' }).locator('[aria-current="step"] .step-title').textContent();
  const visited = [await current()];
  for (;;) {
    const next = page.getByRole('button', { name: /^下一步/ });
    if ((await next.count()) === 0) break;
    await next.focus();
    await page.keyboard.press('Enter');
    // the focus moves once the new step is drawn (the next frame)
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeFocused();
    visited.push(await current());
    // Enter again on the heading does nothing: no step is skipped
    await page.keyboard.press('Enter');
    expect(await current()).toBe(visited.at(-1));
    // Tab starts inside the new step
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main section.step')))).toBe(true);
  }
  expect(visited).toEqual([
    '基本信息',
    '一、总体情况',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '六、其他需要报告的事项',
    '检查与导出',
  ]);
});

test('按表格生成段落 writes the figure sentences from the tables at the cursor; a table figure changed afterwards is a warning at the text', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: '打开示例', exact: true }).click();
  // the sample comes in its own script and opens at 基本信息: wait for it before going to a step
  await expect(page.getByLabel('机关名称')).toHaveValue('示例镇人民政府');
  await openStep(page, /^一、总体情况/);
  const text = page.getByLabel('第2小节内容');
  await expect(page.getByLabel('第2小节标题', { exact: true })).toHaveValue('依申请公开');
  await text.fill('');
  await page.getByRole('button', { name: '按表格生成段落', exact: true }).nth(1).click();
  const { requests, appeals } = figureParagraphs(sample.report, sample.derived);
  const received = sample.derived.get('tables.requests.new.total')!;
  expect(requests).toContain(`共收到政府信息公开申请${received}件`);
  await expect(text).toHaveValue(requests + appeals);
  await expect(text).toBeFocused();
  await expect(page.getByRole('button', { name: /^撤销/ })).toHaveText('撤销：按表格生成段落');
  // the sentences agree with the tables: no warning at the text (the prose checks are in once the page is idle)
  const findings = page.locator('[id="sections.overview.1.text-findings"]');
  await expect(findings).toBeHidden();

  // a figure of 表三 changed: the sentence now disagrees, and says so under the text, with both figures and a link
  await openStep(page, /^三、收到和处理/);
  const natural = cell(page, '一、本年新收政府信息公开申请数量 自然人');
  await natural.fill(String(Number(await natural.inputValue()) + 1));
  await natural.press('Tab');
  await openStep(page, /^一、总体情况/);
  await expect(findings).toBeVisible();
  await expect(findings).toContainText(
    `“一、总体情况”（二）中写收到申请${received}件，表三“一、本年新收政府信息公开申请数量”总计为${received + 1}件`,
  );
  await expect(text).toHaveAccessibleDescription(new RegExp(`总计为${received + 1}件`));
  await findings.getByRole('link', { name: '到表格中核对' }).first().click();
  await expect(cell(page, '一、本年新收政府信息公开申请数量 总计')).toBeFocused();
});
