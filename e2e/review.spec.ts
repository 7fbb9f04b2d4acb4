// A clerk sends a draft to the county reviewer, who comments and sends it back; the clerk answers.
import { expect, test, type Page } from '@playwright/test';
import { cell, openStep, pasteSeedTables } from './helpers';

async function saveDraft(page: Page, path: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存草稿' }).first().click();
  await (await download).saveAs(path);
}

async function openDraft(page: Page, path: string) {
  await page.getByRole('button', { name: '打开草稿', exact: true }).click();
  await page.getByLabel('选择草稿文件').setInputFiles(path);
  await expect(page.getByRole('status').filter({ hasText: '已打开草稿' })).toBeVisible();
}

test('clerk → reviewer → clerk: comments on a cell and a section travel in the draft; the clerk resolves one and exports', async ({
  browser,
}, testInfo) => {
  // The clerk fills in the report and saves a draft.
  const clerkContext = await browser.newContext();
  const clerk = await clerkContext.newPage();
  await clerk.goto('/');
  await clerk.getByLabel('机关名称').fill('铜冶镇人民政府');
  await clerk.getByLabel('报告年度').fill('2024');
  await pasteSeedTables(clerk);
  await openStep(clerk, /^五、存在的主要问题/);
  await clerk.getByLabel(/^五、存在的主要问题及改进情况：开头文字/).fill('个别内容不够规范。');
  const draft1 = testInfo.outputPath('draft-1.nianbao.json');
  await saveDraft(clerk, draft1);

  // The reviewer, in another browser, opens it in review mode.
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await reviewer.goto('/');
  await openDraft(reviewer, draft1);
  await reviewer.getByRole('button', { name: '审阅模式' }).click();
  const preview = reviewer.getByLabel('报告预览');
  await expect(preview.getByRole('heading', { name: /铜冶镇人民政府2024年政府信息公开工作年度报告/ })).toBeVisible();
  await expect(reviewer.getByLabel('机关名称')).toHaveCount(0); // read-only: no fields
  const findings = reviewer.getByRole('region', { name: '检查发现的问题' });
  await expect(findings).toContainText('六、其他需要报告的事项尚未填写');

  // a remark on a cell: the signature is asked once
  await preview.getByRole('button', { name: /^批注：一、本年新收政府信息公开申请数量 自然人/ }).click();
  await reviewer.getByLabel(/您的署名/).fill('区政务公开办');
  await reviewer.getByRole('button', { name: '确定' }).click();
  await reviewer.getByLabel('批注内容').fill('自然人申请数与台账不一致，请核对');
  await reviewer.getByRole('button', { name: '添加批注', exact: true }).click();
  // a remark on a section, signed with the remembered name
  await preview.getByRole('button', { name: /^批注：五、存在的主要问题及改进情况/ }).click();
  await expect(reviewer.getByRole('region', { name: '新批注' }).getByText('署名：区政务公开办')).toBeVisible();
  await reviewer.getByLabel('批注内容').fill('请写明上一年度问题的整改情况');
  await reviewer.getByRole('button', { name: '添加批注', exact: true }).click();
  const all = reviewer.getByRole('region', { name: '全部批注' });
  await expect(all).toContainText('（2条待处理，共2条）');
  await expect(
    preview.getByRole('button', { name: /^批注：一、本年新收政府信息公开申请数量 自然人.*（已有1条）/ }),
  ).toBeVisible();
  const draft2 = testInfo.outputPath('draft-2.nianbao.json');
  await saveDraft(reviewer, draft2);

  // The clerk opens the returned draft and finds each remark where it belongs.
  clerk.once('dialog', (d) => d.accept());
  await openDraft(clerk, draft2);
  await openStep(clerk, /^三、收到和处理/);
  const onTable = clerk.getByRole('region', { name: '审阅批注' });
  await expect(onTable).toContainText('一、本年新收政府信息公开申请数量 自然人');
  await expect(onTable).toContainText('自然人申请数与台账不一致，请核对');
  await expect(onTable).toContainText('区政务公开办');
  await expect(onTable).not.toContainText('请写明上一年度问题的整改情况');
  const natural = cell(clerk, '一、本年新收政府信息公开申请数量 自然人');
  await expect(natural).toHaveAccessibleDescription(/有1条审阅批注/);
  // the clerk answers (signing once, too) and resolves it
  await onTable.getByLabel(/您的署名/).fill('铜冶镇党政办');
  await onTable.getByRole('button', { name: '确定' }).click();
  await onTable.getByLabel('回复').fill('已与台账核对，数字无误');
  await onTable.getByRole('button', { name: '回复', exact: true }).click();
  await expect(onTable).toContainText('已与台账核对，数字无误');
  await onTable.getByRole('button', { name: '标记为已解决', exact: true }).click();
  await expect(onTable).toContainText('已解决');
  await expect(natural).not.toHaveAccessibleDescription(/审阅批注/);
  // the section remark is on its own step, and stays open
  await openStep(clerk, /^五、存在的主要问题/);
  const onSection = clerk.getByRole('region', { name: '审阅批注' });
  await expect(onSection).toContainText('请写明上一年度问题的整改情况');
  await expect(onSection).toContainText('（1条待处理，共1条）');
  // and exports
  await openStep(clerk, /^检查与导出/);
  const exported = clerk.waitForEvent('download');
  await clerk.getByRole('button', { name: /导出.*DOCX/ }).click();
  expect((await exported).suggestedFilename()).toMatch(/^铜冶镇人民政府2024年政府信息公开工作年度报告/);

  // The replies and the resolution travel back too.
  const draft3 = testInfo.outputPath('draft-3.nianbao.json');
  await saveDraft(clerk, draft3);
  const saved = JSON.parse((await import('node:fs')).readFileSync(draft3, 'utf8'));
  expect(
    saved.comments.map((c: { text: string; resolved: boolean; replyTo?: string }) => [
      c.text,
      c.resolved,
      Boolean(c.replyTo),
    ]),
  ).toEqual([
    ['自然人申请数与台账不一致，请核对', true, false],
    ['请写明上一年度问题的整改情况', false, false],
    ['已与台账核对，数字无误', false, true],
  ]);
  await clerkContext.close();
  await reviewerContext.close();
});

test('remarks with odd targets, dates and replies from a hand-edited file show as 总体意见, never lost or garbled', async ({
  page,
}, testInfo) => {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const draft = JSON.parse(readFileSync(new URL('../src/draft/fixtures/v1.nianbao.json', import.meta.url), 'utf8'));
  const remark = (id: string, target: string, at: string, text: string, replyTo?: string) => ({
    id,
    target,
    author: '区政务公开办',
    at,
    text,
    resolved: false,
    ...(replyTo ? { replyTo } : {}),
  });
  draft.meta.agency = '殷都区人民政府\u0000办公室\uFFFF';
  draft.comments.push(
    remark('x1', 'sections.overview.abc', '2025-01-10T01:30:00.000Z', '批注甲：目标不存在'),
    remark('x2', 'tables.constructor.x.y', 'not a date', '批注乙：日期有误'),
    remark('x3', 'sections.problems', '2025-01-10T01:30:00.000Z', '批注丙：回复自己', 'x3'),
    remark('x4', 'sections.problems', '2025-01-10T01:30:00.000Z', '批注丁：回复不存在的批注', 'nowhere'),
  );
  const path = testInfo.outputPath('odd.nianbao.json');
  writeFileSync(path, JSON.stringify(draft));

  await page.goto('/');
  await page.getByRole('button', { name: '打开草稿', exact: true }).click();
  await page.getByLabel('选择草稿文件').setInputFiles(path);
  await expect(page.getByRole('status').filter({ hasText: '已打开草稿' })).toContainText(
    '已删除2个无法写入文档的控制字符',
  );

  // in the wizard: the general remarks on 基本信息, the broken replies at their own target
  await openStep(page, /^基本信息/);
  const general = page.getByRole('region', { name: '审阅批注' });
  await expect(general).toContainText('批注甲：目标不存在');
  await expect(general).toContainText('批注乙：日期有误');
  await expect(general.getByRole('link', { name: '总体意见' })).toHaveCount(2);
  await expect(general).toContainText('（时间不详）');
  await openStep(page, /^五、存在的主要问题/);
  const onSection = page.getByRole('region', { name: '审阅批注' });
  await expect(onSection).toContainText('批注丙：回复自己');
  await expect(onSection).toContainText('批注丁：回复不存在的批注');

  // in review mode: every remark, named, none garbled
  await page.getByRole('button', { name: '审阅模式' }).click();
  const all = page.getByRole('region', { name: '全部批注' });
  for (const text of ['批注甲', '批注乙', '批注丙', '批注丁']) await expect(all).toContainText(text);
  await expect(all.getByRole('link', { name: '总体意见' })).toHaveCount(2);
  for (const region of [all, page.locator('.review')]) {
    await expect(region).not.toContainText('undefined');
    await expect(region).not.toContainText('Invalid Date');
    await expect(region).not.toContainText('NaN');
  }
});
