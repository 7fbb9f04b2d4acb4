// The exported web page (导出网页) for a reader with a screen reader: axe-core's WCAG 2.1 A/AA rules find no
// critical, serious or moderate violation on it, on a desktop and on a phone (where the wide tables scroll),
// and the browser associates a figure with the header cells the page names for it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openStep, pasteSeedTables } from './helpers';

const BLOCKING = ['critical', 'serious', 'moderate'];

async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((v) => BLOCKING.includes(v.impact ?? ''))
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.length} × ${v.nodes[0]?.html.slice(0, 120)}`);
}

test("导出网页: the saved page passes axe (WCAG 2.1 AA) on a desktop and a phone, and names each figure's headers", async ({
  page,
  browser,
}, testInfo) => {
  await page.goto('/');
  await page.getByLabel('机关名称').fill('示例镇人民政府');
  await page.getByLabel('报告年度').fill('2025');
  await pasteSeedTables(page);
  await openStep(page, /检查/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出网页' }).click();
  const path = testInfo.outputPath('report.html');
  await (await download).saveAs(path);

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 700 },
  ]) {
    // axe needs a page of its own context
    const context = await browser.newContext({ viewport });
    const reader = await context.newPage();
    await reader.goto(`file://${path}`);
    expect(await axeProblems(reader), `${viewport.width} px wide`).toEqual([]);
    await context.close();
  }

  const reader = await browser.newPage();
  await reader.goto(`file://${path}`);
  // a figure of table 三: the browser resolves its headers attribute to the header cells' texts
  const named = await reader.evaluate(() => {
    const td = [...document.querySelectorAll('table')[1].querySelectorAll('td')][0];
    return td
      .getAttribute('headers')!
      .split(' ')
      .map((id) => document.getElementById(id)!.textContent);
  });
  expect(named).toEqual(['申请人情况', '自然人', '一、本年新收政府信息公开申请数量']);
  await reader.close();
});
