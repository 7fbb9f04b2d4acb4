import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeddedFaces, PDF_FACES, seedPdfProblems } from '../../test/pdfChecks';
import { readPdf } from '../../test/render';
import { readSeed, readSeedSections, YINDU } from '../../test/seed';
import { layoutDocument } from '../document/blocks';
import { paginate } from '../document/pages';
import type { Report } from '../report/schema';
import { template2021 } from '../template';
import { coverageOf, faceBytes } from '../../build/pdfFonts';
import { parseCoverage } from './fontCoverage';
import { faceRuns, renderPdfBytes, type PdfFonts } from './pdf';

const [body, heading, kai] = await Promise.all((['body', 'heading', 'kai'] as const).map(faceBytes));
const fonts: PdfFonts = { body, heading, kai };
const seed = readSeed(YINDU);
const report: Report = {
  ...seed.report,
  meta: { agency: '殷都区人民政府办公室', year: 2024, date: '2025-01-20' },
  sections: readSeedSections(YINDU),
};
const TITLE = '殷都区人民政府办公室2024年政府信息公开工作年度报告';
const dir = mkdtempSync(join(tmpdir(), 'pdf-test-'));

async function write(name: string, draft: boolean) {
  const model = layoutDocument(template2021, report);
  const bytes = await renderPdfBytes(model, { draft, fonts });
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
    expect(
      seedPdfProblems(clean.path, TITLE, new Map(seed.all).set('tables.appeals.adminReview.corrected', 4), clean.pages),
    ).toContain('table rows differ in pdftotext -layout');
  }, 30_000); // poppler renders every page twice to count ink

  it('embeds a subset of each face: serif body, 黑体-like and 楷体-like headings, and stays small', () => {
    expect(embeddedFaces(clean.path)).toEqual(PDF_FACES);
    expect(clean.bytes.length).toBeLessThan(600_000);
    expect(body.length).toBeGreaterThan(10_000_000);
  });

  it('marks every page of a draft 草稿', () => {
    const pdf = readPdf(draft.path);
    expect(pdf.tokens.filter((t) => t === '草稿')).toHaveLength(pdf.pages);
  });
});

describe('rare characters of place names in headings', () => {
  const has = {
    body: parseCoverage(coverageOf(body)),
    heading: parseCoverage(coverageOf(heading)),
    kai: parseCoverage(coverageOf(kai)),
  };

  it('a character a heading face lacks is drawn in the body face, glyph by glyph', () => {
    // 亍 is in every face; 䢺 and 鿍 only in the body face
    expect(faceRuns('（一）亍䢺村鿍山。正文', 9, 'kai', has)).toEqual([
      { text: '（一）亍', face: 'kai' },
      { text: '䢺', face: 'body' },
      { text: '村', face: 'kai' },
      { text: '鿍', face: 'body' },
      { text: '山。', face: 'kai' },
      { text: '正文', face: 'body' },
    ]);
  });

  it('prints them: pdftotext finds each, in the heading and the body', async () => {
    const model = layoutDocument(template2021, { ...report, meta: { ...report.meta, agency: '亍䢺鿍镇人民政府' } });
    const at = model.blocks.findIndex((b) => b.kind === 'heading1');
    const blocks = [...model.blocks];
    blocks.splice(at + 1, 0, {
      kind: 'heading2',
      heading: '（一）亍䢺鿍村主动公开。',
      text: '䢺村和鿍山的亍字。',
      target: 'x',
    });
    const path = join(dir, 'rare.pdf');
    writeFileSync(path, await renderPdfBytes({ ...model, blocks }, { draft: false, fonts }));
    const text = readPdf(path).tokens.join('');
    expect(text).toContain('亍䢺鿍镇人民政府');
    expect(text).toContain('（一）亍䢺鿍村主动公开。䢺村和鿍山的亍字。');
  });
});
