// A broken published report read on the desk (洪泽区 2023: 表四 行政复议 总计 printed 0 against parts of 10 + 1)
// opened in 审阅模式: the printed figure is marked at its cell beside the computed one, and the findings listed
// there are the desk's own for that report.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const HONGZE_2023 = 'test/corpus/real/hongze-district-2023.pdf';
const MESSAGE = '行政复议 总计：报告中为0，各项相加为11';

test('审阅 from the desk marks a printed total that disagrees at its cell and lists the desk’s findings', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: '批量检查' }).click();
  await page
    .getByLabel('选择要检查的文件')
    .setInputFiles({ name: 'hzq2023.pdf', mimeType: 'application/pdf', buffer: readFileSync(HONGZE_2023) });
  const row = page.locator('tr.batch-row').filter({ hasText: 'hzq2023.pdf' });
  await expect(row).toBeVisible({ timeout: 30_000 });

  await row.getByRole('button', { name: '审阅', exact: true }).click();
  const findings = page.getByRole('region', { name: '检查发现的问题' }).or(page.locator('section.review-findings'));
  await expect(findings.getByRole('heading')).toHaveText(/^检查发现的问题（\d+）$/);
  await expect(findings).toContainText(MESSAGE);
  // the cell shows the computed 11 and, beside it, what the report printed
  const pick = page.locator('[id="review-tables.appeals.adminReview.total"]');
  await expect(pick).toContainText('11');
  await expect(pick.locator('.review-printed')).toHaveText('报告中为0');
  await expect(pick).toHaveAccessibleName(new RegExp(`报告中为0，各项相加为11`));
  await expect(pick).toHaveClass(/flagged/);
  // the finding's link goes to that cell
  await findings.getByRole('link', { name: MESSAGE }).click();
  await expect(pick).toBeFocused();
});
