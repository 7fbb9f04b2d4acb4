// Keyboard-only helpers: move the focus with keys alone, and check at each stop that the clerk can see where it is.
import { expect, type Locator, type Page } from '@playwright/test';

/** The focused element shows a focus indicator: an outline or a box-shadow (the browser's or the app's). */
export async function expectVisibleFocus(page: Page) {
  const focus = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', visible: false };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    const shadow = s.boxShadow !== 'none';
    return {
      what: `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').slice(0, 30)}”`,
      visible: outline || shadow,
    };
  });
  expect(focus.visible, `no visible focus indicator on ${focus.what}`).toBe(true);
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses `key` (Tab by default) until `target` has the focus, checking the focus indicator at every stop. */
export async function pressUntilFocused(page: Page, target: Locator, key = 'Tab', max = 200) {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
    await expectVisibleFocus(page);
  }
  throw new Error(`${String(target)} not reached with ${max} presses of ${key}`);
}

export async function expectFocused(target: Locator) {
  expect(await isFocused(target), `${String(target)} has the focus`).toBe(true);
}
