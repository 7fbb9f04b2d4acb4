import { expect, type Page } from '@playwright/test';
import { readSeed, YINDU } from '../test/seed';
import { template2021 } from '../src/template';
import { resolveTemplate, type CellDef } from '../src/template/resolve';

export const seed = readSeed(YINDU);
export const resolved = resolveTemplate(template2021);
export const cellsOf = (table: string) => resolved.cells.filter((c) => c.table === table);
export const enteredCellsOf = (table: string) => cellsOf(table).filter((c) => !c.sumOf);

/** A number cell, found as a screen reader user finds it: by its accessible name. */
export const cell = (page: Page, c: CellDef | string) =>
  page.getByRole('textbox', { name: typeof c === 'string' ? c : c.label, exact: true });

/** Every step of the wizard, as its button in the step list begins. */
export const STEPS = [
  /^基本信息/,
  /^一、总体情况/,
  /^二、主动公开/,
  /^三、收到和处理/,
  /^四、政府信息公开/,
  /^五、存在的主要问题/,
  /^六、其他需要报告的事项/,
  /^检查与导出/,
];

export async function openStep(page: Page, title: RegExp | string) {
  await page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: title }).click();
}

export const stepButton = (page: Page, title: RegExp | string) =>
  page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: title });

/** The seed's figures of one table as the block a clerk copies from Excel: its rows as printed, totals included. */
export function seedBlock(table: string): string {
  const { layout } = resolved.tables.find((t) => t.key === table)!;
  const rows = layout.body
    .map((line) => line.filter((c) => c.path).map((c) => String(seed.all.get(c.path!))))
    .filter((r) => r.length > 0);
  return rows.map((r) => r.join('\t')).join('\r\n') + '\r\n';
}

/** Puts text on the real clipboard and presses Ctrl+V in the focused cell. */
export async function pasteText(page: Page, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

export async function expectTableToShowSeed(page: Page, table: string) {
  for (const c of cellsOf(table)) await expect(cell(page, c), c.label).toHaveValue(String(seed.all.get(c.path)));
}

/** Fills the three tables with the seed's figures, as a clerk copying them from Excel would: one paste each. */
export async function pasteSeedTables(page: Page) {
  await pasteTables(page, seedBlock);
}

/**
 * One paste per table, each from the table's first entered cell (`activeFirst`: table 二's, which the 2019 edition
 * names otherwise): `blockOf` gives the TSV block of a table.
 */
export async function pasteTables(
  page: Page,
  blockOf: (table: 'active' | 'requests' | 'appeals') => string,
  activeFirst = '规章 本年制发件数',
) {
  for (const [step, table, first] of [
    [/^二、主动公开/, 'active', activeFirst],
    [/^三、收到和处理/, 'requests', '一、本年新收政府信息公开申请数量 自然人'],
    [/^四、政府信息公开/, 'appeals', '行政复议 结果维持'],
  ] as const) {
    await openStep(page, step);
    await cell(page, first).click();
    await pasteText(page, blockOf(table));
  }
}

/** Waits until the last change is in the browser's storage (the save state the clerk sees). */
export async function waitForSave(page: Page) {
  // The save indicator follows an edit after the frame is painted (ui/afterPaint.ts): until then it may still
  // say 已自动保存 of the save before. Let that frame and its task pass, then wait for the save of this edit.
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  await expect(page.getByRole('status').filter({ hasText: '已自动保存' })).toBeVisible();
}
