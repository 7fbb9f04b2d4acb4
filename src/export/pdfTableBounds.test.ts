// The exported PDF read back with pdf.js: wherever table 三 breaks across a page, every piece of table text (drawn at
// the table's size) lies inside a table on its page — between the top of the table's first row there and the rule
// under its last — so a merged label never runs past the table's border.
import { describe, expect, it } from 'vitest';
import { faceBytes } from '../../build/pdfFonts';
import { readSeed, readSeedSections, YINDU } from '../../test/seed';
import { layoutDocument, type Block } from '../document/blocks';
import { flowDocument, type PlacedRow } from '../document/pages';
import { PAGE, PT_PER_MM, SIZES } from '../document/pageSetup';
import type { Report } from '../report/schema';
import { template2021 } from '../template';
import { renderPdfBytes } from './pdf';

const TOP = PAGE.topMm * PT_PER_MM;
const HEIGHT = PAGE.heightMm * PT_PER_MM;
const seed = readSeed(YINDU);
const report: Report = {
  ...seed.report,
  meta: { agency: '某某镇人民政府', year: 2024, date: '2025-01-20' },
  sections: readSeedSections(YINDU),
};

/** The seed's report with `n` lines of text after the title: 表三 starts lower and breaks elsewhere. */
function shifted(n: number) {
  const model = layoutDocument(template2021, report);
  const [title, ...rest] = model.blocks;
  const filler: Block[] = Array.from({ length: n }, () => ({ kind: 'paragraph', text: '一'.repeat(20), target: 'x' }));
  return { ...model, blocks: [title, ...filler, ...rest] };
}

describe('table text inside the table, in the PDF', () => {
  it('at each place 表三 breaks in 24 layouts, no table text lies outside its table on any page', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const [body, heading, kai] = await Promise.all((['body', 'heading', 'kai'] as const).map(faceBytes));
    const breaks = new Set<number>();
    for (let n = 1; n <= 70; n += 3) {
      const model = shifted(n);
      const rows = flowDocument(model.blocks).placements.filter((p): p is PlacedRow => p.kind === 'row');
      const requests = model.blocks.findIndex((b) => b.kind === 'table' && b.key === 'requests');
      const onNext = rows.find(
        (r) => r.block === requests && r.page !== rows.find((q) => q.block === requests)!.page && !r.repeated,
      );
      if (onNext) breaks.add(onNext.row);
      const doc = await pdfjs.getDocument({
        data: await renderPdfBytes(model, { draft: false, fonts: { body, heading, kai } }),
      }).promise;
      for (let page = 1; page <= doc.numPages; page++) {
        // each table's extent on this page, from the top of its first row to the rule under its last (points from the top)
        const spans = [...new Set(rows.filter((r) => r.page === page).map((r) => r.block))].map((block) => {
          const own = rows.filter((r) => r.page === page && r.block === block);
          return [TOP + own[0].y, TOP + own[own.length - 1].y + own[own.length - 1].height];
        });
        const items = (await (await doc.getPage(page)).getTextContent()).items;
        for (const item of items) {
          if (!('str' in item) || !item.str.trim() || Math.abs(item.height - SIZES.table) > 0.5) continue;
          const baseline = HEIGHT - item.transform[5];
          const inside = spans.some(
            ([top, bottom]) => baseline - item.height * 0.9 >= top - 0.5 && baseline <= bottom + 0.5,
          );
          expect(
            inside,
            `${n} lines before 表三: “${item.str}” on page ${page} at ${baseline.toFixed(1)} pt, tables at ${JSON.stringify(spans)}`,
          ).toBe(true);
        }
      }
    }
    expect(breaks.size).toBeGreaterThanOrEqual(5);
  }, 120_000);
});
