// `npm run corpus:make`: writes the seed half of the import corpus (test/corpus/seeds/files/): each of the five seed
// reports, its figures from SEEDS (hand-written) and its own section texts, in every form a report reaches the app
// in. The files it writes are committed, and manifest.ts lists them. Needs LibreOffice (soffice) and pdftotext.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderWithLibreOffice } from '../../render';
import { layoutDocument } from '../../../src/document/blocks';
import { renderDocxBuffer } from '../../../src/export/docx';
import { renderHtmlFragment, renderHtmlPage, renderPlainText } from '../../../src/export/html';
import { layout2019, markdown, ocr, pageText, tsv, typos } from './forms';
import { SEED_FILES } from './manifest';
import { SEEDS, SEED_NAMES, seedReport, seedTemplate } from './seedReport';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, '..');
const out = join(here, 'files');

mkdirSync(out, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'corpus-seeds-'));
const written: string[] = [];
const put = (file: string, data: string | Uint8Array) => {
  writeFileSync(join(corpus, file), data);
  written.push(file);
};
for (const [index, seed] of SEEDS.entries()) {
  const name = SEED_NAMES[seed.file];
  const files = SEED_FILES(name);
  const template = seedTemplate(seed);
  const model = layoutDocument(template, seedReport(seed));

  // the app's own DOCX, and the PDF LibreOffice makes of it
  const docx = join(tmp, `${name}.docx`);
  writeFileSync(docx, await renderDocxBuffer(model, { draft: false }));
  put(files.docx, readFileSync(docx));
  const pdf = renderWithLibreOffice(docx).pdf;
  copyFileSync(pdf, join(corpus, files.pdf));
  written.push(files.pdf);
  put(files['pdf-layout-text'], execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
  put(files['pdf-plain-text'], execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));

  put(files.html, renderHtmlPage(model));
  put(files['html-paste'], renderHtmlFragment(model));
  put(files.text, renderPlainText(model));
  put(files.markdown, markdown(model));
  put(files.tsv, tsv(model));
  put(files['page-text'], pageText(model, index));
  put(files.ocr, ocr(model, index));
  put(files.typos, typos(model));
  if (seed.edition === '2021') put(files.layout2019, layout2019(model));
}
// 13 forms of each seed, but the 2019 layout of the one report already in the 2019 edition
const expected = SEEDS.length * 13 - SEEDS.filter((s) => s.edition !== '2021').length;
if (written.length !== expected) throw new Error(`wrote ${written.length} files, expected ${expected}`);
console.log(`wrote ${written.length} files under ${corpus}`);
