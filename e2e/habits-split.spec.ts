// Paste a section: last year's section 一, copied whole with its （一）…（五） headings, pasted with the real clipboard
// into the section's first box, is offered as subsections and split on `拆分`, in one undo step.
import { expect, test, type Page } from '@playwright/test';
import { seedSectionOne } from '../test/seedSections';
import { openStep, pasteText } from './helpers';

const opening = (page: Page) => page.getByLabel(/^一、总体情况：开头文字/);
const heading = (page: Page, n: number) => page.getByLabel(`第${n}小节标题`, { exact: true });
const HEADINGS = ['政府信息管理', '主动公开办理情况', '依申请公开办理情况', '政府信息公开平台建设', '监督保障'];

test('a pasted section with its own headings is offered as subsections; 拆分 makes them, Ctrl+Z undoes it', async ({
  page,
}) => {
  await page.goto('/');
  await openStep(page, /^一、总体情况/);
  await opening(page).click();
  await pasteText(page, seedSectionOne('2024-yindu-tongye-town.txt'));
  const offer = page.getByRole('group', { name: '拆分为小节' });
  await expect(offer.getByRole('status')).toHaveText('检测到5个小节标题，是否拆分为小节？');
  await offer.getByRole('button', { name: '拆分' }).click();
  await expect(offer).toHaveCount(0);
  // the template's five suggested (empty) subsections gave way to the pasted five
  for (const [i, h] of HEADINGS.entries()) await expect(heading(page, i + 1)).toHaveValue(h);
  await expect(heading(page, 6)).toHaveCount(0);
  await expect(page.getByLabel('第2小节内容')).toHaveValue(/^铜冶镇严格遵循《条例》规定/);
  await expect(page.getByLabel('第1小节：标题单独成行')).toBeChecked();
  await expect(opening(page)).toHaveValue('');
  await expect(page.getByRole('button', { name: /^撤销/ })).toHaveText('撤销：拆分为5个小节');
  await page.keyboard.press('Control+Z');
  await expect(opening(page)).toHaveValue(/（一）政府信息管理\n铜冶镇严格落实/);
  await expect(heading(page, 1)).not.toHaveValue('政府信息管理');
  await expect(page.getByLabel('第1小节内容')).toHaveValue('');
});

test('保持原样 leaves the pasted text in the opening, and a paste without headings offers nothing', async ({
  page,
}) => {
  await page.goto('/');
  await openStep(page, /^一、总体情况/);
  await opening(page).click();
  await pasteText(page, seedSectionOne('2024-tieli-town.txt'));
  const offer = page.getByRole('group', { name: '拆分为小节' });
  await expect(offer.getByRole('status')).toHaveText('检测到3个小节标题，是否拆分为小节？');
  await offer.getByRole('button', { name: '保持原样' }).click();
  await expect(offer).toHaveCount(0);
  await expect(opening(page)).toHaveValue(/^\s*一是加强领导/);
  // a sentence pasted after it asks nothing more: the offer looks at what is pasted
  await opening(page).click();
  await page.keyboard.press('Control+End');
  await pasteText(page, '全年工作总体平稳。');
  await expect(opening(page)).toHaveValue(/四是积极畅通渠道[^]*全年工作总体平稳。$/);
  await page.waitForTimeout(300); // an offer, were there one, would follow the paste at once
  await expect(offer).toHaveCount(0);
});
