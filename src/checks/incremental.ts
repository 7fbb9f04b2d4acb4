// The checks kept up to date edit by edit. A cell edit recomputes only what reads that cell — the totals
// whose formula includes it and the rules whose cells include it, as the template says — and reports which
// cells' view changed (value, total or findings), so that only those are drawn again. `runChecks` stays the
// reference: a property test holds the two equal after every edit.
import type { CellValue, Report } from '../report/schema';
import { getCellValue } from '../report/cells';
import { cellPath } from '../template/paths';
import { resolveTemplate, type CellDef, type ResolvedTable } from '../template/resolve';
import type { Template } from '../template/types';
import { balanceColumns } from './balance';
import { enteredInputs, sumInputs } from './derive';
import { checkSources, type CheckSource } from './sources';
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

  // Every source of findings, in the order runChecks lists them; crossYear reads every figure and last year's, so
  // it runs again on any edit while last year is known.
  const { all, balance, filled, crossYear, texts, extraReadingCells } = checkSources(resolved, currentYear, extra);

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
  const balanceOf = new Map<string, CheckSource[]>();
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
    const findings = all.flatMap((g) => byKey.get(g.key) ?? []);
    return { report, derived, groups: byKey, findings, findingsByCell: indexByCell(findings) };
  }

  function full(report: Report): Checked {
    const derived = new Map<string, CellValue>();
    const valueOf = (p: string) => (derived.has(p) ? derived.get(p)! : getCellValue(report, p));
    for (const d of [...derivedCells].sort((a, b) => evaluationOrder(a) - evaluationOrder(b)))
      derived.set(d.path, sumInputs(d.sumOf!, valueOf));
    return assemble(report, derived, new Map(all.map((g) => [g.key, g.run(report, derived)])));
  }

  /** Runs the given sources again; keeps the previous results (same arrays) of the others. */
  function rerun(
    prev: Checked,
    report: Report,
    derived: ReadonlyMap<string, CellValue>,
    again: Iterable<CheckSource>,
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
      const again = new Set<CheckSource>();
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
      for (const g of extraReadingCells) again.add(g);
      return rerun(prev, report, derived, again, changedCells);
    },
    reportChanged(prev, report) {
      if (report.tables !== prev.report.tables) {
        const checked = full(report);
        const changedCells = new Set<string>([...resolved.cells.map((c) => c.path)]);
        return { checked, changedCells, findingsChanged: true };
      }
      return rerun(prev, report, prev.derived, texts, new Set());
    },
  };
}
