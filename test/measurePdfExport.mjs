// Measures the PDF export of the full Yindu report (layout + render), as the bench does, outside any test:
// `node test/measurePdfExport.mjs [runs]`. Loads the TypeScript sources through Vite's SSR loader.
/* global process, performance, console */
import { createServer } from 'vite';

const runs = Number(process.argv[2] ?? 5);
const server = await createServer({
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const load = (path) => server.ssrLoadModule(path);
  const { renderPdfBytes } = await load('/src/export/pdf.ts');
  const { layoutDocument } = await load('/src/document/blocks.ts');
  const { template2021 } = await load('/src/template/index.ts');
  const { readSeed, readSeedSections, YINDU } = await load('/test/seed.ts');
  const { pdfTestFonts } = await load('/test/pdfFonts.ts');
  const fonts = await pdfTestFonts();
  const seed = readSeed(YINDU);
  const report = {
    ...seed.report,
    meta: { agency: '殷都区人民政府办公室', year: 2024, date: '2025-01-20' },
    sections: readSeedSections(YINDU),
  };
  const times = [];
  let size = 0;
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    const bytes = await renderPdfBytes(layoutDocument(template2021, report), { draft: false, fonts });
    if (i > 0) times.push(performance.now() - start); // the first run warms up
    size = bytes.length;
  }
  times.sort((a, b) => a - b);
  console.log(
    `PDF export, full report: median ${times[Math.floor(times.length / 2)].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)}) over ${runs} runs, ${size} bytes`,
  );
} finally {
  await server.close();
}
