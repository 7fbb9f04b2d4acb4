import react from '@vitejs/plugin-react';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Alias, InlineConfig, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { buildTargets } from './build/browserTargets.ts';
import {
  asFactory,
  builtTwice,
  withTheirUses,
  buildIife,
  buildProvider,
  CORE,
  CORE_FILE,
  fromProviders,
  heldModules,
  inCore,
  readFrom,
  recordNeeds,
  requiresFromProviders,
  type Needs,
  type ClassicScript,
  type Provided,
} from './build/classicScripts.ts';
import {
  byteScript,
  codePointRanges,
  compressedFace,
  coverageOf,
  faceBytes,
  KAI_LICENSE,
  type Face,
} from './build/pdfFonts.ts';

/** The browser floor (package.json "browserslist", Chromium 78): the target of the app and of each exporter. */
const TARGET = buildTargets();

/**
 * The page forbids everything but its own files: no request can leave the machine.
 * (Only in the built page: the dev server needs inline scripts for hot reload.)
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  // the batch review's reader thread is started from its source text (src/ui/batch/batchWorker.ts)
  'worker-src blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The scripts built apart, in build order: each reads what the scripts it `uses` hold from their globals
 * (build/classicScripts.ts). core.js (CORE) holds what the page shares with all of them.
 */
const SCRIPTS: ClassicScript[] = withTheirUses([
  // the polyfills of the scripts that call past the floor (src/browser-floor/polyfills.ts)
  {
    name: 'XxgkPolyfills',
    entry: 'src/browser-floor/polyfills.ts',
    file: 'polyfills.js',
    uses: [CORE],
    provides: true,
  },
  // the checks of the prose and 按表格生成段落, loaded after the first screen (src/checks/prose/loader.build.ts); the
  // readers check an imported report's prose with them
  { name: 'XxgkProse', entry: 'src/checks/prose/index.ts', file: 'prose-checks.js', uses: [CORE], provides: true },
  // the readers of an existing report (导入已有报告, the batch, its reader thread)
  { name: 'XxgkImport', entry: 'src/import/index.ts', file: 'import-report.js', uses: ['XxgkProse'], provides: true },
  // the PDF reader (pdf.js 4.10 legacy + core-js): on the page for 导入已有报告, and in the batch's reader thread
  {
    name: 'XxgkPdfReader',
    entry: 'src/import/pdf/browser.ts',
    file: 'import-pdf.js',
    uses: ['XxgkPolyfills', 'XxgkImport'],
    provides: true,
  },
  // a batch file read into its row: in the reader thread, or on the page where it cannot start
  { name: 'XxgkBatchRead', entry: 'src/batch/read.ts', file: 'batch-read.js', uses: ['XxgkImport'], provides: true },
  // the batch's reader thread: never run on the page, started from the text of its factory and its scripts'
  {
    name: 'XxgkBatchWorker',
    entry: 'src/batch/worker.ts',
    file: 'batch-worker.js',
    uses: ['XxgkPdfReader', 'XxgkBatchRead'],
  },
  { name: 'XxgkDocx', entry: 'src/export/docx.ts', file: 'export-docx.js', uses: [CORE] },
  // the PDF writer inflates with the readers' fflate
  { name: 'XxgkPdf', entry: 'src/export/pdf.ts', file: 'export-pdf.js', uses: ['XxgkPolyfills', 'XxgkImport'] },
  { name: 'XxgkHtml', entry: 'src/export/html.ts', file: 'export-html.js', uses: [CORE] },
  { name: 'XxgkXlsx', entry: 'src/batch/xlsx.ts', file: 'batch-xlsx.js', uses: [CORE] },
  // the sample report's text, for 打开示例
  { name: 'XxgkSample', entry: 'src/draft/sampleText.ts', file: 'sample-report.js', uses: [CORE] },
  // the views loaded when first opened: 批量检查, and 导入已有报告's dialog
  {
    name: 'XxgkBatchView',
    entry: 'src/ui/batch/BatchRoot.tsx',
    file: 'batch-view.js',
    uses: ['XxgkPolyfills', 'XxgkBatchRead'],
  },
  { name: 'XxgkImportView', entry: 'src/ui/import/ImportRoot.tsx', file: 'import-view.js', uses: ['XxgkImport'] },
]);
/** What the page's loader needs of each script (src/export/scriptLoader.ts). */
const SCRIPT_TABLE = JSON.stringify(
  Object.fromEntries([
    [CORE, { file: CORE_FILE, uses: [] }],
    ...SCRIPTS.map((s) => [s.name, { file: s.file, uses: s.uses }]),
  ]),
);
/** The loaders of the built bundle, for the page and for every script built apart. */
const BUILD_LOADERS: Alias[] = [
  { find: '#exporters', replacement: resolve('src/export/loaders.build.ts') },
  { find: '#batch-loaders', replacement: resolve('src/ui/batch/loaders.build.ts') },
  { find: '#importer', replacement: resolve('src/ui/import/loader.build.ts') },
  { find: '#prose', replacement: resolve('src/checks/prose/loader.build.ts') },
];
/** The PDF's faces, each a classic script defining one global of its compressed bytes (see src/export/loaders.build.ts). */
const FACES: { face: Face; global: string; file: string }[] = [
  { face: 'body', global: 'XxgkPdfFont', file: 'export-pdf-font.js' },
  // loaded only for a report with a character outside the body subset
  { face: 'rest', global: 'XxgkPdfFontRest', file: 'export-pdf-font-rest.js' },
  { face: 'heading', global: 'XxgkPdfFontHeading', file: 'export-pdf-font-heading.js' },
  { face: 'kai', global: 'XxgkPdfFontKai', file: 'export-pdf-font-kai.js' },
];

/** Which characters the PDF's faces have, together (src/export/fontCoverage.ts reads it). */
async function fontCoverage(): Promise<string> {
  const all = await Promise.all(FACES.map((f) => faceBytes(f.face)));
  const points = new Set<number>();
  for (const bytes of all)
    for (const range of coverageOf(bytes).split(',')) {
      const [a, b = a] = range.split('-').map((h) => parseInt(h, 16));
      for (let c = a; c <= b; c++) points.add(c);
    }
  return codePointRanges([...points].sort((x, y) => x - y));
}

/** On the dev server, the faces and the coverage as virtual modules (the build writes them as scripts). */
function pdfFontModules(): Plugin {
  const PREFIX = 'virtual:xxgk-pdf-face/';
  const COVERAGE = 'virtual:xxgk-font-coverage';
  return {
    name: 'xxgk-pdf-fonts',
    resolveId: (id) => (id.startsWith(PREFIX) || id === COVERAGE ? `\0${id}` : undefined),
    async load(id) {
      if (id === `\0${COVERAGE}`) return `export default ${JSON.stringify(await fontCoverage())};`;
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const bytes = await faceBytes(id.slice(PREFIX.length + 1) as Face);
      return `export default ${JSON.stringify(Buffer.from(bytes).toString('base64'))};`;
    },
  };
}

/**
 * The app's scripts (core.js, then the page's own) are loaded by the browser guard (public/browser-guard.js, plain
 * ES5), the last script of the page: in a browser below the floor (IE mode, Chromium < 78) the guard shows a
 * sentence instead and the app never runs.
 */
function guardedApp(html: string): string {
  const app = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!app) throw new Error('index.html: the app script was not found where the browser guard expects it');
  const scripts = `./assets/${CORE_FILE} ${app[1]}`;
  return html
    .replace(app[0], '')
    .replace('</body>', `  <script src="./browser-guard.js" data-app="${scripts}"></script>\n  </body>`);
}

/** How every script built apart is built (the page's own build is configured below). */
const SCRIPT_BUILD: InlineConfig = {
  // pdfkit resolves its PDF/A colour profile against import.meta.url when it loads; a classic script
  // has no import.meta, and the profile is never used here: any valid base URL will do.
  define: {
    'process.env.NODE_ENV': '"production"',
    'import.meta.url': '"file:///pdfkit/"',
    __XXGK_SCRIPTS__: SCRIPT_TABLE,
  },
  build: { target: TARGET },
  resolve: { alias: BUILD_LOADERS },
};

/**
 * A bundle that works opened from disk (file://) as well as from any server under any path: Chromium
 * refuses module scripts, import() and fetch() of file:// URLs, so the app is classic scripts: core.js and the
 * page's own on the first screen, every other part (and the PDF's faces) loaded on first use
 * (build/classicScripts.ts says how they share code).
 */
function offlineBundle(): Plugin[] {
  let outDir = 'dist';
  /** Each provider's modules, read from its global. */
  const provided = new Map<string, Provided>();
  const providers = (names: string[]): Provided => new Map(names.flatMap((n) => [...(provided.get(n) ?? [])]));
  const held = new Map<string, string[]>();
  /** What each script (the page's own too) bundles: no module may be in two (builtTwice). */
  const bundled = new Map<string, string[]>();
  /** What the page and every script take of the providers' modules: all the providers expose. */
  const needs: Needs = new Map();
  let core = '';
  const coreProvided: Provided = new Map();
  const bundle: Plugin = {
    name: 'xxgk-offline-bundle',
    apply: 'build',
    // core.js is built first, the page's own script reads every module it holds from it; to expose only what
    // is taken, every script is first bundled once to learn what it takes of the scripts it uses
    async config() {
      const none: Provided = new Map();
      const page = resolve('src/main.tsx');
      const coreModules = await heldModules(
        SCRIPT_BUILD,
        CORE,
        null,
        none,
        (await heldModules(SCRIPT_BUILD, 'XxgkPage', page, none)).filter(inCore),
      );
      for (const [m, global] of readFrom(CORE, coreModules)) coreProvided.set(m, global);
      provided.set(CORE, coreProvided);
      await heldModules(
        SCRIPT_BUILD,
        'XxgkPage',
        page,
        provided.get(CORE)!,
        [],
        [recordNeeds(provided.get(CORE)!, needs)],
      );
      for (const s of SCRIPTS) {
        const from = providers(s.uses);
        const modules = await heldModules(SCRIPT_BUILD, s.name, resolve(s.entry), from, [], [recordNeeds(from, needs)]);
        if (!s.provides) continue;
        held.set(s.name, modules);
        provided.set(s.name, readFrom(s.name, modules));
      }
      core = (await buildProvider(SCRIPT_BUILD, CORE, null, none, coreModules, needs)).code;
      bundled.set(CORE, coreModules);
      const shared = fromProviders(provided.get(CORE)!);
      return { build: { rollupOptions: { external: shared.external, output: { globals: shared.globals } } } };
    },
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') bundled.set('index', chunk.moduleIds);
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        guardedApp(html)
          .replace(/ crossorigin(?=[ >])/g, '')
          .replace(
            '<meta charset="UTF-8" />',
            `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
          ),
    },
    async closeBundle() {
      const assets = (file: string) => resolve(outDir, 'assets', file);
      writeFileSync(assets(CORE_FILE), asFactory(CORE, core, true));
      for (const s of SCRIPTS) {
        const from = providers(s.uses);
        const { code, modules } = s.provides
          ? await buildProvider(SCRIPT_BUILD, s.name, resolve(s.entry), from, held.get(s.name)!, needs)
          : await buildIife(SCRIPT_BUILD, s.name, resolve(s.entry), from);
        bundled.set(s.name, modules);
        writeFileSync(assets(s.file), asFactory(s.name, code, false));
      }
      const packed = await Promise.all(FACES.map((f) => compressedFace(f.face)));
      FACES.forEach((f, i) => writeFileSync(assets(f.file), byteScript(f.global, packed[i])));
      writeFileSync(assets('font-coverage.js'), `window.XxgkFontCoverage=${JSON.stringify(await fontCoverage())};\n`);
      writeFileSync(assets('LXGWWenKai-LICENSE.txt'), readFileSync(KAI_LICENSE));
      const twice = builtTwice(bundled);
      if (twice.length) throw new Error(`modules built into more than one script:\n${twice.join('\n')}`);
    },
  };
  // the page's own script reads core.js's modules from its global, react-dom's require() of react included
  return [bundle, { ...requiresFromProviders(coreProvided), apply: 'build' }];
}

export default defineConfig(({ command }) => ({
  // Relative asset paths: the built folder works under any sub-path and from disk.
  base: './',
  plugins: [react(), ...offlineBundle(), pdfFontModules()],
  define: command === 'build' ? { __XXGK_SCRIPTS__: SCRIPT_TABLE } : {},
  resolve: {
    alias:
      command === 'build'
        ? BUILD_LOADERS
        : [
            { find: '#exporters', replacement: resolve('src/export/loaders.dev.ts') },
            { find: '#batch-loaders', replacement: resolve('src/ui/batch/loaders.dev.ts') },
            { find: '#importer', replacement: resolve('src/ui/import/loader.dev.ts') },
            { find: '#prose', replacement: resolve('src/checks/prose/loader.dev.ts') },
          ],
  },
  build: {
    target: TARGET,
    modulePreload: false,
    cssCodeSplit: false,
    rollupOptions: {
      output: {
        format: 'iife',
        // the font's licence travels with the bundle, readable in the browser
        assetFileNames: (asset) =>
          asset.names.includes('LICENSE_FONT') ? 'assets/Noto-LICENSE-[hash].txt' : 'assets/[name]-[hash][extname]',
      },
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
  },
}));
