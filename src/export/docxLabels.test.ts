// The DOCX as a reviewer without Word sees it (LibreOffice's rendering, read back with pdf.js): no merged label of
// 表三 is cut across a page (`三、本年度办理结` on one page, `果` on the next), for the five seeds, the 示例 report, and
// the 示例 report with 1 to 16 more paragraphs before 表三, which move its page breaks through every group.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../../test/seed';
import { renderWithLibreOffice } from '../../test/render';
import { layoutDocument, type DocTable } from '../document/blocks';
import { columnWidthsPt } from '../document/pages';
import { PAGE, PT_PER_MM } from '../document/pageSetup';
import { readDraft } from '../draft/read';
import { SEEDS } from '../import/fixtures/seeds.expected';
import { importBytes } from '../import/index';
import type { Report } from '../report/schema';
import { templateFor } from '../template';
import { renderDocxBuffer } from './docx';

const LEFT = PAGE.leftMm * PT_PER_MM;
const HEIGHT = PAGE.heightMm * PT_PER_MM;

/** The 示例 report with `n` more paragraphs in its preface (before 一): 表三 starts lower and breaks elsewhere. */
const withPreface = (report: Report, n: number): Report => ({
  ...report,
  sections: {
    ...report.sections,
    intro: [report.sections.intro, ...Array.from({ length: n }, () => '本段为版式测试而加，'.repeat(4))].join('\n'),
  },
});

function reports(): [string, Report][] {
  const sample = readDraft(readFileSync('public/sample.nianbao.json'));
  if (!sample.ok) throw new Error(sample.error.message);
  return [
    ['示例', sample.report],
    ...Array.from({ length: 16 }, (_, i) => i + 1).map((n): [string, Report] => [
      `示例，前言多${n}段`,
      withPreface(sample.report, n),
    ]),
    ...SEEDS.map((s): [string, Report] => [
      s.file,
      importBytes(s.file, new Uint8Array(readFileSync(`${SHARED_DIR}/seeds/${s.file}`)), 2026).report,
    ]),
  ];
}

describe('merged labels in the DOCX as LibreOffice prints it', () => {
  for (const [name, report] of reports())
    it(
      `${name}: each label of 表三’s first two columns is whole on every page it is on`,
      () => labelsWhole(report),
      120_000,
    );
});

async function labelsWhole(report: Report) {
  const model = layoutDocument(templateFor(report.template), report);
  const table = model.blocks.find((b): b is DocTable => b.kind === 'table' && b.key === 'requests')!;
  const widths = columnWidthsPt(table);
  const column = (c: number) => [
    LEFT + widths.slice(0, c).reduce((a, b) => a + b, 0),
    LEFT + widths.slice(0, c + 1).reduce((a, b) => a + b, 0),
  ];
  // the labels merged over several rows: 三、本年度办理结果, （三）不予公开 …
  const labels = new Map<string, number>();
  table.rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      if (r >= table.headerRows && cell.vMerge === 'restart' && table.rows[r + 1] && cell.text && col < 2)
        labels.set(cell.text, col);
      col += cell.colSpan;
    }
  });
  expect(labels.size).toBeGreaterThan(0);
  const dir = mkdtempSync(join(tmpdir(), 'docx-labels-'));
  const path = join(dir, 'report.docx');
  writeFileSync(path, await renderDocxBuffer(model, { draft: false }));
  const rendered = renderWithLibreOffice(path);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(rendered.pdf)) }).promise;
  for (let page = 1; page <= doc.numPages; page++) {
    const items = (await (await doc.getPage(page)).getTextContent()).items.flatMap((i) =>
      'str' in i && i.str.trim() ? [{ str: i.str.trim(), x: i.transform[4], y: HEIGHT - i.transform[5] }] : [],
    );
    // 表三 on this page: below its header (printed again on every page it continues on), above 四's heading
    const top = items.find((i) => i.str.includes('申请人情况'))?.y;
    if (top === undefined) continue;
    const bottom = items.find((i) => i.y > top && i.str.startsWith('四、'))?.y ?? Infinity;
    for (const [label, col] of labels) {
      const [x0, x1] = column(col);
      // the column's text on this page, top to bottom: a label is whole here, or not here at all
      // (the pieces of the column's labels only: paragraphs and other tables reach into the same x)
      const ofColumn = [...labels].filter(([, c]) => c === col).map(([l]) => l);
      const text = items
        .filter(
          (i) => i.y > top && i.y < bottom && i.x >= x0 - 1 && i.x < x1 - 1 && ofColumn.some((l) => l.includes(i.str)),
        )
        .sort((a, b) => a.y - b.y || a.x - b.x)
        .map((i) => i.str)
        .join('');
      const head = label.slice(0, 3);
      if (text.includes(head)) expect(text, `page ${page}: “${label}”`).toContain(label);
    }
  }
}
