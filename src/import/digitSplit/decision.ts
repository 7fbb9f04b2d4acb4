// Which rows are read: per group of rows linked by relations, a row is taken iff exactly one of its candidates
// occurs in the solutions; the others are said, with the splits that fit or why none was decided.
import { BudgetExceeded, propagate, search, spend, type Budget, type LocalRel } from './arithmetic';
import type { Candidate, CrossRel } from './candidates';
import { MESSAGES } from './messages';

export type Verdict =
  | { kind: 'taken'; candidate: number }
  | { kind: 'ambiguous'; supported: number[]; exact: boolean }
  | { kind: 'message'; message: string };

/**
 * Decides the rows of one component. rows: global row indices; candidates per global row;
 * rels: the component's cross-row relations (global). Writes verdicts by global row index.
 */
export function solveComponent(
  rows: number[],
  rels: CrossRel[],
  candidates: Candidate[][],
  budget: Budget,
  verdicts: Map<number, Verdict>,
): void {
  if (rels.length === 0) {
    // Unlinked rows: their own arithmetic is all there is.
    for (const g of rows) {
      const n = candidates[g].length;
      verdicts.set(
        g,
        n === 1
          ? { kind: 'taken', candidate: 0 }
          : { kind: 'ambiguous', supported: candidates[g].map((_, c) => c), exact: true },
      );
    }
    return;
  }
  const local = new Map<number, number>();
  rows.forEach((g, i) => local.set(g, i));
  const localRels: LocalRel[] = rels.map((rel, source) => {
    const rs: number[] = [];
    const deltas: number[][] = [];
    for (const [g, terms] of rel.rows) {
      rs.push(local.get(g)!);
      deltas.push(
        candidates[g].map((cand) => {
          let s = 0;
          terms.idx.forEach((i, j) => (s += terms.coef[j] * cand.values[i]));
          return s;
        }),
      );
    }
    return { rows: rs, deltas, konst: rel.konst, source };
  });
  const relsOfRow: number[][] = rows.map(() => []);
  localRels.forEach((rel, ri) => rel.rows.forEach((r) => relsOfRow[r].push(ri)));
  const initial: number[][] = rows.map((g) => candidates[g].map((_, c) => c));
  const all = localRels.map((_, i) => i);

  const doms = initial.slice();
  let first: number[] | null;
  try {
    if (propagate(doms, localRels, relsOfRow, all, budget) >= 0) first = null;
    else first = search(doms, localRels, relsOfRow, [], budget);
  } catch (e) {
    if (!(e instanceof BudgetExceeded)) throw e;
    // Nothing proven beyond propagation: rows it narrowed to one split are decided, the rest are not.
    rows.forEach((g, r) => {
      verdicts.set(
        g,
        doms[r].length === 1
          ? { kind: 'taken', candidate: doms[r][0] }
          : { kind: 'message', message: MESSAGES.tooMuchSearch },
      );
    });
    return;
  }

  if (!first) {
    // No combination fits: the published report breaks a relation across rows (a wrong （七）总计). Then only a row's
    // own arithmetic can decide it: a row with exactly one split of its own is read (the broken relation is then
    // reported as the report's error), a row that needed the other rows to decide is not.
    for (const g of rows)
      verdicts.set(
        g,
        candidates[g].length === 1
          ? { kind: 'taken', candidate: 0 }
          : { kind: 'message', message: MESSAGES.noFitAcross },
      );
    return;
  }

  // For every row, is there a solution with another split? Each solution found widens every row's support.
  const supported: Set<number>[] = first.map((c) => new Set([c]));
  const decided: boolean[] = doms.map((d) => d.length === 1);
  const mark = (sol: number[]) => sol.forEach((c, r) => supported[r].add(c));
  const tryOther = (r: number): boolean => {
    const restricted = doms.slice();
    restricted[r] = doms[r].filter((c) => !supported[r].has(c));
    spend(budget, doms[r].length);
    if (restricted[r].length === 0) return false;
    const sol = search(restricted, localRels, relsOfRow, relsOfRow[r], budget);
    if (sol) mark(sol);
    return sol !== null;
  };
  let exhausted = false;
  try {
    for (let r = 0; r < rows.length; r++) {
      if (decided[r] || supported[r].size > 1) continue;
      tryOther(r);
      decided[r] = supported[r].size === 1;
    }
  } catch (e) {
    if (!(e instanceof BudgetExceeded)) throw e;
    exhausted = true;
  }
  // Count the splits of ambiguous rows exactly, while the budget lasts.
  const exact: boolean[] = rows.map(() => false);
  if (!exhausted) {
    try {
      for (let r = 0; r < rows.length; r++) {
        if (supported[r].size < 2) continue;
        while (tryOther(r));
        exact[r] = true;
      }
    } catch (e) {
      if (!(e instanceof BudgetExceeded)) throw e;
    }
  }
  rows.forEach((g, r) => {
    if (supported[r].size > 1) {
      verdicts.set(g, { kind: 'ambiguous', supported: [...supported[r]].sort((a, b) => a - b), exact: exact[r] });
    } else if (decided[r]) {
      verdicts.set(g, { kind: 'taken', candidate: first![r] });
    } else {
      verdicts.set(g, { kind: 'message', message: MESSAGES.tooMuchSearch });
    }
  });
}

/** Connected components of rows linked by relations (every row appears, alone if unlinked). */
export function components(rows: number[], rels: CrossRel[]): { rows: number[]; rels: CrossRel[] }[] {
  const parent = new Map<number, number>();
  rows.forEach((r) => parent.set(r, r));
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const rel of rels) {
    const [first, ...others] = [...rel.rows.keys()];
    for (const o of others) {
      const a = find(first);
      const b = find(o);
      if (a !== b) parent.set(Math.max(a, b), Math.min(a, b));
    }
  }
  const byRoot = new Map<number, { rows: number[]; rels: CrossRel[] }>();
  for (const r of rows) {
    const root = find(r);
    if (!byRoot.has(root)) byRoot.set(root, { rows: [], rels: [] });
    byRoot.get(root)!.rows.push(r);
  }
  for (const rel of rels) byRoot.get(find(rel.rows.keys().next().value!))!.rels.push(rel);
  return [...byRoot.values()];
}
