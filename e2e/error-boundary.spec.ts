// A part of the page that fails to show fails alone (src/ui/ErrorBoundary.tsx): the test hook
// `window.__xxgkThrowIn = '<place>'` makes one boundary's content throw while it renders. That part shows its
// one sentence (role alert) with 重试 and the collapsed 技术信息; the header, the step list, the other steps and
// the autosave go on working, and what was typed is still there after a reload.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { cell, openStep, stepButton, waitForSave } from './helpers';

const STEP_FAILED = '这一部分显示时出错，已填写的内容没有丢失。请切换到其他步骤继续，或刷新页面。';
const IMPORT_FAILED = '导入已有报告显示时出错，已填写的内容没有丢失。请关闭后重新导入，或刷新页面。';
const REVIEW_FAILED = '审阅模式显示时出错，已填写的内容和批注没有丢失。请返回填写继续，或刷新页面。';
const BATCH_FAILED = '批量检查显示时出错，已填写的内容没有丢失。请返回填写继续，或刷新页面。';
const RECENT_FAILED = '最近的报告显示时出错，保存的报告没有丢失。请关闭后重新打开，或刷新页面。';
const NATURAL = '一、本年新收政府信息公开申请数量 自然人';
const RULES = '规章 本年制发件数';

const throwIn = (page: Page, place: string | null) =>
  page.evaluate((p) => {
    if (p === null) delete window.__xxgkThrowIn;
    else window.__xxgkThrowIn = p;
  }, place);

/** Errors nobody caught: a boundary catches them, so there must be none. */
function uncaughtErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('a step that fails to show says so in its place; the rest of the app and the autosave keep working', async ({
  page,
}) => {
  const uncaught = uncaughtErrors(page);
  await page.goto('/');
  await page.getByLabel('机关名称').fill('甲镇人民政府');
  await waitForSave(page);

  // 二、主动公开 fails as it shows
  await throwIn(page, 'active');
  await openStep(page, /^二、主动公开/);
  const alert = page.getByRole('alert').filter({ hasText: STEP_FAILED });
  await expect(alert).toBeVisible();
  await expect(alert).toHaveText(STEP_FAILED);
  await expect(cell(page, RULES)).toHaveCount(0);
  await expect(stepButton(page, /^二、主动公开/)).toHaveAttribute('aria-current', 'step');
  // the details for support, collapsed
  const details = page.locator('.error-boundary details');
  await expect(details).not.toHaveAttribute('open');
  await expect(details.locator('pre')).toBeHidden();
  await details.locator('summary', { hasText: '技术信息' }).click();
  await expect(details.locator('pre')).toContainText('__xxgkThrowIn: active');
  await expect(details.locator('pre')).toContainText(/\n\s+at \S+/); // the component stack
  await expectNoAxeViolations(page, 'a step that failed to show');

  // the header works: 审阅模式 and back
  await page.getByRole('button', { name: '审阅模式' }).click();
  await expect(page.getByLabel('报告预览')).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: '返回填写' }).click();
  // the step nav below the failed part works, and other steps show and take input
  await page.getByRole('button', { name: /^下一步：三、收到和处理/ }).click();
  await cell(page, NATURAL).fill('12');
  await cell(page, NATURAL).press('Tab');
  await waitForSave(page);
  await openStep(page, /^检查与导出/);
  await expect(page.getByRole('heading', { name: '检查与导出', level: 2 })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: STEP_FAILED })).toHaveCount(0);

  // back at the failed step: still failing while the hook is set, 重试 included
  await openStep(page, /^二、主动公开/);
  await expect(alert).toBeVisible();
  await page.getByRole('button', { name: '重试' }).click();
  await expect(alert).toBeVisible();
  // the cause gone, 重试 shows the step again
  await throwIn(page, null);
  await page.getByRole('button', { name: '重试' }).click();
  await expect(alert).toHaveCount(0);
  await expect(cell(page, RULES)).toBeVisible();
  await cell(page, RULES).fill('3');
  await cell(page, RULES).press('Tab');
  await waitForSave(page);

  // everything typed before, during and after the failure was saved
  await page.reload();
  await expect(stepButton(page, /^二、主动公开/)).toHaveAttribute('aria-current', 'step'); // the step it was left at
  await expect(cell(page, RULES)).toHaveValue('3');
  await openStep(page, /^基本信息/);
  await expect(page.getByLabel('机关名称')).toHaveValue('甲镇人民政府');
  await openStep(page, /^三、收到和处理/);
  await expect(cell(page, NATURAL)).toHaveValue('12');
  expect(uncaught).toEqual([]);
});

test('the import dialog and 最近的报告 that fail to show say so in the dialog, close, and open again once the cause is gone', async ({
  page,
}) => {
  const uncaught = uncaughtErrors(page);
  await page.goto('/');
  await page.getByLabel('机关名称').fill('乙镇人民政府');
  await waitForSave(page);

  await throwIn(page, 'import');
  await page.getByRole('button', { name: '导入已有报告', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入已有报告', exact: true });
  await expect(dialog.getByRole('alert')).toHaveText(IMPORT_FAILED);
  await expect(dialog.getByRole('button', { name: '识别' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'the import dialog failed to show');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByLabel('机关名称')).toHaveValue('乙镇人民政府');

  // opened again with the cause gone: 重试 is not even needed, the dialog is new
  await page.getByRole('button', { name: '导入已有报告', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(IMPORT_FAILED);
  await throwIn(page, null);
  await dialog.getByRole('button', { name: '重试' }).click();
  await expect(dialog.getByRole('button', { name: '识别' })).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByLabel('机关名称')).toHaveValue('乙镇人民政府');

  // 最近的报告 the same way
  await throwIn(page, 'recent');
  await page.getByRole('button', { name: '最近的报告' }).click();
  const recent = page.getByRole('dialog', { name: '最近的报告' });
  await expect(recent.getByRole('alert')).toHaveText(RECENT_FAILED);
  await recent.getByRole('button', { name: '关闭' }).click();
  await expect(recent).toHaveCount(0);
  await throwIn(page, null);
  await page.getByRole('button', { name: '最近的报告' }).click();
  await expect(recent.getByText('还没有。')).toBeVisible();
  expect(uncaught).toEqual([]);
});

test('审阅模式 and 批量检查 that fail to show say so in their place, and the header leaves them', async ({ page }) => {
  const uncaught = uncaughtErrors(page);
  await page.goto('/');
  await page.getByLabel('机关名称').fill('丙镇人民政府');
  await waitForSave(page);
  const header = page.getByRole('banner');

  await throwIn(page, 'review');
  await header.getByRole('button', { name: '审阅模式' }).click();
  await expect(page.getByRole('alert')).toHaveText(REVIEW_FAILED);
  await expect(page.getByLabel('报告预览')).toHaveCount(0);
  await header.getByRole('button', { name: '返回填写' }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('丙镇人民政府');

  await throwIn(page, 'batch');
  await header.getByRole('button', { name: '批量检查' }).click();
  await expect(page.getByRole('alert')).toHaveText(BATCH_FAILED);
  await page.locator('#main-content').getByRole('button', { name: '返回填写' }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('丙镇人民政府');
  // the cause gone, both show again
  await throwIn(page, null);
  await header.getByRole('button', { name: '批量检查' }).click();
  await expect(page.getByRole('heading', { name: '批量检查' })).toBeVisible();
  await header.getByRole('button', { name: '批量检查' }).click();
  await header.getByRole('button', { name: '审阅模式' }).click();
  await expect(page.getByLabel('报告预览')).toBeVisible();
  expect(uncaught).toEqual([]);
});
