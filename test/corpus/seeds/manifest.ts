// The seed half of the import corpus: the five seed reports (../shared/seeds/), each written by make.ts in
// every form a report reaches the app in. Expected figures: SEEDS (src/import/fixtures/seeds.expected.ts, read off
// the seeds by hand), the same for every form, except layout2019 (see there). The seeds are sound: no errors.
import { figures, type CorpusCase, type CorpusExpectation, type CorpusForm } from '../types';
import { SEEDS, SEED_NAMES } from './seedReport';
import type { SeedExpectation } from '../../../src/import/fixtures/seeds.expected';

type SeedForm = CorpusForm;

/** Each form's file (relative to test/corpus/), how it is read, and how make.ts made it. */
const FORMS: { form: SeedForm; ext: string; how: 'file' | 'paste'; made: string; only2021?: true }[] = [
  { form: 'docx', ext: 'docx', how: 'file', made: 'the app’s own DOCX export (renderDocxBuffer of layoutDocument)' },
  {
    form: 'pdf',
    ext: 'pdf',
    how: 'file',
    made: 'the app’s DOCX converted by LibreOffice (soffice --convert-to pdf); 表三’s narrow label columns wrap long labels over 2–3 lines',
  },
  {
    form: 'pdf-layout-text',
    ext: 'layout.txt',
    how: 'paste',
    made: '`pdftotext -layout` of the LibreOffice PDF, pasted',
  },
  {
    form: 'pdf-plain-text',
    ext: 'plain.txt',
    how: 'paste',
    made: '`pdftotext` (no -layout) of the LibreOffice PDF: each cell on its own line, pasted',
  },
  {
    form: 'html',
    ext: 'html',
    how: 'file',
    made: 'the app’s web page export (renderHtmlPage): <table> with rowspan/colspan',
  },
  {
    form: 'html-paste',
    ext: 'paste.html',
    how: 'paste',
    made: 'the app’s HTML fragment (renderHtmlFragment), pasted as text/html',
  },
  {
    form: 'text',
    ext: 'txt',
    how: 'file',
    made: 'the app’s plain text export (renderPlainText): table rows tab-separated, merged cells left out',
  },
  {
    form: 'markdown',
    ext: 'md',
    how: 'paste',
    made: 'markdown: pipe tables over the whole grid (merged cells empty), the text around them; pasted',
  },
  {
    form: 'tsv',
    ext: 'tsv',
    how: 'paste',
    made: 'tab-separated: every table row across the whole grid, merged cells as empty fields; pasted',
  },
  {
    form: 'page-text',
    ext: 'page.txt',
    how: 'paste',
    made: 'a crawler’s page text: each row’s labels and figures run together, a stray space now and then; rows on lines, in one line, or both; pasted',
  },
  {
    form: 'ocr',
    ext: 'ocr.md',
    how: 'paste',
    made: 'OCR-style markdown: 表三 cut into three tables (一/二, 三, 四), each with its header repeated, missing or given as 数据1…数据7; pasted',
  },
  {
    form: 'typos',
    ext: 'typos.txt',
    how: 'paste',
    made: 'labels with typos, missing/extra characters and other numbering (1、 (1) ①), 2019 headings and 规范性文件, rows space-separated, group labels on the first row only; pasted',
  },
  {
    form: 'layout2019',
    ext: 'layout2019.txt',
    how: 'file',
    made:
      '表三 in the 2019 layout: （六）其他处理 one row holding the sum of the 2021 edition’s three sub-rows; rows tab-separated. ' +
      'Expected: that sum in otherHandling.other, 0 in otherHandling.noCorrection and otherHandling.unpaidFee',
    only2021: true,
  },
];

/** The files of a seed, by form (paths relative to test/corpus/). */
export function SEED_FILES(name: string): Record<SeedForm, string> {
  return Object.fromEntries(FORMS.map((f) => [f.form, `seeds/files/${name}.${f.ext}`])) as Record<SeedForm, string>;
}

const nonZero = (values: Record<string, number>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== 0));

function expectation(seed: SeedExpectation, form: SeedForm): CorpusExpectation {
  const values = figures(seed.edition, nonZero(seed.values));
  if (form === 'layout2019') {
    // （六）其他处理 printed as one row: the 2021 edition's three sub-rows read as 3.其他
    for (const path of Object.keys(values).filter((p) => p.startsWith('tables.requests.otherHandling.other.'))) {
      const column = path.slice(path.lastIndexOf('.') + 1);
      const parts = ['noCorrection', 'unpaidFee', 'other'].map(
        (row) => `tables.requests.otherHandling.${row}.${column}`,
      );
      values[path] = parts.reduce((s, p) => s + (seed.values[p] ?? 0), 0);
      values[parts[0]] = 0;
      values[parts[1]] = 0;
    }
  }
  return { agency: seed.agency, year: seed.year, edition: seed.edition, values, errors: [] };
}

export const SEED_CASES: CorpusCase[] = SEEDS.flatMap((seed) => {
  const name = SEED_NAMES[seed.file];
  const files = SEED_FILES(name);
  return FORMS.filter((f) => !f.only2021 || seed.edition === '2021').map((f): CorpusCase => ({
    id: `seed-${name}.${f.ext}`,
    file: files[f.form],
    form: f.form,
    how: f.how,
    expected: expectation(seed, f.form),
    source: `seed ${seed.file} (../shared/seeds/; figures from SEEDS, texts from the seed), ${seed.edition} edition: ${f.made}. Made by test/corpus/seeds/make.ts`,
  }));
});
