// The browser guard (public/browser-guard.js) is plain ES5 for the browser; here its decisions are run in Node.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

interface Verdict {
  title: string;
  browser: string;
  advice: string;
  missing: string[];
}
interface Guard {
  describeBrowser(ua: string): string;
  missingFeatures(w: object): string[];
  verdict(w: object, ua: string): Verdict | null;
}

function loadGuard(): Guard {
  const window: Record<string, unknown> = {};
  runInNewContext(readFileSync(resolve(import.meta.dirname, '../public/browser-guard.js'), 'utf8'), { window });
  return window.XxgkBrowserGuard as Guard;
}

const guard = loadGuard();
/** A window with everything the app needs (Node has it all). */
const modern = globalThis;

const UA = {
  chrome120:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  chrome78:
    'Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.108 Safari/537.36',
  chrome77:
    'Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/77.0.3865.90 Safari/537.36',
  ie11: 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko',
  ie8Compat: 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)',
  qqIeMode: 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0; QQBrowser/10.5.3863.400) like Gecko',
  sogouIeMode: 'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.1; Trident/7.0; SE 2.X MetaSr 1.0)',
  qqOldChromium:
    'Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.25 Safari/537.36 Core/1.70.3722.400 QQBrowser/10.5.3751.400',
};

describe('the browser guard', () => {
  it('lets the app run in a browser with every feature and a kernel at or above Chromium 78', () => {
    expect(guard.missingFeatures(modern)).toEqual([]);
    expect(guard.verdict(modern, UA.chrome120)).toBeNull();
    expect(guard.verdict(modern, UA.chrome78)).toBeNull();
  });

  it('stops a kernel below the floor even where the features it checks are there, naming its version', () => {
    const v = guard.verdict(modern, UA.chrome77);
    expect(v?.browser).toBe('这个浏览器是：Chromium 77 内核（较旧）。年报助手需要 Chromium 78 或更新的内核。');
  });

  it('stops a browser that lacks a needed feature and lists what is missing', () => {
    const old = {
      ...Object.fromEntries(
        ['Symbol', 'Map', 'Set', 'WeakMap', 'TextEncoder', 'URL', 'Blob', 'globalThis', 'queueMicrotask'].map((k) => [
          k,
          (modern as Record<string, unknown>)[k],
        ]),
      ),
      Promise: { resolve: Promise.resolve },
    };
    expect(guard.verdict(old, UA.chrome120)?.missing).toEqual(['Promise.allSettled']);
  });

  it('says which browser it is, as far as the user agent tells', () => {
    expect(guard.describeBrowser(UA.ie11)).toBe('Internet Explorer，或 360、QQ、搜狗等浏览器的兼容模式（IE 内核）');
    expect(guard.describeBrowser(UA.ie8Compat)).toBe(
      'Internet Explorer，或 360、QQ、搜狗等浏览器的兼容模式（IE 内核）',
    );
    expect(guard.describeBrowser(UA.qqIeMode)).toBe('QQ 浏览器的兼容模式（IE 内核）');
    expect(guard.describeBrowser(UA.sogouIeMode)).toBe('搜狗浏览器的兼容模式（IE 内核）');
    expect(guard.describeBrowser(UA.qqOldChromium)).toBe('QQ 浏览器，Chromium 70 内核（较旧）');
  });

  it('tells the clerk what to do: 极速模式, or a current Chrome, Edge or 360', () => {
    const v = guard.verdict({}, UA.ie11)!;
    expect(v.title).toBe('年报助手无法在这个浏览器中运行');
    expect(v.advice).toContain('切换到“极速模式”');
    expect(v.advice).toContain('新版的 Chrome、Edge 或 360 安全浏览器');
  });
});
