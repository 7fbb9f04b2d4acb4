// Below the floor: the page opened from disk in Chromium 64 must show the guard's sentence, and the app must not
// run. puppeteer 2.1 cannot drive a kernel this old, so the browser itself prints the page (--dump-dom).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { CHROMIUM_ARGS } from './journey.mjs';

export function guardSentence(executablePath, indexUrl) {
  const dom = execFileSync(executablePath, [...CHROMIUM_ARGS, '--virtual-time-budget=5000', '--dump-dom', indexUrl], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 60_000,
  });
  const alert = /<div role="alert" id="browser-guard"[^>]*>(.*?)<\/div>/s.exec(dom);
  assert.ok(alert, 'the guard shows its message (no message in the page)');
  const text = alert[1]
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  assert.match(text, /年报助手无法在这个浏览器中运行/);
  assert.match(text, /Chromium 64 内核/, 'names the browser');
  assert.match(text, /极速模式/, 'says what to do');
  assert.match(text, /Chrome、Edge 或 360/);
  assert.match(dom, /<div id="root"><\/div>/, 'the app did not run (its root is empty)');
  assert.doesNotMatch(dom, /<script src="\.\/assets\/index-/, 'the app script was not loaded');
  return text;
}
