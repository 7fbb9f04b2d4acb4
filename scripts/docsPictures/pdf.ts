// The docs pictures of the printed report (README, docs/pdf-export.md), drawn by `npm run docs:pictures` (first
// step; needs poppler's pdftoppm and LibreOffice): pages of our PDF of the Yindu seed beside the official
// template's pages of the same kind (the template DOCX rendered by LibreOffice), and the 示例 report's 表三 page
// in the PDF (its preview twin is drawn by app.pictures.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { layoutDocument, type DocumentModel } from '../../src/document/blocks';
import { flowDocument } from '../../src/document/pages';
import { readDraft } from '../../src/draft/read';
import { renderPdfBytes } from '../../src/export/pdf';
import type { Report } from '../../src/report/schema';
import { template2021 } from '../../src/template';
import { pdfTestFonts } from '../../test/pdfFonts';
import { readSeed, readSeedSections, SHARED_DIR, YINDU } from '../../test/seed';
import { checkPicture, picture } from './png';

const DPI = '60';
const dir = mkdtempSync(join(tmpdir(), 'docs-pictures-'));
const fonts = await pdfTestFonts();

/** Draws page `n` (1-based) of a PDF as docs/{name}.png. */
function page(pdf: string, n: number, name: string) {
  const out = join(dir, `page-${name}`);
  execFileSync('pdftoppm', ['-f', String(n), '-l', String(n), '-r', DPI, '-png', '-singlefile', pdf, out]);
  renameSync(`${out}.png`, picture(name));
  checkPicture(name);
  console.log(`docs/${name}.png: page ${n} of ${pdf}`);
}

async function writePdf(model: DocumentModel, name: string): Promise<string> {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, await renderPdfBytes(model, { draft: false, fonts }));
  return path;
}

/** The page a table of the model starts on, as the app's flow places it (the PDF draws the same pages). */
function tableStart(model: DocumentModel, key: string): number {
  const index = model.blocks.findIndex((b) => b.kind === 'table' && b.key === key);
  if (index < 0) throw new Error(`no table ${key}`);
  return flowDocument(model.blocks).startPage[index];
}

// our PDF of the Yindu seed: the title and 一, table 二, and table 三 where it continues on a new page
const seed = readSeed(YINDU);
const report: Report = {
  ...seed.report,
  meta: { agency: '安阳市殷都区人民政府办公室', year: 2024, date: '2025-01-20' },
  sections: readSeedSections(YINDU),
};
const model = layoutDocument(template2021, report);
const ours = await writePdf(model, 'ours');
const continued = flowDocument(model.blocks).placements.find(
  (p) => p.kind === 'row' && model.blocks[p.block].kind === 'table' && p.repeated,
);
if (!continued) throw new Error('no table of the Yindu seed continues on a new page');
page(ours, 1, 'print-title-section-1');
page(ours, tableStart(model, 'active'), 'print-table-2');
page(ours, continued.page, 'print-table-continued');

// the 示例 report's 表三 page (beside it in the README: the same page of the preview)
const read = readDraft(readFileSync(resolve(import.meta.dirname, '../../public/sample.nianbao.json')));
if (!read.ok) throw new Error(read.error.message);
const sample = layoutDocument(template2021, read.report);
page(await writePdf(sample, 'sample'), tableStart(sample, 'requests'), 'sample-table-3-pdf');

// the official template, as LibreOffice prints it (Word's default margins)
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
