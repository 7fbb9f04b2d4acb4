// Test data: the figures of a published report in ../shared/seeds, read into a Report.
// Only tests use this; it relies on the seed's own layout (tab-separated table lines).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyReport } from '../src/report/empty';
import { withCells } from '../src/report/cells';
import type { Report } from '../src/report/schema';
import { template2021 } from '../src/template';
import { resolveTemplate, type ResolvedTable } from '../src/template/resolve';

export const SHARED_DIR = process.env.SHARED_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../shared');

export interface SeedFigures {
  /** The report with every entered cell as published. */
  report: Report;
  /** Every number as published, derived cells (totals) included: path → value. */
  all: Map<string, number>;
  /** The published totals only. */
  totals: Map<string, number>;
}

const isInt = (s: string) => /^\d+$/.test(s.trim());

function tableB(lines: string[], table: ResolvedTable, out: Map<string, number>) {
  const start = lines.findIndex((l) => l.includes('三、收到和处理政府信息公开申请情况'));
  const end = lines.findIndex((l) => l.includes('四、政府信息公开行政复议'));
  const rows = lines
    .slice(start, end)
    .map((l) =>
      l
        .split('\t')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    )
    .filter((f) => f.length >= 7 && f.slice(-7).every(isInt))
    .map((f) => f.slice(-7).map(Number));
  const rowKeys = [...new Set(table.cells.map((c) => c.row))];
  if (rows.length !== rowKeys.length)
    throw new Error(`table 三: ${rows.length} number lines, expected ${rowKeys.length}`);
  rowKeys.forEach((row, i) => {
    table.cells.filter((c) => c.row === row).forEach((c, j) => out.set(c.path, rows[i][j]));
  });
}

function tableC(lines: string[], table: ResolvedTable, out: Map<string, number>) {
  const start = lines.findIndex((l) => l.includes('四、政府信息公开行政复议'));
  const line = lines
    .slice(start)
    .map((l) =>
      l
        .split('\t')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    )
    .find((f) => f.length === table.cells.length && f.every(isInt));
  if (!line) throw new Error('table 四: no line of numbers');
  table.cells.forEach((c, i) => out.set(c.path, Number(line[i])));
}

function tableA(lines: string[], table: ResolvedTable, out: Map<string, number>) {
  for (const row of new Set(table.cells.map((c) => c.row))) {
    const cells = table.cells.filter((c) => c.row === row);
    const line = lines.map((l) => l.split('\t').map((s) => s.trim())).find((f) => f[0] === cells[0].rowLabel);
    if (!line) throw new Error(`table 二: no line for ${cells[0].rowLabel}`);
    cells.forEach((c, i) => out.set(c.path, Number(line[1 + i])));
  }
}

export function readSeed(name: string): SeedFigures {
  const lines = readFileSync(resolve(SHARED_DIR, 'seeds', name), 'utf8').split(/\r?\n/);
  const resolved = resolveTemplate(template2021);
  const all = new Map<string, number>();
  const byKey = (k: string) => resolved.tables.find((t) => t.key === k)!;
  tableA(lines, byKey('active'), all);
  tableB(lines, byKey('requests'), all);
  tableC(lines, byKey('appeals'), all);
  const entered = new Map([...all].filter(([p]) => !resolved.cellByPath.get(p)!.sumOf));
  const totals = new Map([...all].filter(([p]) => resolved.cellByPath.get(p)!.sumOf));
  const report = withCells(emptyReport(template2021, 2024), entered);
  return { report, all, totals };
}

export const YINDU = '2024-yindu-district-office.txt';

/** The seed's own text: 一's opening paragraph and run-in subsections, and 五 (test data for exports). */
export function readSeedSections(name: string): Report['sections'] {
  const text = readFileSync(resolve(SHARED_DIR, 'seeds', name), 'utf8');
  const between = (from: RegExp, to: RegExp) => {
    const start = text.search(from);
    const rest = text.slice(start).replace(from, '');
    return rest.slice(0, rest.search(to)).trim();
  };
  const overview = between(/#+ 一、总体情况/, /#+ 二、/)
    .split('\n')
    .filter(Boolean);
  return {
    intro: '',
    overview: {
      opening: overview.filter((l) => !/^[(（].[)）]/.test(l)).join('\n'),
      subsections: overview
        .map((l) => /^[(（](.)[)）]\s*([^：]+)：(.*)$/.exec(l))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => ({ heading: m[2].trim(), text: m[3].trim(), headingOnOwnLine: false })),
    },
    problems: { opening: between(/#+ 五、存在的主要问题及改进情况/, /#+ 六、/), subsections: [] },
    other: { opening: '本年度未收取信息处理费。', subsections: [] },
  };
}
