// A measurement, not part of the suite: which pdf.js build reads a PDF in which Chromium kernel (for the batch
// review's PDF reader, issue 17 asks for it). Served over http from 127.0.0.1 so that the kernel, not file://,
// is what is measured. Usage: node e2e-legacy/probe-pdfjs.mjs <folder with node_modules/pdfjs{3,4,6}> <some.pdf>
// (install them with: npm install pdfjs3@npm:pdfjs-dist@3.11.174 pdfjs4@npm:pdfjs-dist@4.10.38 pdfjs6@npm:pdfjs-dist@6.5.438)
//
// Measured 2026-11-29 (our exported PDF, page 1's text):
//   Chromium 109: 3.11 legacy and modern, 4.10 legacy read it; 6.5 legacy fails (Promise.withResolvers, Chromium 119),
//                 6.5 modern fails (Iterator helpers, Chromium 122).
//   Chromium 86:  3.11 legacy loads but its worker does not start; every other build is a syntax error
//                 (class static blocks, Chromium 94); 3.11 modern calls .at() (Chromium 92).
//   Chromium 78:  every build is a syntax error (?. and ?? need Chromium 80, ||= 85, private methods 84).
// So no pdf.js build runs as shipped at the floor. But pdfjs-dist 4.10 legacy built through vite with target chrome78,
// as one classic script with its worker on the main thread (globalThis.pdfjsWorker = the worker module) and core-js,
// reads it in Chromium 78, 86 and 109 (probed with all of core-js/actual; without core-js: "t.at is not a function",
// so at least Array.prototype.at — the exact list is for the reader's author to narrow, e.g. with this probe).
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { homedir } from 'node:os';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { CHROMIUM_ARGS } from './journey.mjs';

const [pkgDir, pdfPath] = process.argv.slice(2);
const CACHE = process.env.LEGACY_BROWSERS_CACHE ?? join(homedir(), '.cache', 'xxgk-nianbao-legacy-browsers');
const puppeteer = createRequire(join(CACHE, 'package.json'))('puppeteer-core');

const BUILDS = {
  'pdfjs-dist 3.11 legacy (classic script)': {
    classic: '/pdfjs3/legacy/build/pdf.min.js',
    worker: '/pdfjs3/legacy/build/pdf.worker.min.js',
  },
  'pdfjs-dist 3.11 modern (classic script)': {
    classic: '/pdfjs3/build/pdf.min.js',
    worker: '/pdfjs3/build/pdf.worker.min.js',
  },
  'pdfjs-dist 4.10 legacy (module)': {
    module: '/pdfjs4/legacy/build/pdf.min.mjs',
    worker: '/pdfjs4/legacy/build/pdf.worker.min.mjs',
  },
  'pdfjs-dist 6.5 legacy (module)': {
    module: '/pdfjs6/legacy/build/pdf.min.mjs',
    worker: '/pdfjs6/legacy/build/pdf.worker.min.mjs',
  },
  'pdfjs-dist 6.5 modern (module)': { module: '/pdfjs6/build/pdf.min.mjs', worker: '/pdfjs6/build/pdf.worker.min.mjs' },
};

// Optional 4th–6th arguments: kernels (78,86), 'extra' (only the extra build), and: a classic script (under node_modules/) defining pdfjsLib with its worker on the main thread
// (globalThis.pdfjsWorker), e.g. pdf.js built through vite with target chrome78 and core-js.
if (process.argv[6])
  BUILDS[`${process.argv[6]} (classic script, worker on the main thread)`] = { classic: process.argv[6], worker: '' };

const reader = (b) => `
  window.readPdf = async function (lib) {
    try {
      lib.GlobalWorkerOptions.workerSrc = ${JSON.stringify(b.worker)};
      const data = new Uint8Array(await (await fetch('/probe.pdf')).arrayBuffer());
      const doc = await lib.getDocument({ data }).promise;
      const page = await doc.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => i.str).join('');
      window.result = { ok: true, text: text.slice(0, 40), pages: doc.numPages };
    } catch (e) { window.result = { ok: false, error: String(e && e.message || e) }; }
  };`;
const page = (b) =>
  `<!doctype html><meta charset="utf-8"><script>window.onerror = function (m) { window.result = { ok: false, error: 'script error: ' + m }; };${reader(b)}</script>` +
  (b.classic
    ? `<script src="${b.classic}"></script><script>window.pdfjsLib ? readPdf(window.pdfjsLib) : (window.result = window.result || { ok: false, error: 'pdfjsLib not defined' });</script>`
    : `<script type="module">import * as lib from '${b.module}'; readPdf(lib);</script>`);

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.pdf': 'application/pdf', '.html': 'text/html' };
let current;
const server = createServer((req, res) => {
  const url = decodeURIComponent(req.url.split('?')[0]);
  if (url === '/') return res.end(page(current));
  const file = url === '/probe.pdf' ? pdfPath : join(pkgDir, 'node_modules', url);
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;

const kernels = process.argv[4] ? process.argv[4].split(',').map(Number) : [78, 86, 109];
const onlyExtra = process.argv[5] === 'extra';

/** One build in one kernel, in a fresh browser each (one process: a hung tab must not hang the next). */
async function probe(kernel, b) {
  current = b;
  const browser = await puppeteer.launch({
    executablePath: join(CACHE, 'browsers', String(kernel), 'chromium'),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const timer = setTimeout(() => browser.process().kill('SIGKILL'), 30_000);
  try {
    const tab = await browser.newPage();
    await tab.goto(base);
    for (let i = 0; i < 100; i++) {
      const result = await tab.evaluate(() => window.result);
      if (result) return result.ok ? `reads it: ${result.pages} pages, “${result.text}…”` : `fails: ${result.error}`;
      await new Promise((r) => setTimeout(r, 100));
    }
    return 'fails: no result in 10 s';
  } catch (e) {
    return `fails: ${e.message} (the browser hung or died)`;
  } finally {
    clearTimeout(timer);
    await browser.close().catch(() => {});
  }
}

for (const kernel of kernels)
  for (const [name, b] of Object.entries(BUILDS).filter(([, b]) => !onlyExtra || b.worker === ''))
    console.log(`Chromium ${kernel} | ${name} | ${await probe(kernel, b)}`);
server.close();
