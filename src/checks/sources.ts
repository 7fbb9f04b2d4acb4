// Every source of a report's findings, in the order they are listed: runChecks (./index.ts) runs them all; the
// incremental checker (./incremental.ts) runs each again only when what it reads has changed.
import type { CellValue, Report } from '../report/schema';
import type { ResolvedTemplate } from '../template/resolve';
import { balanceColumns, checkBalanceColumn } from './balance';
import { checkMeta, checkTableFilled, tableSections } from './completeness';
import { checkCarriedTexts, checkCrossYear } from './crossYear';
import { checkNarrative } from './narrative';
import { checkSectionsWritten } from './sections';
import type { ExtraCheck, Finding } from './types';

/** One source of findings: a rule in one column, a table's gaps, the texts, … */
export interface CheckSource {
  key: string;
  run(report: Report, derived: ReadonlyMap<string, CellValue>): Finding[];
}

export interface CheckSources {
  /** Every source, in the order its findings are listed. */
  all: readonly CheckSource[];
  /** The balance rule of each column (`balance:{table}.{column}`), which reads only that column's figures. */
  balance: ReadonlyMap<string, CheckSource>;
  /** The gaps of each table, by table key, which read only that table's figures. */
  filled: ReadonlyMap<string, CheckSource>;
  /** Reads every figure and last year's report. */
  crossYear: CheckSource;
  /** What may change after an edit of anything but the figures (last year's report included), in order. */
  texts: readonly CheckSource[];
  /** Checks of a script of their own that read the figures too. */
  extraReadingCells: readonly CheckSource[];
}

/** `extra`: checks of a script of their own (checks/prose), after the built-in ones. */
export function checkSources(
  resolved: ResolvedTemplate,
  currentYear: number,
  extra: readonly ExtraCheck[] = [],
): CheckSources {
  const { template } = resolved;
  const meta: CheckSource = { key: 'meta', run: (r) => checkMeta(r, currentYear) };
  const balance = new Map<string, CheckSource>();
  for (const table of resolved.tables)
    for (const column of balanceColumns(table)) {
      const key = `balance:${table.key}.${column}`;
      balance.set(key, { key, run: (r) => [checkBalanceColumn(resolved, table, column, r) ?? []].flat() });
    }
  const filled = new Map<string, CheckSource>(
    tableSections(resolved).map((ts) => {
      const check = checkTableFilled(ts);
      return [ts.table.key, { key: `unfilled:${ts.table.key}`, run: (r: Report) => [check(r) ?? []].flat() }];
    }),
  );
  const sections: CheckSource = { key: 'sections', run: (r) => checkSectionsWritten(resolved, r) };
  const narrative: CheckSource = { key: 'narrative', run: (r) => checkNarrative(template, r) };
  const crossYear: CheckSource = { key: 'crossYear', run: (r) => checkCrossYear(resolved, r) };
  const carriedTexts: CheckSource = { key: 'carriedTexts', run: (r) => checkCarriedTexts(resolved, r) };
  const extras = extra.map((c) => ({
    source: { key: `extra:${c.key}`, run: (r: Report, d: ReadonlyMap<string, CellValue>) => c.run(template, r, d) },
    readsCells: c.readsCells,
  }));
  const all = [
    meta,
    ...balance.values(),
    ...filled.values(),
    sections,
    narrative,
    crossYear,
    carriedTexts,
    ...extras.map((e) => e.source),
  ];
  const figuresOnly = new Set([...balance.values(), ...filled.values()]);
  return {
    all,
    balance,
    filled,
    crossYear,
    texts: all.filter((s) => !figuresOnly.has(s)),
    extraReadingCells: extras.filter((e) => e.readsCells).map((e) => e.source),
  };
}
