// A clerk's journey through the built bundle opened from disk (file://), in one real old Chromium, driven over
// the DevTools protocol by puppeteer-core 2.1 (Playwright needs newer kernels). The labels and texts are the
// ones the clerk reads, as in e2e/ (e2e/helpers.ts, e2e/offline.spec.ts).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NATURAL = '一、本年新收政府信息公开申请数量 自然人';
const COMMERCIAL = '一、本年新收政府信息公开申请数量 商业企业';
const ROW_TOTAL = '一、本年新收政府信息公开申请数量 总计';
/** A published report's text (the shared folder beside the checkout, as for the other tests). */
const SEED = join(
  process.env.SHARED_DIR || join(dirname(fileURLToPath(import.meta.url)), '../../shared'),
  'seeds/2024-yindu-district-office.txt',
);

/** The flags every kernel runs with here: no sandbox (root, no user namespaces), one process, no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--single-process',
  '--no-zygote',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--headless',
];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls fn in the page until it returns a truthy value; fails with `what` after timeout. */
async function waitFor(page, what, fn, arg, timeout = 15_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for: ${what}`);
    await sleep(100);
  }
}

/** The element of a field, found as the clerk finds it: by its label's text or its accessible name. */
async function field(page, name) {
  await waitFor(
    page,
    `field ${name}`,
    (n) => {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === n);
      return !!(label ? document.getElementById(label.htmlFor) : document.querySelector(`[aria-label="${n}"]`));
    },
    name,
  );
  return page.evaluateHandle((n) => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === n);
    return label ? document.getElementById(label.htmlFor) : document.querySelector(`[aria-label="${n}"]`);
  }, name);
}

const valueOf = (page, name) => field(page, name).then((h) => h.evaluate((el) => el.value));

async function typeInto(page, name, text) {
  const el = await field(page, name);
  await el.click();
  await page.keyboard.type(text);
}

/** Clicks the button whose text starts with `text` (within the element matching `scope`). */
async function clickButton(page, text, scope = 'body') {
  await waitFor(
    page,
    `button ${text}`,
    ([t, s]) => [...document.querySelectorAll(`${s} button`)].some((b) => b.textContent.trim().startsWith(t)),
    [text, scope],
  );
  const button = await page.evaluateHandle(
    ([t, s]) => [...document.querySelectorAll(`${s} button`)].find((b) => b.textContent.trim().startsWith(t)),
    [text, scope],
  );
  await button.click();
}

const openStep = (page, title) => clickButton(page, title, 'nav[aria-label="填写步骤"]');

const waitForSave = (page) =>
  waitFor(page, '已自动保存', () =>
    [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent.includes('已自动保存')),
  );

/** Waits for a finished download in dir whose name ends with ext; returns its bytes. */
async function downloaded(dir, ext, timeout = 30_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const done = readdirSync(dir).find((f) => f.endsWith(ext));
    if (done) {
      const path = join(dir, done);
      const size = statSync(path).size;
      await sleep(300);
      if (size > 0 && statSync(path).size === size) return { name: done, bytes: readFileSync(path) };
    }
    if (Date.now() > until)
      throw new Error(`no ${ext} file was downloaded (files: ${readdirSync(dir).join(', ') || 'none'})`);
    await sleep(200);
  }
}

async function exportFile(page, dir, button, ext, magic) {
  await clickButton(page, button);
  const file = await downloaded(dir, ext).catch(async (e) => {
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('[role="alert"], [role="status"]')].map((a) => a.textContent).join(' | '),
    );
    throw new Error(`${e.message}; the page says: ${shown}`);
  });
  assert.ok(file.bytes.length > 5_000, `${file.name}: only ${file.bytes.length} bytes`);
  assert.equal(file.bytes.subarray(0, magic.length).toString('latin1'), magic, `${file.name} is not a ${ext} file`);
  return file;
}

/**
 * The journey: fill 基本信息, 填入常用开头段落, type into 表三 and see the total, export DOCX and PDF (a file is
 * produced), reload and find the work. Returns what was checked, one line a step; throws at the first failure.
 */
export async function clerkJourney(puppeteer, executablePath, indexUrl) {
  const steps = [];
  const browser = await puppeteer.launch({
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    defaultViewport: { width: 1366, height: 768 },
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const downloads = mkdtempSync(join(tmpdir(), 'xxgk-legacy-'));
    // puppeteer 2.1 has no download API: the protocol call a newer one would make.
    await page._client.send('Page.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });

    await page.goto(indexUrl);
    await typeInto(page, '机关名称', '旧内核镇人民政府');
    const year = await field(page, '报告年度');
    await year.click({ clickCount: 3 });
    await page.keyboard.type('2024');
    assert.equal(await valueOf(page, '机关名称'), '旧内核镇人民政府');
    steps.push('基本信息 filled');

    await openStep(page, '一、总体情况');
    await clickButton(page, '填入常用开头段落');
    const intro = await waitFor(
      page,
      'the opening paragraph',
      () => (document.getElementById('sections.intro') || {}).value,
    );
    assert.match(intro, /全文包括.*六部分。/, 'the opening paragraph names the six parts');
    assert.match(intro, /统计期限自2024年1月1日起至2024年12月31日止/);
    steps.push('填入常用开头段落 filled the opening paragraph');

    await openStep(page, '三、收到和处理');
    await typeInto(page, NATURAL, '21');
    await typeInto(page, COMMERCIAL, '1,000');
    await page.keyboard.press('Tab');
    await waitFor(
      page,
      `${ROW_TOTAL} = 1021`,
      (n) => {
        const el = document.querySelector(`[aria-label="${n}"]`);
        return el && el.value === '1021';
      },
      ROW_TOTAL,
    );
    steps.push('表三: 21 + 1,000 → 总计 1021');

    await openStep(page, '检查与导出');
    const docx = await exportFile(page, downloads, '导出草稿（DOCX）', '.docx', 'PK');
    steps.push(`DOCX exported: ${docx.name}, ${docx.bytes.length} bytes`);
    const pdf = await exportFile(page, downloads, '导出草稿（PDF）', '.pdf', '%PDF');
    steps.push(`PDF exported: ${pdf.name}, ${pdf.bytes.length} bytes`);

    await waitForSave(page);
    await page.reload();
    await openStep(page, '基本信息');
    assert.equal(await valueOf(page, '机关名称'), '旧内核镇人民政府');
    await openStep(page, '三、收到和处理');
    assert.equal(await valueOf(page, NATURAL), '21');
    assert.equal(await valueOf(page, ROW_TOTAL), '1021');
    steps.push('reloaded: the work is there');

    // paste-import: a published report's text pasted into 导入已有报告 (inserted as a paste inserts it), 识别,
    // 确认导入 over the open report, and its figures found in 表三.
    await clickButton(page, '导入已有报告');
    const box = await field(page, '粘贴报告内容');
    await box.focus();
    await page.keyboard.sendCharacter(readFileSync(SEED, 'utf8'));
    await clickButton(page, '识别', '[role="dialog"][aria-label="导入已有报告"]');
    const agency = await waitFor(page, '识别结果', () => {
      const dd = document.querySelector('[aria-label="识别结果"] dd');
      return dd && dd.textContent;
    });
    assert.equal(agency, '殷都区人民政府办公室');
    page.once('dialog', (d) => d.accept()); // replacing a report asks first; the open one goes to 最近的报告
    await clickButton(page, '确认导入');
    await openStep(page, '三、收到和处理');
    await waitFor(
      page,
      `${ROW_TOTAL} = 21`,
      (n) => {
        const el = document.querySelector(`[aria-label="${n}"]`);
        return el && el.value === '21';
      },
      ROW_TOTAL,
    );
    assert.equal(await valueOf(page, '（四）无法提供 1.本机关不掌握相关政府信息 自然人'), '1');
    steps.push('paste-import: the yindu seed pasted, 识别, 确认导入 → 表三 自然人 21, 总计 21');
    // batch review: the PDF exported above, read in 批量检查 by pdf.js (4.10 legacy, built for this floor) in the
    // batch's reader thread (a worker started from a blob: URL), through the matcher: its row names the agency,
    // with no reason (it was read), and the page's own PDF reader (the fallback) was never loaded.
    await clickButton(page, '批量检查');
    const chooser = await waitFor(
      page,
      'the batch view',
      () => !!document.querySelector('input[aria-label="选择要检查的文件"]'),
    );
    assert.ok(chooser);
    // puppeteer 2.1's uploadFile fetches the file inside the page, which the page's CSP refuses: hand it over as a
    // File in a DataTransfer, as a drop or a file chooser would
    await page.evaluate(
      (b64, name) => {
        const binary = atob(b64);
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        const data = new DataTransfer();
        data.items.add(new File([bytes], name, { type: 'application/pdf' }));
        const input = document.querySelector('input[aria-label="选择要检查的文件"]');
        input.files = data.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      pdf.bytes.toString('base64'),
      pdf.name,
    );
    await waitFor(
      page,
      '已检查 1/1，全部完成',
      () =>
        [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent.includes('已检查 1/1，全部完成')),
      undefined,
      60_000,
    );
    const row = await page.evaluate(() => {
      const tr = document.querySelector('tr.batch-row');
      return (
        tr && {
          cells: [...tr.querySelectorAll('td')].map((td) => td.textContent),
          reason: (tr.querySelector('.batch-reason') || {}).textContent || '',
        }
      );
    });
    assert.ok(row, 'a row for the PDF');
    assert.equal(row.reason, '', `the PDF was read (${row.reason})`);
    assert.equal(row.cells[2], '旧内核镇人民政府');
    assert.equal(await page.evaluate(() => 'XxgkPdfReader' in window), false, 'read in the worker, not on the page');
    steps.push(
      `batch review: the exported PDF read by pdf.js in the reader thread → 机关 ${row.cells[2]}, 年度 ${row.cells[3]}`,
    );

    const failures = await page.evaluate(() =>
      [...document.querySelectorAll('[role="alert"]')].map((a) => a.textContent).filter((t) => /失败|错误/.test(t)),
    );
    assert.deepEqual(failures, [], 'no failure shown to the clerk');
    assert.deepEqual(errors, [], 'no script error in the page');
    return steps;
  } finally {
    await browser.close();
  }
}
