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

const [body, heading, kai, rest] = await Promise.all((['body', 'heading', 'kai', 'rest'] as const).map(faceBytes));
const fonts: PdfFonts = { body, heading, kai, rest };
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
    // the body face is a subset too (GB 2312 and the templates' wording); its rest was not needed here
    expect(body.length).toBeLessThan(4_000_000);
    expect(readPdf(clean.path).tokens.join('')).not.toMatch(/[堃鿍]/);
  });

  it('marks every page of a draft 草稿', () => {
    const pdf = readPdf(draft.path);
    expect(pdf.tokens.filter((t) => t === '草稿')).toHaveLength(pdf.pages);
  });
});

describe('rare characters of place names in headings', () => {
  const [hasBody, hasHeading, hasKai, hasRest] = [body, heading, kai, rest].map((f) => parseCoverage(coverageOf(f)));
  const has = { body: hasBody, heading: hasHeading, kai: hasKai, rest: hasRest };

  it('a character a heading face lacks is drawn in the body face, one the body subset lacks in its rest, glyph by glyph', () => {
    // 村 is in every face; 亍 (GB 2312 level 2) in the body subset only; 堃 (GBK) and 鿍 (U+9FCD) in the rest only
    expect(faceRuns('（一）村亍堃鿍山。正文亍堃', 9, 'kai', has)).toEqual([
      { text: '（一）村', face: 'kai' },
      { text: '亍', face: 'body' },
      { text: '堃鿍', face: 'rest' },
      { text: '山。', face: 'kai' },
      { text: '正文亍', face: 'body' },
      { text: '堃', face: 'rest' },
    ]);
  });

  it('prints them: pdftotext finds each, in the heading, the body and a table; the rest loaded only for them', async () => {
    const model = layoutDocument(template2021, { ...report, meta: { ...report.meta, agency: '亍堃鿍镇人民政府' } });
    const at = model.blocks.findIndex((b) => b.kind === 'heading1');
    const blocks = [...model.blocks];
    blocks.splice(at + 1, 0, {
      kind: 'heading2',
      heading: '（一）亍堃鿍村主动公开。',
      text: '堃村和鿍山的亍字。',
      target: 'x',
    });
    const path = join(dir, 'rare.pdf');
    let loads = 0;
    const loadRest = async () => (loads++, rest);
    writeFileSync(
      path,
      await renderPdfBytes({ ...model, blocks }, { draft: false, fonts: { body, heading, kai }, loadRest }),
    );
    expect(loads).toBe(1);
    const text = readPdf(path).tokens.join('');
    expect(text).toContain('亍堃鿍镇人民政府');
    expect(text).toContain('（一）亍堃鿍村主动公开。堃村和鿍山的亍字。');
    // two subsets of the serif: the body's and the rest's
    expect(embeddedFaces(path).filter((f) => f === 'NotoSerifSC-Regular subset')).toHaveLength(2);
    await renderPdfBytes(layoutDocument(template2021, report), {
      draft: false,
      fonts: { body, heading, kai },
      loadRest,
    });
    expect(loads).toBe(1);
  });
});
