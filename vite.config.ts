import react from '@vitejs/plugin-react';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { buildTargets } from './build/browserTargets.ts';

const require = createRequire(import.meta.url);

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
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Exporters built apart as classic scripts, each defining one global (see src/export/loaders.build.ts). */
const EXPORTERS = [
  { entry: 'src/export/docx.ts', name: 'XxgkDocx', file: 'export-docx.js' },
  { entry: 'src/export/pdf.ts', name: 'XxgkPdf', file: 'export-pdf.js' },
  // not an exporter, but loaded the same way: the readers of an existing report (src/ui/import/loader.build.ts)
  { entry: 'src/import/index.ts', name: 'XxgkImport', file: 'import-report.js' },
];
const PDF_FONT = '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf';

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
          .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
    },
    async closeBundle() {
      for (const e of EXPORTERS)
        await build({
          configFile: false,
          logLevel: 'warn',
          // pdfkit resolves its PDF/A colour profile against import.meta.url when it loads; a classic script
          // has no import.meta, and the profile is never used here: any valid base URL will do.
          define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': '"file:///pdfkit/"' },
          build: {
            outDir: resolve(outDir, 'assets'),
            emptyOutDir: false,
            copyPublicDir: false,
            target: TARGET,
            chunkSizeWarningLimit: 1000,
            lib: { entry: resolve(e.entry), name: e.name, formats: ['iife'], fileName: () => e.file },
          },
        });
      const font = readFileSync(require.resolve(PDF_FONT)).toString('base64');
      writeFileSync(resolve(outDir, 'assets/export-pdf-font.js'), `window.XxgkPdfFont=${JSON.stringify(font)};\n`);
    },
  };
}

export default defineConfig(({ command }) => ({
  // Relative asset paths: the built folder works under any sub-path and from disk.
  base: './',
  plugins: [react(), offlineBundle()],
  resolve: {
    alias: {
      '#exporters': resolve(command === 'build' ? 'src/export/loaders.build.ts' : 'src/export/loaders.dev.ts'),
      '#importer': resolve(command === 'build' ? 'src/ui/import/loader.build.ts' : 'src/ui/import/loader.dev.ts'),
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
          asset.names.includes('LICENSE_FONT') ? 'assets/NotoSerifSC-LICENSE-[hash].txt' : 'assets/[name]-[hash][extname]',
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
