// At 200% zoom (a 640 CSS-pixel-wide window) no step or view scrolls the whole page sideways; a wide
// table scrolls inside its own box, which the keyboard can reach and which says what it holds.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { writeDraft } from '../src/draft/write';
import { distinctReport } from '../test/batchReports';
import { openStep, STEPS } from './helpers';

test.use({ viewport: { width: 640, height: 720 } });

/** The page does not scroll sideways; a failure names the elements that stick out past the window's right edge. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
    const root = document.scrollingElement!;
    const wide = Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(0, 8)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
  expect(scrollWidth, `${where}: the page scrolls sideways; sticking out:\n${wide.join('\n')}`).toBeLessThanOrEqual(
    clientWidth,
  );
}

/** A box that scrolls sideways is reachable by keyboard and named (axe's scrollable-region-focusable, and a name). */
async function expectScrollingBoxesReachable(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withRules(['scrollable-region-focusable']).analyze();
  expect(
    results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))),
    where,
  ).toEqual([]);
  const unnamed = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('*'))
      .filter(
        (el) =>
          el.scrollWidth > el.clientWidth + 1 &&
          ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) &&
          el !== document.scrollingElement,
      )
      .filter((el) => el.tabIndex < 0 || !(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );
  expect(unnamed, `${where}: boxes scrolling sideways without a tab stop and a name`).toEqual([]);
}

async function check(page: Page, where: string) {
  await expectNoSidewaysScroll(page, where);
  await expectScrollingBoxesReachable(page, where);
}

test('at 640 CSS pixels no step scrolls the page sideways; wide tables scroll in their own named box', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: '打开示例', exact: true }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('示例镇人民政府');
  for (const step of STEPS) {
    await openStep(page, step);
    await check(page, step.source);
  }
  // 表三 is wider than the window: it scrolls in its box, not the page
  await openStep(page, /^三、收到和处理/);
  const box = page.getByRole('region', { name: /^表格：三、收到和处理政府信息公开申请情况/ });
  await expect(box).toBeVisible();
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});

test('at 640 CSS pixels 审阅模式, 批量检查 and 导入已有报告 do not scroll the page sideways', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: '打开示例', exact: true }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('示例镇人民政府');
  await page.getByRole('button', { name: '审阅模式' }).click();
  await expect(page.getByLabel('报告预览')).toBeVisible();
  await check(page, '审阅模式');
  await page.getByRole('button', { name: '返回填写' }).first().click();

  await page.getByRole('button', { name: '导入已有报告', exact: true }).click();
  await check(page, '导入已有报告');
  await page.getByRole('button', { name: '取消' }).click();

  await page.getByRole('button', { name: '批量检查' }).click();
  const files = [1, 2, 3].map((i) => ({
    name: `d${i}.nianbao.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(writeDraft(distinctReport(`示例县第${i}单位`, 2024, i), new Date('2025-01-25T08:00:00Z'))),
  }));
  await page.getByLabel('选择要检查的文件').setInputFiles(files);
  await expect(page.getByText('已检查 3/3，全部完成')).toBeVisible();
  await check(page, '批量检查');
});
