// Scoring the import corpus: a case read as the app reads it (a file by its extension, PDFs through pdf.js; a
// paste through 粘贴报告内容), then every entered cell, the agency, the year and the report's own errors compared
// with the figures a person read off the original. Pure apart from reading the case's file.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBytes, importPaste, type ImportResult } from '../../src/import';
import { matchReport } from '../../src/import/match';
import { pdfToSource } from '../../src/import/pdf/layout';
import { readPdfPages, type PdfJs } from '../../src/import/pdf/read';
import { readDraft } from '../../src/draft/read';
import { writeDraft } from '../../src/draft/write';
import { getCellValue } from '../../src/report/cells';
import { nodeParser } from '../domParser';
import type { CorpusCase } from './types';

export const CORPUS_DIR = dirname(fileURLToPath(import.meta.url));
/** The year the app is used in when reading the corpus (fixed, so that a case's reading does not change with the date). */
export const CURRENT_YEAR = 2026;

let pdfjs: Promise<{ pdfjs: PdfJs; options: { paintImageOp: number } }> | null = null;
function loadPdfJs() {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => ({
    pdfjs: m as unknown as PdfJs,
    options: { paintImageOp: m.OPS.paintImageXObject },
  }));
  return pdfjs;
}

/** Reads a case the way the app would: `file` by its extension (PDFs with pdf.js), `paste` as pasted text or HTML. */
export async function readCase(c: CorpusCase): Promise<ImportResult> {
  const path = join(CORPUS_DIR, c.file);
  const bytes = new Uint8Array(readFileSync(path));
  const name = c.file.slice(c.file.lastIndexOf('/') + 1);
  if (c.how === 'paste') {
    const text = new TextDecoder().decode(bytes);
    return /\.html?$/i.test(name)
      ? importPaste({ html: text }, CURRENT_YEAR, nodeParser)
      : importPaste({ text }, CURRENT_YEAR, nodeParser);
  }
  if (/\.pdf$/i.test(name)) {
    const { pdfjs, options } = await loadPdfJs();
    return matchReport(pdfToSource(await readPdfPages(pdfjs, bytes, options)), CURRENT_YEAR);
  }
  return importBytes(name, bytes, CURRENT_YEAR, nodeParser);
}

export interface CellMiss {
  path: string;
  expected: number | null;
  read: number | null;
}

export interface CaseScore {
  id: string;
  form: string;
  /** Every entered cell of the expectation, and those read exactly (null for null). */
  cells: number;
  cellsRight: number;
  /** The expected figures that are not 0 (nor null), and those read right. */
  nonZero: number;
  nonZeroRight: number;
  /** A number read that is not the expected one, or a number where null was expected. */
  wrong: CellMiss[];
  /** A number expected, null read. */
  missing: CellMiss[];
  /** 勾稽不符 findings (`balance:`, `stated:`) that none of the expected errors accounts for: their messages. */
  invented: string[];
  /** Expected errors found in no finding's message. */
  missed: string[];
  agencyRight: boolean;
  yearRight: boolean;
  agencyRead: string | null;
  yearRead: number | null;
  editionRead: string | null;
  ms: number;
  /** Why the imported report would not reopen from its draft file (what 确认导入 puts in must always save); '' when it does. */
  reopenProblem: string;
  /** The reader refused the case (ImportError) or broke: its message. Every figure then counts as read null. */
  error?: string;
}

function reopenProblem(report: ImportResult['report']): string {
  const read = readDraft(new TextEncoder().encode(writeDraft(report, new Date('2025-01-20T00:00:00Z'))));
  return read.ok ? '' : read.error.message;
}

/** Scores what was read (null when the reader threw) against the case's expectation. */
export function scoreCase(c: CorpusCase, result: ImportResult | null, ms: number, error?: string): CaseScore {
  const { expected } = c;
  const score: CaseScore = {
    id: c.id,
    form: c.form,
    cells: 0,
    cellsRight: 0,
    nonZero: 0,
    nonZeroRight: 0,
    wrong: [],
    missing: [],
    invented: [],
    missed: [],
    agencyRight: result?.agency === expected.agency,
    yearRight: result?.year === expected.year,
    agencyRead: result?.agency ?? null,
    yearRead: result?.year ?? null,
    editionRead: result?.edition ?? null,
    ms,
    reopenProblem: result ? reopenProblem(result.report) : '',
    ...(error !== undefined ? { error } : {}),
  };
  const undetermined = new Set(expected.undetermined ?? []);
  for (const [path, printed] of Object.entries(expected.values)) {
    // a cell the edition read does not have (the wrong edition) is read as null
    const read = result ? getCellValue(result.report, path) : null;
    // a figure the source does not determine must not be read: blank is right, any figure a guess
    const want = undetermined.has(path) ? null : printed;
    score.cells++;
    if (read === want) score.cellsRight++;
    else if (read === null) score.missing.push({ path, expected: want, read });
    else score.wrong.push({ path, expected: want, read });
    if (want !== null && want !== 0) {
      score.nonZero++;
      if (read === want) score.nonZeroRight++;
    }
  }
  const findings = result?.findings ?? [];
  score.invented = findings
    .filter(
      (f) =>
        (f.id.startsWith('balance:') || f.id.startsWith('stated:')) &&
        !expected.errors.some((e) => f.message.includes(e)),
    )
    .map((f) => f.message);
  score.missed = expected.errors.filter((e) => !findings.some((f) => f.message.includes(e)));
  return score;
}

/** Reads and scores a case; a reader that throws scores as nothing read. */
export async function runCase(c: CorpusCase): Promise<CaseScore> {
  const start = performance.now();
  try {
    const result = await readCase(c);
    return scoreCase(c, result, Math.round(performance.now() - start));
  } catch (e) {
    return scoreCase(c, null, Math.round(performance.now() - start), e instanceof Error ? e.message : String(e));
  }
}

/** Everything wrong with a case, one line each (empty when it is read right). */
export function problems(s: CaseScore, c: CorpusCase, max = 8): string[] {
  const out: string[] = [];
  if (s.error !== undefined) out.push(`the reader threw: ${s.error}`);
  if (s.reopenProblem) out.push(`the imported report does not reopen from its draft file: ${s.reopenProblem}`);
  if (!s.agencyRight) out.push(`agency: expected ${c.expected.agency}, read ${s.agencyRead}`);
  if (!s.yearRight) out.push(`year: expected ${c.expected.year}, read ${s.yearRead}`);
  if (s.editionRead !== null && s.editionRead !== c.expected.edition)
    out.push(`edition: expected ${c.expected.edition}, read ${s.editionRead}`);
  const cells = (label: string, list: CellMiss[]) => {
    if (!list.length) return;
    out.push(`${list.length} ${label}:`);
    for (const m of list.slice(0, max)) out.push(`  ${m.path}: expected ${m.expected}, read ${m.read}`);
    if (list.length > max) out.push(`  … and ${list.length - max} more`);
  };
  cells('wrong', s.wrong);
  cells('missing', s.missing);
  if (s.invented.length) {
    out.push(`${s.invented.length} invented errors:`);
    for (const m of s.invented.slice(0, 5)) out.push(`  ${m}`);
    if (s.invented.length > 5) out.push(`  … and ${s.invented.length - 5} more`);
  }
  if (s.missed.length) out.push(`missed errors: ${s.missed.join(' / ')}`);
  return out;
}

interface Totals {
  cases: number;
  clean: number;
  cells: number;
  cellsRight: number;
  nonZero: number;
  nonZeroRight: number;
  wrong: number;
  missing: number;
  invented: number;
  missed: number;
  agencyYear: number;
  ms: number;
}

function totalsOf(scores: CaseScore[]): Totals {
  const t: Totals = {
    cases: 0,
    clean: 0,
    cells: 0,
    cellsRight: 0,
    nonZero: 0,
    nonZeroRight: 0,
    wrong: 0,
    missing: 0,
    invented: 0,
    missed: 0,
    agencyYear: 0,
    ms: 0,
  };
  for (const s of scores) {
    t.cases++;
    t.cells += s.cells;
    t.cellsRight += s.cellsRight;
    t.nonZero += s.nonZero;
    t.nonZeroRight += s.nonZeroRight;
    t.wrong += s.wrong.length;
    t.missing += s.missing.length;
    t.invented += s.invented.length;
    t.missed += s.missed.length;
    if (s.agencyRight && s.yearRight) t.agencyYear++;
    t.ms += s.ms;
    if (isClean(s)) t.clean++;
  }
  return t;
}

/** Read right: every cell, agency and year, no invented and no missed error, no refusal. */
export const isClean = (s: CaseScore) =>
  s.error === undefined &&
  !s.reopenProblem &&
  !s.wrong.length &&
  !s.missing.length &&
  !s.invented.length &&
  !s.missed.length &&
  s.agencyRight &&
  s.yearRight;

/** The score table: a line per case, then a total line per form and overall. */
export function scoreTable(scores: CaseScore[]): string {
  const header = ['case', 'form', 'cells', 'non-zero', 'wrong', 'missing', 'invented', 'missed', 'agency/year', 'ms'];
  const rows: string[][] = scores.map((s) => [
    s.id,
    s.form,
    `${s.cellsRight}/${s.cells}`,
    `${s.nonZeroRight}/${s.nonZero}`,
    String(s.wrong.length),
    String(s.missing.length),
    String(s.invented.length),
    String(s.missed.length),
    s.error !== undefined ? 'THREW' : `${s.agencyRight ? 'ok' : 'AGENCY'}${s.yearRight ? '' : ' YEAR'}`.trim(),
    String(s.ms),
  ]);
  const total = (label: string, form: string, list: CaseScore[]) => {
    const t = totalsOf(list);
    return [
      label,
      form,
      `${t.cellsRight}/${t.cells}`,
      `${t.nonZeroRight}/${t.nonZero}`,
      String(t.wrong),
      String(t.missing),
      String(t.invented),
      String(t.missed),
      `${t.agencyYear}/${t.cases}`,
      String(t.ms),
    ];
  };
  const forms = [...new Set(scores.map((s) => s.form))];
  const totals = forms.map((f) => {
    const list = scores.filter((s) => s.form === f);
    return total(`TOTAL ${f} (${totalsOf(list).clean}/${list.length} clean)`, f, list);
  });
  const all = total(`TOTAL (${totalsOf(scores).clean}/${scores.length} clean)`, 'all', scores);
  const widths = header.map((h, i) => Math.max(h.length, ...[...rows, ...totals, all].map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line), rule, ...totals.map(line), rule, line(all)].join('\n');
}
