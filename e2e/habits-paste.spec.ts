// Paste that finds its rows: a table copied with its labels, caption and header rows (Word, a web page).
import { expect, test, type Page } from '@playwright/test';
import { layoutDocument } from '../src/document/blocks';
import { renderHtmlFragment } from '../src/export/html';
import { template2021 } from '../src/template';
import type { TableSection } from '../src/template/types';
import { cell, cellsOf, expectTableToShowSeed, openStep, seed } from './helpers';

/** Puts HTML and its plain text on the real clipboard, as Word and browsers do, and presses Ctrl+V. */
async function pasteRich(page: Page, html: string, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(
    ([h, t]) =>
      navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([h], { type: 'text/html' }),
          'text/plain': new Blob([t], { type: 'text/plain' }),
        }),
      ]),
    [html, text],
  );
  await page.keyboard.press('Control+V');
}

/** Table 二 as Word copies it: a caption row per block (第二十条第（一）项), its header row, then label + figures. */
function wordTable二(): { html: string; text: string } {
  const def = (template2021.sections.find((s) => s.key === 'active') as TableSection).table;
  if (def.kind !== 'blocks') throw new Error('table 二 is in blocks');
  const rows: string[][] = [];
  for (const block of def.blocks) {
    rows.push([block.caption]);
    rows.push(['信息内容', ...block.columns.map((c) => c.label)]);
    for (const row of block.rows)
      rows.push([
        row.label,
        ...cellsOf('active')
          .filter((c) => c.row === row.key)
          .map((c) => String(seed.all.get(c.path))),
      ]);
  }
  const html = `<table>${rows.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join('')}</tr>`).join('')}</table>`;
  return { html, text: rows.map((r) => r.join('\t')).join('\r\n') + '\r\n' };
}

test('a Word-style table with caption and header rows, pasted, lands every value in its row and says which rows', async ({
  page,
}) => {
  await page.goto('/');
  await openStep(page, /^二、主动公开/);
  await cell(page, '规章 本年制发件数').click();
  const { html, text } = wordTable二();
  await pasteRich(page, html, text);
  const outcome = page.getByRole('status').filter({ hasText: '按行名粘贴' });
  await expect(outcome).toContainText(
    '6行已填入（规章、行政规范性文件、行政许可、行政处罚、行政强制、行政事业性收费）',
  );
  await expectTableToShowSeed(page, 'active');
  // one step, like any paste
  await expect(page.getByRole('button', { name: /^撤销/ })).toHaveText(/^撤销：按行名粘贴\d+个数值$/);
});

test('the web version of table 三 pasted back into an empty table 三 fills it as it was; an unknown label is named', async ({
  page,
}) => {
  const fragment = renderHtmlFragment(layoutDocument(template2021, seed.report));
  const table三 = /<table[\s\S]*?<\/table>/g;
  const html = [...fragment.matchAll(table三)][1][0];
  await page.goto('/');
  await openStep(page, /^三、收到和处理/);
  await cell(page, '一、本年新收政府信息公开申请数量 自然人').click();
  await pasteRich(page, html, '三、收到和处理政府信息公开申请情况\t自然人\n一、本年新收政府信息公开申请数量\t1\n');
  await expect(page.getByRole('status').filter({ hasText: '按行名粘贴' })).toContainText('行已填入');
  await expectTableToShowSeed(page, 'requests');

  await cell(page, '一、本年新收政府信息公开申请数量 自然人').click();
  await pasteRich(page, '', '行政许可\t1\t2\t3\t4\t5\t6\t21\n二、上年结转政府信息公开申请数量\t9\t0\t0\t0\t0\t0\t9\n');
  const outcome = page.getByRole('status').filter({ hasText: '按行名粘贴' });
  await expect(outcome).toContainText('1行已填入（二、上年结转政府信息公开申请数量）');
  await expect(outcome).toContainText('行政许可');
  await expect(cell(page, '二、上年结转政府信息公开申请数量 自然人')).toHaveValue('9');
});
