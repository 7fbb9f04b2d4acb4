// An imported page can hold far more than a draft may (the import preview lays out what was read before the
// draft's limits apply): 230,000 rows of a web page's table read as 230,000 short lines of one section.
// The layout must not spread arrays that long into a call's arguments (`push(...x)`, `Math.max(...x)`):
// that throws `RangeError: Maximum call stack size exceeded`.
import { describe, expect, it } from 'vitest';
import { readSeed, YINDU } from '../../test/seed';
import { sectionOf } from '../../test/sections';
import type { Report } from '../report/schema';
import { template2021 } from '../template';
import { layoutDocument } from './blocks';
import { flowDocument } from './pages';

const LINES = 230_000;

describe('a huge imported report', () => {
  it(`lays out and flows a section of ${LINES.toLocaleString('en')} short lines without a stack overflow`, () => {
    const seed = readSeed(YINDU);
    const text = Array.from({ length: LINES }, (_, i) => `第${i + 1}行，共计12件。`).join('\n');
    const report: Report = {
      ...seed.report,
      sections: { ...seed.report.sections, other: sectionOf(text, [{ heading: '表格', text }]) },
    };
    const started = performance.now();
    const model = layoutDocument(template2021, report);
    const flow = flowDocument(model.blocks);
    const ms = performance.now() - started;
    expect(model.blocks.filter((b) => b.kind === 'paragraph' && b.target.startsWith('sections.other')).length).toBe(
      2 * LINES - 1,
    );
    expect(flow.placements.length).toBeGreaterThan(2 * LINES);
    expect(flow.pages).toBeGreaterThan(10_000);
    expect(ms, `layout + flow of ${2 * LINES} paragraphs (${flow.pages} pages), in ms`).toBeLessThan(20_000);
  }, 60_000);
});
