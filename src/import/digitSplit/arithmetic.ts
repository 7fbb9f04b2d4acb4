// The relations across rows as constraints over the rows' candidate choices: propagation (a relation keeps only
// the candidates some choice of the other rows can balance) and a bounded search for one solution.

/** Search nodes allowed across all rows of one call. */
const MAX_SEARCH_NODES = 100_000;
/** Propagation steps allowed across one call. */
const MAX_PROPAGATION_WORK = 5_000_000;
/** Largest set of partial sums a relation's propagation builds before giving up on filtering by it. */
const MAX_SUM_SET = 4096;

/** A cross-row relation in component-local terms: Σ deltas[j][candidate of rows[j]] + konst = 0. */
export interface LocalRel {
  rows: number[];
  deltas: number[][];
  konst: number;
  source: number;
}

export interface Budget {
  nodes: number;
  work: number;
}

export class BudgetExceeded extends Error {}

export function spend(budget: Budget, work: number): void {
  budget.work += work;
  if (budget.work > MAX_PROPAGATION_WORK) throw new BudgetExceeded();
}

/** {s + d : s in sums, d in add}, or null when that would exceed MAX_SUM_SET (or sums is already null). */
function addAll(sums: Set<number> | null, add: number[], budget: Budget): Set<number> | null {
  if (!sums) return null;
  const next = new Set<number>();
  spend(budget, sums.size * add.length);
  for (const s of sums) {
    for (const d of add) {
      next.add(s + d);
      if (next.size > MAX_SUM_SET) return null;
    }
  }
  return next;
}

/**
 * Filters domains (arrays of candidate indices; replaced, never mutated) until no relation removes anything.
 * Returns the index of a relation that no choice satisfies, or -1.
 */
export function propagate(
  doms: number[][],
  rels: LocalRel[],
  relsOfRow: number[][],
  start: number[],
  budget: Budget,
): number {
  const queued = new Uint8Array(rels.length);
  const queue: number[] = [];
  for (const r of start) {
    if (!queued[r]) {
      queued[r] = 1;
      queue.push(r);
    }
  }
  while (queue.length > 0) {
    const ri = queue.shift()!;
    queued[ri] = 0;
    const rel = rels[ri];
    let fixed = rel.konst;
    const open: number[] = [];
    for (let j = 0; j < rel.rows.length; j++) {
      const dom = doms[rel.rows[j]];
      if (dom.length === 0) return ri;
      if (dom.length === 1) fixed += rel.deltas[j][dom[0]];
      else open.push(j);
    }
    spend(budget, rel.rows.length);
    if (open.length === 0) {
      if (fixed !== 0) return ri;
      continue;
    }
    // Distinct contributions each open row can make, and the sums reachable by the open rows before
    // (prefix) and after (suffix) each one; null past MAX_SUM_SET.
    const distinct = open.map((j) => [...new Set(doms[rel.rows[j]].map((c) => rel.deltas[j][c]))]);
    const k = open.length;
    const prefix: (Set<number> | null)[] = [new Set([0])];
    for (let b = 0; b < k; b++) prefix.push(addAll(prefix[b], distinct[b], budget));
    const suffix: (Set<number> | null)[] = new Array(k + 1);
    suffix[k] = new Set([0]);
    for (let b = k - 1; b >= 0; b--) suffix[b] = addAll(suffix[b + 1], distinct[b], budget);
    for (let a = 0; a < k; a++) {
      const before = prefix[a];
      const after = suffix[a + 1];
      if (!before || !after) continue;
      const [small, large] = before.size <= after.size ? [before, after] : [after, before];
      // Can the other open rows make up what this candidate leaves?
      const reachable = (need: number) => {
        for (const x of small) if (large.has(need - x)) return true;
        return false;
      };
      const j = open[a];
      const row = rel.rows[j];
      const dom = doms[row];
      const kept = dom.filter((c) => reachable(-(fixed + rel.deltas[j][c])));
      spend(budget, dom.length * small.size);
      if (kept.length === dom.length) continue;
      doms[row] = kept;
      if (kept.length === 0) return ri;
      for (const other of relsOfRow[row]) {
        if (other !== ri && !queued[other]) {
          queued[other] = 1;
          queue.push(other);
        }
      }
      // This relation itself may now filter the others further.
      if (!queued[ri]) {
        queued[ri] = 1;
        queue.push(ri);
      }
    }
  }
  return -1;
}

/** One solution (a candidate index per row) within doms, or null if there is none. Throws BudgetExceeded. */
export function search(
  doms: number[][],
  rels: LocalRel[],
  relsOfRow: number[][],
  start: number[],
  budget: Budget,
): number[] | null {
  const d = doms.slice();
  if (propagate(d, rels, relsOfRow, start, budget) >= 0) return null;
  let pick = -1;
  for (let r = 0; r < d.length; r++) {
    if (d[r].length > 1 && (pick < 0 || d[r].length < d[pick].length)) pick = r;
  }
  if (pick < 0) return d.map((dom) => dom[0]);
  for (const c of d[pick]) {
    if (++budget.nodes > MAX_SEARCH_NODES) throw new BudgetExceeded();
    const next = d.slice();
    next[pick] = [c];
    const found = search(next, rels, relsOfRow, relsOfRow[pick], budget);
    if (found) return found;
  }
  return null;
}
