// The forms on react-hook-form, as a clerk and a reviewer use them: the schema's message at the field, the
// reviewer's name asked once and kept, a remark and a reply saved through the forms and there after a reload.
import { expect, test } from '@playwright/test';
import { waitForSave } from './helpers';

test('an agency name past 200 characters gets the schema’s message at the field; the stored name is the last that fitted', async ({
  page,
}) => {
  await page.goto('/');
  const agency = page.getByLabel('机关名称');
  await agency.click();
  await page.keyboard.insertText('镇'.repeat(199));
  await page.keyboard.type('府');
  await expect(page.locator('[id="meta.agency-count"]')).toHaveText('200/200字');
  await page.keyboard.type('办');
  const error = page.getByRole('alert').filter({ hasText: '最多200字' });
  await expect(error).toHaveText('最多200字，现有201字：超出的内容没有保存，请删减1字（可剪切后粘贴到别处）');
  await expect(agency).toHaveAttribute('aria-invalid', 'true');
  await expect(agency).toHaveAccessibleDescription(/最多200字，现有201字/);
  await expect(agency).toHaveValue(`${'镇'.repeat(199)}府办`); // kept visible, to be cut
  await page.keyboard.press('Backspace');
  await expect(error).toHaveCount(0);
  await waitForSave(page);
  await page.reload();
  await expect(page.getByLabel('机关名称')).toHaveValue(`${'镇'.repeat(199)}府`);
});

test('a year the schema refuses says why at the field, and the stored year stays', async ({ page }) => {
  await page.goto('/');
  const year = page.getByLabel('报告年度');
  await year.fill('2024');
  await year.fill('');
  await year.pressSequentially('20');
  await expect(page.locator('[id="meta.year-hint"]')).toHaveText('请输入四位年份，例如 2025');
  await page.getByLabel('机关名称').click();
  await expect(page.locator('[id="meta.year-hint"]')).toHaveText('请输入四位年份，例如 2025（未保存，仍为2024）');
  await expect(year).toHaveValue('2024');
});

test('the reviewer’s name is asked once and kept; a remark and a reply saved through the forms survive a reload', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('机关名称').fill('示例镇人民政府');
  await page.getByRole('button', { name: '审阅模式' }).click();
  const preview = page.getByLabel('报告预览');
  await preview.getByRole('button', { name: /^批注：一、本年新收政府信息公开申请数量 自然人/ }).click();
  const name = page.getByLabel(/您的署名/);
  // a blank name is refused with the schema's message
  await name.click();
  await page.keyboard.type(' ');
  await page.getByRole('button', { name: '确定' }).click();
  await expect(name).toHaveAccessibleDescription(/请填写署名/);
  await name.fill('');
  await name.pressSequentially('县政务公开办 李四');
  await page.getByRole('button', { name: '确定' }).click();
  const text = page.getByLabel('批注内容');
  await text.click();
  await page.keyboard.type('请核对自然人申请数');
  await page.getByRole('button', { name: '添加批注', exact: true }).click();
  const all = page.getByRole('region', { name: '全部批注' });
  await expect(all).toContainText('请核对自然人申请数');
  await expect(all).toContainText('县政务公开办 李四');
  await expect(text).toHaveValue(''); // the form is ready for the next remark
  await all.getByLabel('回复').click();
  await page.keyboard.type('已核对');
  await all.getByRole('button', { name: '回复', exact: true }).click();
  await expect(all).toContainText('已核对');
  await waitForSave(page);

  await page.reload();
  await expect(page.getByLabel(/您的署名/)).toHaveCount(0);
  await page.getByRole('button', { name: '审阅模式' }).click();
  const again = page.getByRole('region', { name: '全部批注' });
  await expect(again).toContainText('请核对自然人申请数');
  await expect(again).toContainText('已核对');
  await page
    .getByLabel('报告预览')
    .getByRole('button', { name: /^批注：五、存在的主要问题/ })
    .click();
  // asked once: after the reload the form signs with the kept name
  await expect(page.getByLabel(/您的署名/)).toHaveCount(0);
  await expect(page.getByRole('region', { name: '新批注' }).getByText('署名：县政务公开办 李四')).toBeVisible();
});
