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
