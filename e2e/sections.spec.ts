// The narrative steps, the basic information, the check step and starting over.
import { expect, test } from '@playwright/test';
import { cell, openStep, stepButton, waitForSave } from './helpers';

test('一、总体情况: edit, add, reorder and remove subsections, fill the opening texts; all survives a reload', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('报告年度').fill('2024');
  await openStep(page, /^一、总体情况/);
  await expect(page.getByRole('complementary', { name: '格式要求' })).toContainText('（一）主动公开');
  const headings = page.getByLabel(/^第\d+小节标题$/);
  await expect(headings).toHaveCount(5);
  await expect(headings.nth(4)).toHaveValue('监督保障');
  await expect(page.getByRole('group', { name: '第5小节：（五）监督保障' })).toBeVisible();

  await page
    .getByLabel('一、总体情况：开头文字（位于各小节之前，段落之间换行）')
    .fill('一年来，本机关认真贯彻《条例》。');
  await page.getByLabel('第1小节内容').fill('全年发布政府信息1002条。');
  await page.getByLabel('第2小节内容').fill('收到申请21件。');
  await page.getByRole('button', { name: '添加小节', exact: true }).click();
  await expect(page.getByLabel('第6小节标题')).toBeFocused(); // the keyboard goes to the new subsection
  await page.keyboard.type('其他工作');
  await page.getByRole('button', { name: '上移第6小节（（六）其他工作）' }).click();
  await expect(page.getByLabel('第5小节标题')).toHaveValue('其他工作');
  await expect(page.getByLabel('第6小节标题')).toHaveValue('监督保障');
  // the keyboard follows the moved subsection
  await expect(page.getByRole('button', { name: '上移第5小节（（五）其他工作）' })).toBeFocused();
  await page.getByRole('button', { name: '下移第1小节（（一）主动公开）' }).click();
  await expect(page.getByLabel('第2小节内容')).toHaveValue('全年发布政府信息1002条。');

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: '删除第2小节（（二）主动公开）' }).click();
  await expect(headings).toHaveCount(5);
  await expect(page.getByLabel('第1小节内容')).toHaveValue('收到申请21件。');

  await page.getByRole('button', { name: '填入常用开头段落', exact: true }).click();
  const intro = page.getByRole('textbox', { name: /^开头段落/ });
  await expect(intro).toHaveValue(/统计期限自2024年1月1日起至2024年12月31日止/);
  await expect(intro).toHaveValue(/总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况/);
  await expect(stepButton(page, /^一、总体情况/)).toContainText('填写中');

  await waitForSave(page);
  await page.reload();
  await expect(page.getByLabel(/^第\d+小节标题$/)).toHaveCount(5);
  await expect(page.getByLabel('第1小节内容')).toHaveValue('收到申请21件。');
  await expect(page.getByLabel('第4小节标题')).toHaveValue('其他工作');
  await expect(page.getByLabel(/^一、总体情况：开头文字/)).toHaveValue('一年来，本机关认真贯彻《条例》。');
  await expect(page.getByRole('textbox', { name: /^开头段落/ })).toHaveValue(/统计期限自2024年1月1日/);
});

test('五: subsections by keyboard, a heading on its own line, 一是 without heading, typed numbering taken off and said', async ({
  page,
}) => {
  await page.goto('/');
  await openStep(page, /^五、存在的主要问题/);
  await expect(page.getByLabel(/^第\d+小节标题$/)).toHaveCount(0); // 五 starts with none
  await page.getByLabel(/^五、存在的主要问题及改进情况：开头文字/).fill('存在以下不足。');
  const add = page.getByRole('button', { name: '添加小节', exact: true });
  await add.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByLabel('第1小节标题');
  await expect(heading).toBeFocused();
  await page.keyboard.type('（一）完善监督保障');
  await expect(heading).toHaveValue('完善监督保障');
  await expect(heading).toHaveAccessibleDescription(
    /已去掉开头输入的编号“（一）”：编号由本工具按顺序加上，打印为“（一）完善监督保障”/,
  );
  await page.keyboard.press('Tab'); // the note's 知道了, then the choice of layout
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('第1小节：标题单独成行')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('第1小节：标题单独成行')).toBeChecked();
  await page.getByLabel('第1小节内容').fill('严格落实“三审三校”制度。');
  await add.click();
  await page.getByLabel('第2小节内容').fill('一是加强培训。\n二是丰富形式。');

  await openStep(page, /^检查与导出/);
  const numbering = page.getByRole('link', { name: /标题开头输入的编号“（一）”已去掉/ });
  await expect(numbering).toBeVisible();
  await expect(page.getByRole('link', { name: /五、存在的主要问题及改进情况尚未填写/ })).toHaveCount(0);
  const preview = page.getByLabel('报告预览');
  await expect(preview).toContainText('（一）完善监督保障');
  await expect(preview).not.toContainText('（一）（一）');
  await numbering.click();
  await expect(heading).toBeFocused();
  await page.getByRole('button', { name: '知道了（第1小节的编号提示）' }).click();
  await expect(heading).not.toHaveAccessibleDescription(/已去掉/);
  await openStep(page, /^检查与导出/);
  await expect(page.getByRole('link', { name: /已去掉/ })).toHaveCount(0);

  await openStep(page, /^五、存在的主要问题/);
  await page.getByRole('button', { name: '上移第2小节（第2段（无标题））' }).click();
  await expect(page.getByLabel('第1小节内容')).toHaveValue('一是加强培训。\n二是丰富形式。');
  await waitForSave(page);
  await page.reload();
  await expect(page.getByLabel('第2小节：标题单独成行')).toBeChecked();
  await expect(page.getByLabel('第2小节标题')).toHaveValue('完善监督保障');
});

test('基本信息: a year before 2019 is refused with the reason and not stored', async ({ page }) => {
  await page.goto('/');
  const year = page.getByLabel('报告年度');
  await year.fill('2024');
  await expect(page.getByText('2024年度报告使用2021年版格式')).toBeVisible();
  await year.fill('2018');
  await expect(page.getByRole('alert')).toContainText('报告年度不能早于2019年');
  await expect(year).toHaveAttribute('aria-invalid', 'true');
  await year.blur();
  await expect(year).toHaveValue('2024');
  await waitForSave(page);
  await page.reload();
  await expect(page.getByLabel('报告年度')).toHaveValue('2024');
});

test('检查 lists every finding; each is a link to its cell or field', async ({ page }) => {
  await page.goto('/');
  await openStep(page, /^三、收到和处理/);
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').fill('3');
  await cell(page, '（一）予以公开 自然人').fill('5');
  await openStep(page, /^检查/);
  await expect(page.getByRole('status').filter({ hasText: '共有' })).toContainText('共有0个错误');
  const balance = page.getByRole('link', { name: '自然人：一+二≥3，三（七）+四≥5，至少相差2' });
  await expect(balance).toHaveCount(0); // left side incomplete: only the certain breaks are errors
  await expect(page.getByRole('link', { name: '请填写机关名称' })).toBeVisible();
  await openStep(page, /^三、收到和处理/);
  await cell(page, '二、上年结转政府信息公开申请数量 自然人').fill('0');
  await openStep(page, /^检查/);
  await expect(page.getByRole('status').filter({ hasText: '共有' })).toContainText('共有1个错误');
  const link = page.getByRole('link', { name: '自然人：一+二=3，三（七）+四≥5，至少相差2' });
  await link.click();
  await expect(cell(page, '一、本年新收政府信息公开申请数量 自然人')).toBeFocused();
  await openStep(page, /^检查/);
  await page.getByRole('link', { name: '请填写机关名称' }).click();
  await expect(page.getByLabel('机关名称')).toBeFocused();
  await openStep(page, /^检查/);
  await page.getByRole('link', { name: '五、存在的主要问题及改进情况尚未填写' }).click();
  await expect(page.getByLabel(/^五、存在的主要问题及改进情况：开头文字/)).toBeFocused();
});

test('新建报告 asks first; cancelling keeps everything, confirming starts over', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('机关名称').fill('某某镇人民政府');
  page.once('dialog', (d) => d.dismiss());
  await page.getByRole('button', { name: '新建报告', exact: true }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('某某镇人民政府');
  page.once('dialog', (d) => {
    expect(d.message()).toContain('清除当前报告');
    void d.accept();
  });
  await page.getByRole('button', { name: '新建报告', exact: true }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('');
  await waitForSave(page);
  await page.reload();
  await expect(page.getByLabel('机关名称')).toHaveValue('');
});

test('a refused save is shown at once, with 保存草稿 to keep the work', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('quota', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await page.getByLabel('机关名称').fill('某某镇人民政府');
  const alert = page.getByRole('alert').filter({ hasText: '保存失败' });
  await expect(alert).toContainText('浏览器的存储空间已满');
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: '保存草稿' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^某某镇人民政府\d{4}年报草稿\.nianbao\.json$/);
  const text = await (await file.createReadStream()).toArray();
  const draft = JSON.parse(Buffer.concat(text).toString('utf8'));
  expect(draft).toMatchObject({ format: 'xxgk-annual-report', formatVersion: 3, meta: { agency: '某某镇人民政府' } });
});

test('text limits: a paragraph pasted into a heading is refused and kept visible, a counter near the limit, at most 50 subsections; the save always reloads', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('报告年度').fill('2024');
  await openStep(page, /^一、总体情况/);
  const heading = page.getByLabel('第1小节标题');
  const paragraph = '本机关全年主动公开政府信息，'.repeat(15); // 210 characters: meant for the text box
  await heading.fill(paragraph);
  await expect(page.getByRole('alert')).toHaveText(
    '最多200字，现有210字：超出的内容没有保存，请删减10字（可剪切后粘贴到别处）',
  );
  await expect(heading).toHaveValue(paragraph); // nothing vanished
  await expect(heading).toHaveAttribute('aria-invalid', 'true');
  await expect(heading).toHaveAccessibleDescription(/最多200字/);
  // shortened to fit: stored, with the counter
  await heading.fill(paragraph.slice(0, 190));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('190/200字')).toBeVisible();
  await expect(heading).toHaveAccessibleDescription(/190\/200字/);

  // the 51st subsection is refused as a list
  const add = page.getByRole('button', { name: '添加小节', exact: true });
  for (let n = 5; n < 50; n++) await add.click();
  await expect(page.getByLabel(/^第\d+小节标题$/)).toHaveCount(50);
  await expect(page.getByText('已有50条小节，最多50条：不能再添加')).toBeVisible();
  await add.click();
  await expect(page.getByRole('alert')).toHaveText('最多50条小节，已有50条：请合并内容相近的小节');
  await expect(page.getByLabel(/^第\d+小节标题$/)).toHaveCount(50);

  await waitForSave(page);
  await page.reload();
  await expect(page.getByText(/已损坏/)).toHaveCount(0);
  await expect(page.getByLabel('第1小节标题')).toHaveValue(paragraph.slice(0, 190));
  await expect(page.getByLabel(/^第\d+小节标题$/)).toHaveCount(50);
});

test('characters a document cannot hold are removed as they are typed or pasted, and the clerk is told', async ({
  page,
}) => {
  await page.goto('/');
  const agency = page.getByLabel('机关名称');
  await agency.fill('殷都区\u0000人民政府\uFFFF办公室\u0001');
  await expect(agency).toHaveValue('殷都区人民政府办公室');
  await expect(
    page.getByRole('status').filter({ hasText: '已删除3个无法写入文档的控制字符（多来自复制粘贴）' }),
  ).toBeVisible();
  await openStep(page, /^五、存在的主要问题/);
  const problems = page.getByLabel(/^五、存在的主要问题及改进情况：开头文字/);
  await problems.fill('第一段\u000B。\n第二段\t保留。');
  await expect(problems).toHaveValue('第一段。\n第二段\t保留。');
  await expect(page.getByRole('status').filter({ hasText: '已删除1个' })).toBeVisible();
});

test('a report autosaved before format 2 comes back whole in the new structure: 一’s subsections, 五’s text as its opening', async ({
  page,
}) => {
  const report = {
    template: '2021',
    meta: { agency: '甲镇人民政府', year: 2024, date: '' },
    sections: {
      intro: '',
      overview: [
        { heading: '（一）主动公开', text: '全年发布信息。' },
        { heading: '依申请公开', text: '未收到申请。' },
      ],
      problems: '存在的问题。\n改进的措施。',
      other: '未收取信息处理费。',
    },
    tables: {},
    comments: [],
  };
  const raw = JSON.stringify({
    version: 1,
    savedAt: '2026-01-05T08:00:00.000Z',
    tabId: 't',
    revision: 't:1',
    step: 'problems',
    report,
  });
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), ['xxgk-nianbao:current', raw]);
  await page.reload();
  await expect(page.getByText(/无法读取/)).toHaveCount(0); // nothing set aside
  await expect(page.getByLabel(/^五、存在的主要问题及改进情况：开头文字/)).toHaveValue('存在的问题。\n改进的措施。');
  await expect(page.getByLabel(/^第\d+小节标题$/)).toHaveCount(0);
  await openStep(page, /^一、总体情况/);
  await expect(page.getByLabel('第1小节标题')).toHaveValue('主动公开');
  await expect(page.getByLabel('第1小节标题')).toHaveAccessibleDescription(/已去掉开头输入的编号“（一）”/);
  await expect(page.getByLabel('第2小节内容')).toHaveValue('未收到申请。');
  await expect(page.getByLabel('第2小节：标题单独成行')).not.toBeChecked();
});
