// Test helper: what a DOCX of the Yindu seed must hold, as a list of problems (empty when all is right),
// so that the unit tests and the end-to-end tests check the same things.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { template2021 } from '../src/template';
import { resolveTemplate } from '../src/template/resolve';
import { readDocx, shape, tablesOf } from './docxXml';
import { SHARED_DIR } from './seed';

export const HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

const TABLE_ORDER = ['active', 'requests', 'appeals'] as const;

/** Every cell of the three tables in reading order: header and row labels, then the seed's numbers. */
export function expectedTableCells(figures: ReadonlyMap<string, number>): string[][] {
  const resolved = resolveTemplate(template2021);
  return TABLE_ORDER.map((key) => {
    const layout = resolved.tables.find((t) => t.key === key)!.layout;
    return [...layout.head, ...layout.body].flat().map((c) => (c.path ? String(figures.get(c.path)) : c.text));
  });
}

/** The numbers of each printed table row, top to bottom, table after table. */
export function expectedNumberRows(figures: ReadonlyMap<string, number>): string[][] {
  const resolved = resolveTemplate(template2021);
  return TABLE_ORDER.flatMap((key) =>
    resolved.tables
      .find((t) => t.key === key)!
      .layout.body.map((line) => line.filter((c) => c.path).map((c) => String(figures.get(c.path!))))
      .filter((row) => row.length > 0),
  );
}

export function seedDocxProblems(bytes: Uint8Array, figures: ReadonlyMap<string, number>): string[] {
  const problems: string[] = [];
  const doc = readDocx(bytes)['word/document.xml'];
  const outsideTables = doc.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const headings = [...outsideTables.matchAll(/<w:t[^>]*>([一二三四五六]、[^<]*)<\/w:t>/g)].map((m) => m[1]);
  if (headings.join('|') !== HEADINGS.join('|')) problems.push(`headings: ${headings.join('|')}`);
  const tables = tablesOf(doc);
  const reference = tablesOf(
    readDocx(readFileSync(resolve(SHARED_DIR, 'reference/official-template-2021.docx')))['word/document.xml'],
  );
  if (tables.length !== 3) return [...problems, `${tables.length} tables`];
  const expected = expectedTableCells(figures);
  tables.forEach((t, i) => {
    if (shape(t).join('\n') !== shape(reference[i]).join('\n'))
      problems.push(`table ${i + 1}: merges differ from the official template`);
    const cells = t.rows
      .flat()
      .filter((c) => c.vMerge !== 'continue')
      .map((c) => c.text);
    expected[i].forEach((text, k) => {
      if (cells[k] !== text) problems.push(`table ${i + 1}, cell ${k + 1}: "${cells[k]}", expected "${text}"`);
    });
  });
  return problems;
}
