// A clerk fills in the whole Yindu seed report and opens 检查与导出 (shared by the export and print journeys).
import { expect, type Page } from '@playwright/test';
import { readSeedSections, YINDU } from '../test/seed';
import { openStep, pasteSeedTables } from './helpers';

export const AGENCY = '殷都区人民政府办公室';
export const TITLE = `${AGENCY}2024年政府信息公开工作年度报告`;

export async function fillWholeReport(page: Page, agency = AGENCY) {
  const text = readSeedSections(YINDU);
  await page.goto('/');
  await page.getByLabel('机关名称').fill(agency);
  await page.getByLabel('报告年度').fill('2024');
  await page.getByLabel('落款日期（可选）').fill('2025-01-20');
  await openStep(page, /^一、总体情况/);
  await page.getByLabel(/^一、总体情况：开头文字/).fill(text.overview.opening);
  for (const [i, sub] of text.overview.subsections.entries()) {
    await expect(page.getByLabel(`第${i + 1}小节标题`)).toHaveValue(sub.heading);
    await page.getByLabel(`第${i + 1}小节内容`).fill(sub.text);
  }
  await pasteSeedTables(page);
  await openStep(page, /^五、存在的主要问题/);
  await page.getByLabel(/^五、存在的主要问题及改进情况：开头文字/).fill(text.problems.opening);
  await openStep(page, /^六、其他需要报告的事项/);
  await page.getByLabel(/^六、其他需要报告的事项：开头文字/).fill(text.other.opening);
  await openStep(page, /^检查与导出/);
}
