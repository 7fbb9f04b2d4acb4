import react from '@vitejs/plugin-react';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Alias, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { buildTargets } from './build/browserTargets.ts';
import { codePointRanges, coverageOf, faceBytes, KAI_LICENSE, type Face } from './build/pdfFonts.ts';
import { zodWithoutJsonSchema } from './build/zodWithoutJsonSchema.ts';

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

/** Exporters built apart as classic scripts, each defining one global (see src/export/loaders.build.ts). */
const EXPORTERS: { entry: string; name: string; file: string; sharesReact?: true }[] = [
  { entry: 'src/export/docx.ts', name: 'XxgkDocx', file: 'export-docx.js' },
  { entry: 'src/export/pdf.ts', name: 'XxgkPdf', file: 'export-pdf.js' },
  { entry: 'src/export/html.ts', name: 'XxgkHtml', file: 'export-html.js' },
  // not an exporter, but loaded the same way: the readers of an existing report (src/ui/import/loader.build.ts)
  { entry: 'src/import/index.ts', name: 'XxgkImport', file: 'import-report.js' },
  // batch review: the PDF reader on the page (pdf.js 4.10 legacy + core-js; used where BATCH_WORKER below cannot
  // start) and the .xlsx writer
  { entry: 'src/import/pdf/browser.ts', name: 'XxgkPdfReader', file: 'import-pdf.js' },
  { entry: 'src/batch/xlsx.ts', name: 'XxgkXlsx', file: 'batch-xlsx.js' },
  // the checks of the prose and 按表格生成段落, loaded after the first screen (src/checks/prose/loader.build.ts)
  { entry: 'src/checks/prose/index.ts', name: 'XxgkProse', file: 'prose-checks.js' },
  // the sample report's text, for 打开示例
  { entry: 'src/draft/sampleText.ts', name: 'XxgkSample', file: 'sample-report.js' },
  // the batch view itself: React is the page's (set by src/ui/shareReact.ts)
  { entry: 'src/ui/batch/BatchRoot.tsx', name: 'XxgkBatchView', file: 'batch-view.js', sharesReact: true },
  // 导入已有报告's dialog, loaded when it is first opened (React is the page's, set by src/ui/shareReact.ts)
  { entry: 'src/ui/import/ImportRoot.tsx', name: 'XxgkImportView', file: 'import-view.js', sharesReact: true },
];
/** The batch review's reader thread, built as a classic script and written as the text of one global. */
const BATCH_WORKER = { entry: 'src/batch/worker.ts', global: 'XxgkBatchWorkerSource', file: 'batch-worker.js' };
/** In the batch view's script, React is the page's: both imports lead to the page's objects. */
const SHARED_REACT: Alias[] = [
  { find: /^react$/, replacement: resolve('src/ui/batch/sharedReact.cjs') },
  { find: /^react\/jsx-runtime$/, replacement: resolve('src/ui/batch/sharedJsxRuntime.cjs') },
];
/** The PDF's faces, each a classic script defining one global of its base64 bytes (see src/export/loaders.build.ts). */
const FACES: { face: Face; global: string; file: string }[] = [
  { face: 'body', global: 'XxgkPdfFont', file: 'export-pdf-font.js' },
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
 * The app's script is loaded by the browser guard (public/browser-guard.js, plain ES5), the last script of the page:
 * in a browser below the floor (IE mode, Chromium < 78) the guard shows a sentence instead and the app never runs.
 */
function guardedApp(html: string): string {
  const app = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!app) throw new Error('index.html: the app script was not found where the browser guard expects it');
  return html
    .replace(app[0], '')
    .replace('</body>', `  <script src="./browser-guard.js" data-app="${app[1]}"></script>\n  </body>`);
}

/**
 * A bundle that works opened from disk (file://) as well as from any server under any path: Chromium
 * refuses module scripts, import() and fetch() of file:// URLs, so the app is one classic script and each
 * exporter (and the PDF font) a classic script loaded on first use.
 */
function offlineBundle(): Plugin {
  let outDir = 'dist';
  return {
    name: 'xxgk-offline-bundle',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
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
      /** One entry as a classic script defining the global `name` (no import.meta, no modules: see above). */
      const classicScript = (entry: string, name: string, dir: string, file: string, alias: Alias[] = []) =>
        build({
          configFile: false,
          logLevel: 'warn',
          // pdfkit resolves its PDF/A colour profile against import.meta.url when it loads; a classic script
          // has no import.meta, and the profile is never used here: any valid base URL will do.
          define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': '"file:///pdfkit/"' },
          build: {
            outDir: dir,
            emptyOutDir: false,
            copyPublicDir: false,
            target: TARGET,
            chunkSizeWarningLimit: 2000,
            lib: { entry: resolve(entry), name, formats: ['iife'], fileName: () => file },
          },
          resolve: {
            alias: [
              { find: '#batch-loaders', replacement: resolve('src/ui/batch/loaders.build.ts') },
              { find: '#importer', replacement: resolve('src/ui/import/loader.build.ts') },
              { find: '#prose', replacement: resolve('src/checks/prose/loader.build.ts') },
              ...alias,
            ],
          },
        });
      for (const e of EXPORTERS)
        await classicScript(e.entry, e.name, resolve(outDir, 'assets'), e.file, e.sharesReact ? SHARED_REACT : []);
      // the worker's script becomes the text of a global: the page starts it from a blob: URL
      const scratch = resolve(outDir, '.batch-worker');
      await classicScript(BATCH_WORKER.entry, 'XxgkBatchWorker', scratch, 'worker.js');
      const workerCode = readFileSync(resolve(scratch, 'worker.js'), 'utf8');
      writeFileSync(
        resolve(outDir, `assets/${BATCH_WORKER.file}`),
        `window.${BATCH_WORKER.global}=${JSON.stringify(workerCode)};\n`,
      );
      rmSync(scratch, { recursive: true, force: true });
      for (const f of FACES) {
        const base64 = Buffer.from(await faceBytes(f.face)).toString('base64');
        writeFileSync(resolve(outDir, `assets/${f.file}`), `window.${f.global}=${JSON.stringify(base64)};\n`);
      }
      writeFileSync(
        resolve(outDir, 'assets/font-coverage.js'),
        `window.XxgkFontCoverage=${JSON.stringify(await fontCoverage())};\n`,
      );
      writeFileSync(resolve(outDir, 'assets/LXGWWenKai-LICENSE.txt'), readFileSync(KAI_LICENSE));
    },
  };
}

export default defineConfig(({ command }) => ({
  // Relative asset paths: the built folder works under any sub-path and from disk.
  base: './',
  plugins: [react(), offlineBundle(), pdfFontModules(), zodWithoutJsonSchema()],
  resolve: {
    alias: {
      '#exporters': resolve(command === 'build' ? 'src/export/loaders.build.ts' : 'src/export/loaders.dev.ts'),
      '#batch-loaders': resolve(command === 'build' ? 'src/ui/batch/loaders.build.ts' : 'src/ui/batch/loaders.dev.ts'),
      '#importer': resolve(command === 'build' ? 'src/ui/import/loader.build.ts' : 'src/ui/import/loader.dev.ts'),
      '#prose': resolve(command === 'build' ? 'src/checks/prose/loader.build.ts' : 'src/checks/prose/loader.dev.ts'),
    },
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
