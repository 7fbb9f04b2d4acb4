// Thousands of hostile strings typed and pasted into count and 万元 cells through the very rules the cells
// and the table use (judgeTyping / judgeLeaving, parseTsv / planPaste, withCells). After each: the report
// still passes the draft reader, no value shows NaN / undefined / Infinity / exponent form, and a refused
// input has left the stored value as it was. A small seeded generator (no dependency): a failure names its
// seed and input, and reruns the same.
import { describe, expect, it } from 'vitest';
import { computeDerived } from '../checks';
import { layoutDocument } from '../document/blocks';
import { readDraft } from '../draft/read';
import { writeDraft } from '../draft/write';
import { getCellValue, withCells } from '../report/cells';
import { emptyReport } from '../report/empty';
import { formatNumber, parseNumberInput } from '../report/number';
import { cellValueSchema, reportSchema, type CellValue, type Report } from '../report/schema';
import { template2021 } from '../template';
import { resolveTemplate } from '../template/resolve';
import { parseTsv } from './clipboard';
import { mapGrid } from './navigation';
import { planPaste } from './paste';
import { judgeLeaving, judgeTyping } from './typing';
import { random, type Random } from '../../test/random';

const resolved = resolveTemplate(template2021);
const schema = reportSchema(template2021);
const entered = resolved.cells.filter((c) => !c.sumOf);
const amountCell = entered.find((c) => c.kind === 'amount')!;
const grids = new Map(resolved.tables.map((t) => [t.key, mapGrid(t.layout)]));

const PIECES = [
  ...'0123456789',
  ...'０１２３４５６７８９',
  '00',
  '999',
  '1234567890',
  ',',
  '，',
  "'",
  '＇',
  '.',
  '．',
  ' ',
  '\u00a0',
  '\u3000',
  '\u202f',
  '\u2009',
  '-',
  '+',
  '－',
  '＋',
  '—',
  '–',
  '/',
  '无',
  '#',
  '###',
  'e',
  'E',
  'e+308',
  '1e308',
  'e-7',
  '0x1F',
  'Infinity',
  '-Infinity',
  'NaN',
  'undefined',
  'null',
  '9007199254740993',
  '😀',
  '👍🏽',
  '\u{1F1E8}\u{1F1F3}',
  '\u0000',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u200b',
  '\u200e',
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udc00',
  '"',
  '""',
  '<script>',
  '__proto__',
  '万元',
  '件',
] as const;

function nastyString(r: Random): string {
  const roll = r.next();
  if (roll < 0.01) return r.pick(['9', '1,', 'x', '０', ' ', '"']).repeat(10_000); // 10,000-character strings
  if (roll < 0.25) {
    // near misses of a valid number: digits with one twist
    const digits = String(r.int(10 ** (1 + r.int(12))));
    return r.pick([
      `${digits}.${r.int(100000)}`,
      digits.replace(/(\d)(?=(\d{3})+$)/g, `$1${r.pick([',', ' ', "'", '，'])}`),
      `${digits}${r.pick(PIECES)}`,
      `${r.pick(PIECES)}${digits}`,
    ]);
  }
  return Array.from({ length: 1 + r.int(12) }, () => r.pick(PIECES)).join('');
}

const SHOWN = /^(\d+(\.\d{1,4})?)?$/;

/** Every figure as the cells and the printed tables show it that is not plain digits (expect() per cell is slow). */
function badlyShown(report: Report): string[] {
  const shown = [
    ...entered.map((c) => [c.path, formatNumber(getCellValue(report, c.path))]),
    ...[...computeDerived(resolved, report)].map(([path, v]) => [path, formatNumber(v)]),
  ];
  return shown.filter(([, text]) => !SHOWN.test(text)).map(([path, text]) => `${path}=${text}`);
}

function expectClean(report: Report, context: string) {
  const parsed = schema.safeParse(report);
  if (!parsed.success) expect.fail(`${context}: the draft reader refuses ${JSON.stringify(parsed.error.issues[0])}`);
  const bad = badlyShown(report);
  if (bad.length) expect.fail(`${context}: shown as ${bad.join(', ')}`);
}

/** The cheap check after each input (only these cells changed); the whole report is checked every FULL_CHECK inputs. */
function expectCellsClean(report: Report, paths: Iterable<string>, context: string) {
  for (const path of paths) {
    const def = resolved.cellByPath.get(path)!;
    const value = getCellValue(report, path);
    if (!cellValueSchema(def).safeParse(value).success || !SHOWN.test(formatNumber(value)))
      expect.fail(`${context}: ${path} holds ${String(value)}, which the draft reader refuses or shows badly`);
  }
}
const FULL_CHECK = 25;

describe('fuzz: hostile input into number cells', () => {
  it(
    'typing 3,000 random strings keystroke by keystroke never stores a bad value and never loses the old one',
    { timeout: 60_000 },
    () => {
      const r = random(20261129);
      let report = emptyReport(template2021, 2024);
      for (let n = 0; n < 3000; n++) {
        const cell = n % 5 === 0 ? amountCell : r.pick(entered);
        const input = nastyString(r);
        const context = `#${n} ${cell.path} ${JSON.stringify(input.slice(0, 60))}`;
        const before: CellValue = getCellValue(report, cell.path);
        // As the cell does: every keystroke (a long string arrives whole, as a paste into the one cell does).
        const typedSoFar = input.length > 40 ? [input] : [...input].map((_, i) => [...input].slice(0, i + 1).join(''));
        let shown: string | null = null;
        for (const typed of typedSoFar) {
          shown = typed;
          const step = judgeTyping(typed, cell.kind);
          if (step.kind === 'store') report = withCells(report, new Map([[cell.path, step.value]]));
        }
        const restore = judgeLeaving(shown, cell.kind, before);
        if (restore) report = withCells(report, new Map([[cell.path, restore.value]]));
        // Judged apart from the cell's rules: a refused input leaves the value the cell had before it was entered;
        // an accepted one is stored as read.
        const final = parseNumberInput(shown ?? '', cell.kind);
        const expected = final.ok ? final.value : before;
        if (getCellValue(report, cell.path) !== expected)
          expect.fail(
            `${context}: the cell holds ${getCellValue(report, cell.path)}, expected ${expected} (${final.ok ? 'accepted' : 'refused'})`,
          );
        expectCellsClean(report, [cell.path], context);
        if (n % FULL_CHECK === 0) expectClean(report, context);
      }
      expectClean(report, 'at the end');
      // what the fuzz left behind is saved and read back as a draft, and prints without garbage
      const read = readDraft(new TextEncoder().encode(writeDraft(report, new Date())));
      expect(read.ok && read.report.tables).toEqual(report.tables);
      const printed = layoutDocument(template2021, report).blocks.flatMap((b) =>
        b.kind === 'table' ? b.rows.flat().map((c) => c.text) : [],
      );
      expect(printed.join(' ')).not.toMatch(/NaN|undefined|Infinity|e\+/);
    },
  );

  it(
    'pasting 1,500 random blocks changes only the cells it says it wrote, each with a storable value',
    { timeout: 60_000 },
    () => {
      const r = random(7);
      let report = emptyReport(template2021, 2024);
      for (let n = 0; n < 1500; n++) {
        const anchor = r.pick(entered);
        const rows = 1 + r.int(4);
        const text = Array.from({ length: rows }, () =>
          Array.from({ length: 1 + r.int(5) }, () => nastyString(r)).join('\t'),
        ).join(r.pick(['\n', '\r\n']));
        const context = `#${n} ${anchor.path} ${JSON.stringify(text.slice(0, 80))}`;
        const plan = planPaste(grids.get(anchor.table)!, resolved.cellByPath, anchor.path, parseTsv(text));
        const after = withCells(report, plan.changes);
        const moved = entered.filter(
          (c) => !plan.changes.has(c.path) && getCellValue(after, c.path) !== getCellValue(report, c.path),
        );
        if (moved.length) expect.fail(`${context}: changed without saying so: ${moved.map((c) => c.path).join(', ')}`);
        const written = plan.refused.filter((x) => plan.changes.has(x.path));
        if (written.length) expect.fail(`${context}: refused yet written: ${written.map((x) => x.path).join(', ')}`);
        report = after;
        expectCellsClean(report, plan.changes.keys(), context);
        if (n % FULL_CHECK === 0) expectClean(report, context);
      }
    },
  );
});
