import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedPdfProblems } from '../../test/pdfChecks';
import { readPdf } from '../../test/render';
import { readSeed, readSeedSections, YINDU } from '../../test/seed';
import { layoutDocument } from '../document/blocks';
import { paginate } from '../document/pages';
import type { Report } from '../report/schema';
import { template2021 } from '../template';
import { renderPdfBytes } from './pdf';

const require = createRequire(import.meta.url);
const font = new Uint8Array(readFileSync(require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf')));
const seed = readSeed(YINDU);
const report: Report = { ...seed.report, meta: { agency: '殷都区人民政府办公室', year: 2024, date: '2025-01-20' }, sections: readSeedSections(YINDU) };
const TITLE = '殷都区人民政府办公室2024年政府信息公开工作年度报告';
const dir = mkdtempSync(join(tmpdir(), 'pdf-test-'));

async function write(name: string, draft: boolean) {
  const model = layoutDocument(template2021, report);
  const bytes = await renderPdfBytes(model, { draft, font });
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { path, bytes, pages: paginate(model.blocks).pages };
}

describe('the PDF of the Yindu seed', async () => {
  const clean = await write('report.pdf', false);
  const draft = await write('draft.pdf', true);

  it('is A4 with the pages the preview announces, and real text: title, headings, every label and number in order', () => {
    expect(seedPdfProblems(clean.path, TITLE, seed.all, clean.pages)).toEqual([]);
    expect(readPdf(clean.path).tokens).not.toContain('草稿');
    // the check can fail: a changed figure is caught
    expect(seedPdfProblems(clean.path, TITLE, new Map(seed.all).set('tables.appeals.adminReview.corrected', 4), clean.pages)).toContain(
      'table rows differ in pdftotext -layout',
    );
  });

  it('embeds only a subset of the font, and stays small', () => {
    const fonts = execFileSync('pdffonts', [clean.path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatch(/^[A-Z]{6}\+NotoSerifSC-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(clean.bytes.length).toBeLessThan(400_000);
    expect(font.length).toBeGreaterThan(10_000_000);
  });

  it('marks every page of a draft 草稿', () => {
    const pdf = readPdf(draft.path);
    expect(pdf.tokens.filter((t) => t === '草稿')).toHaveLength(pdf.pages);
  });
});
