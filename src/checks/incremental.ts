// The checks kept up to date edit by edit. A cell edit recomputes only what reads that cell — the totals
// whose formula includes it and the rules whose cells include it, as the template says — and reports which
// cells' view changed (value, total or findings), so that only those are drawn again. `runChecks` stays the
// reference: a property test holds the two equal after every edit.
import type { CellValue, Report } from '../report/schema';
import { getCellValue } from '../report/cells';
import { cellPath } from '../template/paths';
import { resolveTemplate, type CellDef, type ResolvedTable } from '../template/resolve';
import type { Template } from '../template/types';
import { balanceColumns, checkBalanceColumn } from './balance';
import { checkMeta, checkTableFilled, tableSections } from './completeness';
import { enteredInputs, sumInputs } from './derive';
import { checkNarrative } from './narrative';
import { checkSectionsWritten } from './sections';
import { checkCarriedTexts, checkCrossYear } from './crossYear';
import type { CheckResult, ExtraCheck, Finding } from './types';

/** A report with its check results, as the store holds it. */
export interface Checked extends CheckResult {
  report: Report;
  /** The findings of each source (a rule in one column, a table's gaps, …), in the order `findings` lists them. */
  groups: ReadonlyMap<string, readonly Finding[]>;
  /** Findings by the cells they mark. */
  findingsByCell: ReadonlyMap<string, Finding[]>;
}

export interface CheckUpdate {
  checked: Checked;
  /** Cells whose total or findings changed (besides the edited ones). */
  changedCells: Set<string>;
  findingsChanged: boolean;
}

export interface Checker {
  full(report: Report): Checked;
  /** After an edit of the given entered cells only (meta, sections and comments untouched). */
  cellsChanged(prev: Checked, report: Report, paths: Iterable<string>): CheckUpdate;
  /** After any other edit: texts, comments, or a whole new report. */
  reportChanged(prev: Checked, report: Report): CheckUpdate;
}

interface Group {
  key: string;
  run(report: Report, derived: ReadonlyMap<string, CellValue>): Finding[];
}

export function indexByCell(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings)
    for (const c of f.cells) {
      const list = map.get(c);
      if (list) list.push(f);
      else map.set(c, [f]);
    }
  return map;
}

const sameFindings = (a: readonly Finding[], b: readonly Finding[]) =>
  a.length === b.length &&
  a.every(
    (f, i) =>
      f.id === b[i].id &&
      f.message === b[i].message &&
      f.target === b[i].target &&
      f.cells.join() === b[i].cells.join(),
  );

/** `extra`: checks of a script of their own (see runChecks), run after the built-in ones, in the same order. */
export function createChecker(template: Template, currentYear: number, extra: readonly ExtraCheck[] = []): Checker {
  const resolved = resolveTemplate(template);

  // Every source of findings, in the order runChecks lists them.
  const meta: Group = { key: 'meta', run: (r) => checkMeta(r, currentYear) };
  const balance = new Map<string, Group>();
  for (const table of resolved.tables)
    for (const column of balanceColumns(table))
      balance.set(`balance:${table.key}.${column}`, {
        key: `balance:${table.key}.${column}`,
        run: (r) => [checkBalanceColumn(resolved, table, column, r) ?? []].flat(),
      });
  const filled = new Map<string, Group>(
    tableSections(resolved).map((ts) => {
      const check = checkTableFilled(ts);
      return [ts.table.key, { key: `unfilled:${ts.table.key}`, run: (r: Report) => [check(r) ?? []].flat() }];
    }),
  );
  const sections: Group = { key: 'sections', run: (r) => checkSectionsWritten(resolved, r) };
  const narrative: Group = { key: 'narrative', run: (r) => checkNarrative(template, r) };
  // read every figure and last year's: run again on any edit while last year is known
  const crossYear: Group = { key: 'crossYear', run: (r) => checkCrossYear(resolved, r) };
  const carriedTexts: Group = { key: 'carriedTexts', run: (r) => checkCarriedTexts(resolved, r) };
  const extraGroups = extra.map((c) => ({
    key: `extra:${c.key}`,
    readsCells: c.readsCells,
    run: (r: Report, d: ReadonlyMap<string, CellValue>) => c.run(template, r, d),
  }));
  const groups: Group[] = [
    meta,
    ...balance.values(),
    ...filled.values(),
    sections,
    narrative,
    crossYear,
    carriedTexts,
    ...extraGroups,
  ];
  // what a change of anything but the figures may change (last year's report included)
  const textGroups = [meta, sections, narrative, crossYear, carriedTexts, ...extraGroups];
  const cellGroups = extraGroups.filter((g) => g.readsCells);

  // A total comes after the totals it reads: by its depth in the formula tree, then in reading order.
  const depth = (c: CellDef): number =>
    c.sumOf ? 1 + Math.max(...c.sumOf.map((p) => depth(resolved.cellByPath.get(p)!))) : 0;
  const evaluation = new Map(resolved.cells.map((c, i) => [c.path, depth(c) * 100_000 + i]));
  const evaluationOrder = (c: CellDef) => evaluation.get(c.path)!;

  // What each entered cell feeds: the totals that include it, and the balance columns it takes part in.
  const derivedCells = resolved.cells.filter((c) => c.sumOf);
  const dependents = new Map<string, CellDef[]>();
  for (const d of derivedCells)
    for (const p of enteredInputs(resolved, d.path)) dependents.set(p, [...(dependents.get(p) ?? []), d]);
  for (const list of dependents.values()) list.sort((a, b) => evaluationOrder(a) - evaluationOrder(b));
  const balanceOf = new Map<string, Group[]>();
  for (const table of resolved.tables) for (const column of balanceColumns(table)) addBalanceInputs(table, column);

  function addBalanceInputs(table: ResolvedTable, column: string) {
    if (table.def.kind !== 'grid') return;
    const { left, right } = table.def.balance;
    const group = balance.get(`balance:${table.key}.${column}`)!;
    for (const row of [...left, ...right])
      for (const p of enteredInputs(resolved, cellPath(table.key, row, column)))
        balanceOf.set(p, [...(balanceOf.get(p) ?? []), group]);
  }

  function assemble(
    report: Report,
    derived: ReadonlyMap<string, CellValue>,
    byKey: ReadonlyMap<string, readonly Finding[]>,
  ): Checked {
    const findings = groups.flatMap((g) => byKey.get(g.key) ?? []);
    return { report, derived, groups: byKey, findings, findingsByCell: indexByCell(findings) };
  }

  function full(report: Report): Checked {
    const derived = new Map<string, CellValue>();
    const valueOf = (p: string) => (derived.has(p) ? derived.get(p)! : getCellValue(report, p));
    for (const d of [...derivedCells].sort((a, b) => evaluationOrder(a) - evaluationOrder(b)))
      derived.set(d.path, sumInputs(d.sumOf!, valueOf));
    return assemble(report, derived, new Map(groups.map((g) => [g.key, g.run(report, derived)])));
  }

  /** Runs the given sources again; keeps the previous results (same arrays) of the others. */
  function rerun(
    prev: Checked,
    report: Report,
    derived: ReadonlyMap<string, CellValue>,
    again: Iterable<Group>,
    changedCells: Set<string>,
  ): CheckUpdate {
    let byKey: Map<string, readonly Finding[]> | null = null;
    for (const g of again) {
      const before = prev.groups.get(g.key) ?? [];
      const after = g.run(report, derived);
      if (sameFindings(before, after)) continue;
      byKey ??= new Map(prev.groups);
      byKey.set(g.key, after);
      for (const f of [...before, ...after]) for (const c of f.cells) changedCells.add(c);
    }
    if (!byKey) return { checked: { ...prev, report, derived }, changedCells, findingsChanged: false };
    return { checked: assemble(report, derived, byKey), changedCells, findingsChanged: true };
  }

  return {
    full,
    cellsChanged(prev, report, paths) {
      const totals = new Set<CellDef>();
      const again = new Set<Group>();
      for (const p of paths) {
        for (const d of dependents.get(p) ?? []) totals.add(d);
        for (const g of balanceOf.get(p) ?? []) again.add(g);
        const table = resolved.cellByPath.get(p)?.table;
        if (table && filled.has(table)) again.add(filled.get(table)!);
      }
      const changedCells = new Set<string>();
      const derived = new Map(prev.derived);
      const valueOf = (p: string) => (derived.has(p) ? derived.get(p)! : getCellValue(report, p));
      for (const d of [...totals].sort((a, b) => evaluationOrder(a) - evaluationOrder(b))) {
        const value = sumInputs(d.sumOf!, valueOf);
        if (value === derived.get(d.path)) continue;
        derived.set(d.path, value);
        changedCells.add(d.path);
      }
      if (report.lastYear) again.add(crossYear);
      for (const g of cellGroups) again.add(g);
      return rerun(prev, report, derived, again, changedCells);
    },
    reportChanged(prev, report) {
      if (report.tables !== prev.report.tables) {
        const checked = full(report);
        const changedCells = new Set<string>([...resolved.cells.map((c) => c.path)]);
        return { checked, changedCells, findingsChanged: true };
      }
      return rerun(prev, report, prev.derived, textGroups, new Set());
    },
  };
}
