// Every figure the report's prose states about its own tables, held to the tables: a warning for each figure
// the tables contradict, each share (`占61%`) that does not follow from them, and each `×` still to be filled in.
// Warnings only: the words are the clerk's, and a figure read wrongly must never stop an export.
import { formatNumber, MAX_DECIMALS } from '../../report/number';
import type { CellValue, Report } from '../../report/schema';
import { getCellValue } from '../../report/cells';
import { templateFor } from '../../template';
import { resolveTemplate, type ResolvedTemplate } from '../../template/resolve';
import { reportTexts, type ReportText } from '../reportTexts';
import type { Finding } from '../types';
import { extractStatedFigures, type StatedFigure } from './extract';
import { figureInputs, figurePaths, KIND_INFO, tableFigure, type FigureKind } from './figures';

// ---- one figure against the tables ----

interface Judging {
  resolved: ResolvedTemplate;
  report: Report;
  derived: ReadonlyMap<string, CellValue>;
  place: string;
  text: ReportText;
}

const decimalsOf = (raw: string) => (raw.includes('.') ? raw.length - raw.indexOf('.') - 1 : 0);

/** A figure as the text writes it, for a message: `予以公开258件`, `未收到政府信息公开申请`, `予以公开×件`. */
function said(figure: StatedFigure, text: string): string {
  const info = KIND_INFO[figure.kind];
  if (figure.none) return info.none ?? `${info.words}0${info.unit}`;
  return `${info.words}${text.slice(figure.start, figure.end)}${info.unit}`;
}

/**
 * Whether the text's figure is the table's: counts exactly; an amount in 万元 at the decimals the text gives (the
 * table holds at most 4: `5949.088667` is the table's `5949.0887`).
 */
function sameFigure(stated: number, raw: string, table: number): boolean {
  const decimals = Math.min(decimalsOf(raw), MAX_DECIMALS);
  const scale = 10 ** decimals;
  return Math.round(stated * scale) === Math.round(table * scale);
}

const REQUEST_SHARES: ReadonlySet<FigureKind> = new Set<FigureKind>([
  'receivedNatural',
  'receivedOrg',
  'carriedForward',
  'granted',
  'partlyGranted',
  'withheld',
  'unavailable',
  'notProcessed',
  'otherHandling',
]);

/** What a share of requests may be taken of, as reports do: the requests received, those handled, or all to handle. */
function shareBases(j: Judging): { value: number; name: string }[] {
  const value = (kind: FigureKind) => {
    const paths = figurePaths(j.resolved, kind);
    return paths ? tableFigure(j.resolved, j.report, j.derived, paths) : null;
  };
  const received = value('received');
  const handled = value('handled');
  const carried = value('carriedOver');
  const bases = [
    { value: handled, name: '办结总数' },
    { value: received, name: '收到申请数' },
    { value: received !== null && carried !== null ? received + carried : null, name: '收到与上年结转申请之和' },
  ];
  return bases.filter((b): b is { value: number; name: string } => b.value !== null && b.value > 0);
}

/** A share said with `decimals` decimals fits `exact` when it is `exact` rounded, or cut off, at those decimals. */
function shareFits(stated: number, decimals: number, exact: number): boolean {
  const unit = 10 ** -Math.min(decimals, 6);
  const diff = exact - stated;
  return Math.abs(diff) <= unit / 2 + 1e-9 || (diff >= 0 && diff < unit);
}

function shareFinding(j: Judging, figure: StatedFigure, id: string, cells: string[]): Finding | null {
  const percent = figure.percent;
  if (!percent || figure.value === null || !REQUEST_SHARES.has(figure.kind)) return null;
  const bases = shareBases(j);
  if (bases.length === 0) return null;
  const decimals = decimalsOf(j.text.text.slice(percent.start, percent.end));
  if (bases.some((b) => shareFits(percent.value, decimals, (figure.value! / b.value) * 100))) return null;
  const base = bases[0];
  const exact = ((figure.value / base.value) * 100).toFixed(Math.max(decimals, 2));
  return warning(
    j,
    `${id}:percent`,
    cells,
    `${j.place}中写${KIND_INFO[figure.kind].words}占${formatNumber(percent.value)}%，按表格应为${exact}%（${figure.value}÷${base.value}，${base.name}）`,
  );
}

function warning(j: Judging, id: string, cells: string[], message: string): Finding {
  return { id, severity: 'warning', step: j.text.step, target: j.text.target, cells, message };
}

function judge(j: Judging, figure: StatedFigure, n: number): Finding[] {
  const paths = figurePaths(j.resolved, figure.kind);
  if (!paths) return [];
  const info = KIND_INFO[figure.kind];
  const id = `text:${figure.kind}:${j.text.target}:${n}`;
  const table = tableFigure(j.resolved, j.report, j.derived, paths);
  const shown = table === null ? '' : `${formatNumber(table)}${info.unit}`;
  if (figure.value === null) {
    const blank = figureInputs(j.resolved, paths).filter((p) => getCellValue(j.report, p) === null);
    const fix =
      table === null
        ? `，请先填写${info.label}，再改为表中的数字`
        : `，${info.label}为${shown}，请改为${formatNumber(table)}`;
    return [
      warning(
        j,
        id,
        blank.length > 0 ? blank : paths,
        `${j.place}中还有未填写的数字（×）：“${said(figure, j.text.text)}”${fix}`,
      ),
    ];
  }
  const out: Finding[] = [];
  if (table !== null && !sameFigure(figure.value, j.text.text.slice(figure.start, figure.end), table))
    out.push(warning(j, id, paths, `${j.place}中写${said(figure, j.text.text)}，${info.label}为${shown}`));
  const share = shareFinding(j, figure, id, paths);
  if (share) out.push(share);
  return out;
}

/** The figures of each text, kept while the text stays the same: the check runs again after every edit of a cell. */
const extracted = new Map<string, StatedFigure[]>();
const EXTRACTED_LIMIT = 500;
function statedFigures(text: string, year: number | null): StatedFigure[] {
  const key = `${year}\u0000${text}`;
  let figures = extracted.get(key);
  if (!figures) {
    if (extracted.size >= EXTRACTED_LIMIT) extracted.clear();
    extracted.set(key, (figures = extractStatedFigures(text, year)));
  }
  return figures;
}

/**
 * A warning for every figure a text of the report states that its tables contradict (read in the report's year),
 * for every share that does not follow from them, and for every `×` not yet filled in. A figure whose cells are
 * not all filled in is not compared; a kind the report's edition has no cell for is not read.
 */
export function checkTextFigures(report: Report, derived: ReadonlyMap<string, CellValue>): Finding[] {
  const template = templateFor(report.template);
  const resolved = resolveTemplate(template);
  const out: Finding[] = [];
  for (const text of reportTexts(template, report)) {
    const j: Judging = { resolved, report, derived, place: text.name, text };
    const seen = new Map<FigureKind, number>();
    for (const figure of statedFigures(text.text, report.meta.year)) {
      const n = seen.get(figure.kind) ?? 0;
      seen.set(figure.kind, n + 1);
      out.push(...judge(j, figure, n));
    }
  }
  return out;
}
