// Makes the pictures of docs/ (README, docs/pdf-export.md): pages of our PDF of the Yindu seed beside the
// official template's pages of the same kind (the template DOCX rendered by LibreOffice). Not part of the
// suite's checks: run it after a change to the printed look with `DOCS_PICTURES=1 npx vitest run test/docsPictures.test.ts`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { faceBytes } from '../build/pdfFonts';
import { layoutDocument } from '../src/document/blocks';
import { flowDocument } from '../src/document/pages';
import { renderPdfBytes } from '../src/export/pdf';
import { readDraft } from '../src/draft/read';
import type { Report } from '../src/report/schema';
import { template2021 } from '../src/template';
import { readSeed, readSeedSections, SHARED_DIR, YINDU } from './seed';

const DOCS = resolve(import.meta.dirname, '../docs');
const DPI = '60';

/** Draws page `n` of a PDF as docs/{name}.png, and holds that a picture was drawn (a PNG of some size). */
function page(pdf: string, n: number, name: string) {
  const out = join(tmpdir(), `docs-${name}`);
  execFileSync('pdftoppm', ['-f', String(n), '-l', String(n), '-r', DPI, '-png', '-singlefile', pdf, out]);
  const path = join(DOCS, `${name}.png`);
  renameSync(`${out}.png`, path);
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString('latin1'), name).toBe('PNG');
  expect(png.length, name).toBeGreaterThan(10_000);
}

it.skipIf(!process.env.DOCS_PICTURES)(
  'draws the docs pictures',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-pictures-'));
    const seed = readSeed(YINDU);
    const report: Report = {
      ...seed.report,
      meta: { agency: '安阳市殷都区人民政府办公室', year: 2024, date: '2025-01-20' },
      sections: readSeedSections(YINDU),
    };
    const model = layoutDocument(template2021, report);
    const [body, heading, kai] = await Promise.all((['body', 'heading', 'kai'] as const).map(faceBytes));
    const ours = join(dir, 'ours.pdf');
    writeFileSync(ours, await renderPdfBytes(model, { draft: false, fonts: { body, heading, kai } }));
    const flow = flowDocument(model.blocks);
    const tableStart = (key: string) =>
      flow.startPage[model.blocks.findIndex((b) => b.kind === 'table' && b.key === key)];
    const rows = flow.placements.filter((p) => p.kind === 'row' && model.blocks[p.block].kind === 'table');
    const continued = rows.find((p) => p.kind === 'row' && p.repeated)!;
    page(ours, 1, 'print-title-section-1');
    page(ours, tableStart('active'), 'print-table-2');
    page(ours, continued.page, 'print-table-continued');

    // the 示例 report's 表三 page in the PDF (beside it in the README: the same page of the preview, drawn by
    // e2e/preview-fit.spec.ts with DOCS_PICTURES=1)
    const read = readDraft(readFileSync(resolve(import.meta.dirname, '../public/sample.nianbao.json')));
    if (!read.ok) throw new Error(read.error.message);
    const sample = layoutDocument(template2021, read.report);
    const samplePdf = join(dir, 'sample.pdf');
    writeFileSync(samplePdf, await renderPdfBytes(sample, { draft: false, fonts: { body, heading, kai } }));
    const sampleFlow = flowDocument(sample.blocks);
    page(
      samplePdf,
      sampleFlow.startPage[sample.blocks.findIndex((b) => b.kind === 'table' && b.key === 'requests')],
      'sample-table-3-pdf',
    );

    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        resolve(SHARED_DIR, 'reference/official-template-2021.docx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const template = join(dir, 'official-template-2021.pdf');
    page(template, 1, 'template-title-section-1-table-2');
    page(template, 2, 'template-table-3');
    page(template, 3, 'template-table-3-continued');
  },
  120_000,
);
