/**
 * Run-together figures: some sources store a table row with its cells' figures run together
 * (`一、本年新收政府信息公开申请数量230 000023` for 23|0|0|0|0|0|23). This module splits such runs
 * into the row's cells using the table's own arithmetic (row totals, column totals, 一+二 = 三（七）+四),
 * and takes a row's split only when the arithmetic leaves exactly one. Never a guess: a row with no
 * fitting split, or with several, is not read at all, and the reason is said in a sentence.
 *
 * Algorithm:
 * 1. Per row, enumerate every split of its digit chunks into exactly cells.length figures (spaces are
 *    boundaries, a decimal point glues its neighbours, no leading zeros, ≤ 9 integer digits), depth first
 *    in printed order, pruned by (a) a reachability table "can the rest still make k figures" and
 *    (b) the relations lying inside the row (plus known cells): checked exactly when their last cell is
 *    placed, and by sign/size bounds before that. Capped at MAX_CANDIDATES per row.
 * 2. Relations spanning several rows become linear constraints over the rows' candidate choices; rows
 *    connected by them form components.
 * 3. Per component: propagation (fixed rows fix cells; a relation filters a row's candidates to those
 *    some choice of the other rows can balance), then a bounded search (propagation at every node) for
 *    one solution, then for each undecided row one more search for a solution with a different split.
 * 4. A row is taken iff exactly one of its candidates occurs in solutions. No solution (the report itself
 *    breaks a relation across rows): a row is taken only if its own arithmetic leaves one split.
 * 5. Work is capped (search nodes, propagation steps); rows left undecided by the caps are not read.
 */
import { halfWidthDigits } from '../report/number';

export interface RunOnRow {
  /** A name for messages, e.g. `一、本年新收政府信息公开申请数量`. */
  label: string;
  /** The row's cells in printed order (cell paths such as `tables.requests.new.natural`), one per printed figure. */
  cells: string[];
  /** The figures' text as seen: digits, maybe with spaces. A space is always a boundary between two figures;
   * between digits with no space any boundary is possible. May also contain `.` in a decimal (`12.5`), which never splits. */
  seen: string;
}
/** sum(left) = sum(right) over cell paths (a total: left = [total], right = its parts). */
export interface Relation {
  left: string[];
  right: string[];
}
export interface SplitResult {
  /** Cells whose figure the arithmetic fixes uniquely. */
  values: Map<string, number>;
  /** One per row that could not be split: row label and a Chinese sentence why (`有2种拆分都符合表中的加总关系：…；未读入`, `没有一种拆分符合表中的加总关系；未读入`). */
  unsplit: { label: string; message: string }[];
}

/** Past this many candidate splits a row is not read (`拆分方式过多`). */
export const MAX_CANDIDATES = 5000;
/** Depth-first steps allowed when enumerating one row's splits. */
const MAX_ROW_STEPS = 1_000_000;
/** Search nodes allowed across all rows of one call. */
const MAX_SEARCH_NODES = 100_000;
/** Propagation steps allowed across one call. */
const MAX_PROPAGATION_WORK = 5_000_000;
/** Largest set of partial sums a relation's propagation builds before giving up on filtering by it. */
const MAX_SUM_SET = 4096;
/** Most integer digits in one figure. */
const MAX_INT_DIGITS = 9;
/** Most decimal places taken into account. */
const MAX_DECIMALS = 6;
/** Splits quoted in an ambiguity message. */
const QUOTED_SPLITS = 3;

export const MESSAGES = {
  noFit: '没有一种拆分符合表中的加总关系；未读入',
  noFitAcross: '没有一种拆分符合表中的加总关系（与其他行的加总关系不符）；未读入',
  ambiguous: (n: number, splits: string[], exact: boolean) =>
    `${exact ? '' : '至少'}有${n}种拆分都符合表中的加总关系：${splits.slice(0, QUOTED_SPLITS).join('、')}${
      splits.length > QUOTED_SPLITS ? ' 等' : ''
    }；未读入`,
  tooManySplits: `拆分方式过多（超过${MAX_CANDIDATES}种），无法确定唯一的拆分；未读入`,
  tooMuchRowWork: '拆分方式过多（超出计算上限），无法确定唯一的拆分；未读入',
  tooMuchSearch: '与其他行组合的拆分方式过多（超出计算上限），无法确定唯一的拆分；未读入',
  wrongCount: (n: number) => `无法拆成${n}个数（数字位数或空格位置与单元格数不符）；未读入`,
  badChars: (chars: string) => `含有数字、小数点和空格以外的字符「${chars}」；未读入`,
  noDigits: '没有数字；未读入',
  noCells: '没有对应的单元格；未读入',
  duplicateCell: (cell: string) => `单元格 ${cell} 在多处出现；未读入`,
} as const;

/* ------------------------------------------------------------------ parsing */

interface ParsedRow {
  /** Figures' characters with spaces removed. */
  text: string;
  /** breakOk[k]: a boundary may fall before text[k] (k = 0..text.length). */
  breakOk: boolean[];
  /** mustBreak[k]: a space stood before text[k]. */
  mustBreak: boolean[];
  /** Largest number of decimal places in the row. */
  decimals: number;
}

function normalizeSeen(seen: string): string {
  return halfWidthDigits(seen).replace(/[．]/g, '.');
}

function parseSeen(seen: string): ParsedRow | string {
  const norm = normalizeSeen(seen).trim();
  if (norm === '') return MESSAGES.noDigits;
  const bad = norm.replace(/[\d.\s]/g, '');
  if (bad !== '') return MESSAGES.badChars([...new Set(bad)].join(''));
  const tokens = norm.split(/\s+/);
  let text = '';
  const mustBreakAt = new Set<number>();
  let decimals = 0;
  for (const t of tokens) {
    if (text !== '') mustBreakAt.add(text.length);
    text += t;
    for (const frac of t.split('.').slice(1)) decimals = Math.max(decimals, frac.length);
  }
  if (!/\d/.test(text)) return MESSAGES.noDigits;
  const breakOk: boolean[] = [];
  const mustBreak: boolean[] = [];
  for (let k = 0; k <= text.length; k++) {
    mustBreak.push(mustBreakAt.has(k));
    // A boundary next to a decimal point would cut a decimal: never (a space there makes the row unreadable).
    breakOk.push(text[k - 1] !== '.' && text[k] !== '.');
  }
  return { text, breakOk, mustBreak, decimals: Math.min(decimals, MAX_DECIMALS) };
}

function decimalsOf(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
  const s = String(n);
  const e = s.match(/e-(\d+)$/);
  if (e) return MAX_DECIMALS;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(s.length - dot - 1, MAX_DECIMALS);
}

/** A figure's text as an integer in units of 10^-decimals (exact for the magnitudes in these tables). */
function scaled(text: string, factor: number): number {
  return Math.round(Number(text) * factor);
}

/* ------------------------------------------------------------------ relations */

/** A relation as Σ coef·cell + konst = 0, restricted to one row's cell positions. */
interface RowTerms {
  idx: number[];
  coef: number[];
}
interface IntraRel {
  terms: RowTerms;
  konst: number;
}
interface CrossRel {
  rows: Map<number, RowTerms>;
  konst: number;
}

/* ------------------------------------------------------------------ one row's candidates */

interface Candidate {
  texts: string[];
  values: number[];
}

type Enumerated = { candidates: Candidate[] } | { message: string };

function enumerateRow(
  parsed: ParsedRow,
  n: number,
  intra: IntraRel[],
  knownAt: (number | undefined)[],
  factor: number,
): Enumerated {
  const { text, breakOk, mustBreak } = parsed;
  const len = text.length;

  // ends[s]: the ends e of every valid figure text[s..e); vals[s]: their values.
  const ends: number[][] = [];
  const vals: number[][] = [];
  for (let s = 0; s < len; s++) {
    const list: number[] = [];
    const values: number[] = [];
    ends.push(list);
    vals.push(values);
    if (!breakOk[s] || text[s] === '.') continue;
    let intDigits = 0;
    let dots = 0;
    for (let e = s + 1; e <= len; e++) {
      if (e - 1 > s && mustBreak[e - 1]) break; // a space inside the figure
      const ch = text[e - 1];
      if (ch === '.') {
        dots++;
        if (dots > 1) break;
      } else if (dots === 0) {
        intDigits++;
        if (intDigits > MAX_INT_DIGITS) break;
        if (intDigits === 2 && text[s] === '0') break; // leading zero
      }
      if (breakOk[e] && ch !== '.') {
        list.push(e);
        values.push(scaled(text.slice(s, e), factor));
      }
    }
  }

  // reach[p][k]: text[p..] splits into exactly k valid figures.
  const reach: Uint8Array[] = [];
  for (let p = 0; p <= len; p++) reach.push(new Uint8Array(n + 1));
  reach[len][0] = 1;
  for (let p = len - 1; p >= 0; p--) {
    for (const e of ends[p]) {
      const from = reach[e];
      const to = reach[p];
      for (let k = 0; k < n; k++) if (from[k]) to[k + 1] = 1;
    }
  }
  if (!reach[0][n]) return { message: MESSAGES.wrongCount(n) };

  // Relations by cell position: running partial sums and the unassigned coefficient mass.
  const relAt: { rel: number; coef: number }[][] = Array.from({ length: n }, () => []);
  const partial: number[] = [];
  const unPos: number[] = [];
  const unNeg: number[] = [];
  const left: number[] = [];
  intra.forEach((r, ri) => {
    partial.push(r.konst);
    let pos = 0;
    let neg = 0;
    r.terms.idx.forEach((i, j) => {
      const c = r.terms.coef[j];
      relAt[i].push({ rel: ri, coef: c });
      if (c > 0) pos += c;
      else neg -= c;
    });
    unPos.push(pos);
    unNeg.push(neg);
    left.push(r.terms.idx.length);
  });
  // A relation with no cells left in the row (all coefficients cancelled) is a constant check.
  for (let ri = 0; ri < intra.length; ri++) {
    if (left[ri] === 0 && partial[ri] !== 0) return { message: MESSAGES.noFit };
  }

  const candidates: Candidate[] = [];
  const starts: number[] = new Array(n + 1);
  const values: number[] = new Array(n);
  let steps = 0;
  let overflow: string | undefined;

  const dfs = (i: number, p: number): void => {
    if (overflow) return;
    if (i === n) {
      if (candidates.length >= MAX_CANDIDATES) {
        overflow = MESSAGES.tooManySplits;
        return;
      }
      starts[n] = p;
      const texts: string[] = [];
      for (let j = 0; j < n; j++) texts.push(text.slice(starts[j], starts[j + 1]));
      candidates.push({ texts, values: values.slice() });
      return;
    }
    const rest = n - i - 1;
    const endsHere = ends[p];
    const valsHere = vals[p];
    starts[i] = p;
    for (let q = 0; q < endsHere.length; q++) {
      const e = endsHere[q];
      if (!reach[e][rest]) continue;
      if (++steps > MAX_ROW_STEPS) {
        overflow = MESSAGES.tooMuchRowWork;
        return;
      }
      const v = valsHere[q];
      const k = knownAt[i];
      if (k !== undefined && k !== v) continue;
      // Largest value any one later figure can have: the rest of the text minus one character per other figure.
      const maxChars = Math.min(MAX_INT_DIGITS, len - e - Math.max(0, rest - 1));
      const maxLater = rest > 0 ? 10 ** Math.max(0, maxChars) * factor : 0;
      let ok = true;
      const touched = relAt[i];
      for (const { rel, coef } of touched) {
        partial[rel] += coef * v;
        if (coef > 0) unPos[rel] -= coef;
        else unNeg[rel] += coef;
        left[rel]--;
      }
      for (const { rel } of touched) {
        const s = partial[rel];
        if (left[rel] === 0) {
          if (s !== 0) ok = false;
        } else if (s < -unPos[rel] * maxLater || s > unNeg[rel] * maxLater) {
          // Σ later (pos) − Σ later (neg) must equal −s, each later figure in [0, maxLater].
          ok = false;
        }
        if (!ok) break;
      }
      if (ok) {
        values[i] = v;
        dfs(i + 1, e);
      }
      for (const { rel, coef } of touched) {
        partial[rel] -= coef * v;
        if (coef > 0) unPos[rel] += coef;
        else unNeg[rel] -= coef;
        left[rel]++;
      }
      if (overflow) return;
    }
  };
  dfs(0, 0);
  if (overflow) return { message: overflow };
  if (candidates.length === 0) return { message: MESSAGES.noFit };
  return { candidates };
}

/* ------------------------------------------------------------------ across rows */

/** A cross-row relation in component-local terms: Σ deltas[j][candidate of rows[j]] + konst = 0. */
interface LocalRel {
  rows: number[];
  deltas: number[][];
  konst: number;
  source: number;
}

interface Budget {
  nodes: number;
  work: number;
}

class BudgetExceeded extends Error {}

function spend(budget: Budget, work: number): void {
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
function propagate(doms: number[][], rels: LocalRel[], relsOfRow: number[][], start: number[], budget: Budget): number {
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
function search(
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

type Verdict =
  | { kind: 'taken'; candidate: number }
  | { kind: 'ambiguous'; supported: number[]; exact: boolean }
  | { kind: 'message'; message: string };

/**
 * Decides the rows of one component. rows: global row indices; candidates per global row;
 * rels: the component's cross-row relations (global). Writes verdicts by global row index.
 */
function solveComponent(
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
function components(rows: number[], rels: CrossRel[]): { rows: number[]; rels: CrossRel[] }[] {
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

/* ------------------------------------------------------------------ entry point */

export function splitRunOnRows(
  rows: RunOnRow[],
  relations: Relation[],
  known?: ReadonlyMap<string, number>,
): SplitResult {
  const knownMap: ReadonlyMap<string, number> = known ?? new Map();
  const messages = new Map<number, string>();

  // Parse rows; locate every cell.
  const parsed: (ParsedRow | undefined)[] = rows.map((row, r) => {
    if (row.cells.length === 0) {
      messages.set(r, MESSAGES.noCells);
      return undefined;
    }
    const p = parseSeen(row.seen);
    if (typeof p === 'string') {
      messages.set(r, p);
      return undefined;
    }
    return p;
  });
  const cellAt = new Map<string, { row: number; idx: number }>();
  const duplicated = new Set<string>();
  rows.forEach((row, r) =>
    row.cells.forEach((cell, idx) => {
      if (cellAt.has(cell)) duplicated.add(cell);
      else cellAt.set(cell, { row: r, idx });
    }),
  );
  for (const cell of duplicated) {
    rows.forEach((row, r) => {
      if (row.cells.includes(cell) && !messages.has(r)) messages.set(r, MESSAGES.duplicateCell(cell));
    });
  }
  const valid = (r: number) => parsed[r] !== undefined && !messages.has(r);

  // One scale for every figure and known value, so sums compare exactly as integers.
  let decimals = 0;
  rows.forEach((_, r) => {
    if (valid(r)) decimals = Math.max(decimals, parsed[r]!.decimals);
  });
  for (const v of knownMap.values()) decimals = Math.max(decimals, decimalsOf(v));
  const factor = 10 ** decimals;
  const knownScaled = (cell: string) => Math.round(knownMap.get(cell)! * factor);

  // Relations: ignored if a cell is neither in a readable row nor known; inside one row, or across rows.
  const intra: IntraRel[][] = rows.map(() => []);
  const cross: CrossRel[] = [];
  for (const rel of relations) {
    const coef = new Map<string, number>();
    for (const c of rel.left) coef.set(c, (coef.get(c) ?? 0) + 1);
    for (const c of rel.right) coef.set(c, (coef.get(c) ?? 0) - 1);
    let konst = 0;
    let usable = true;
    const terms = new Map<number, RowTerms>();
    for (const [cell, c] of coef) {
      const at = cellAt.get(cell);
      if (at && valid(at.row)) {
        if (c === 0) continue;
        if (!terms.has(at.row)) terms.set(at.row, { idx: [], coef: [] });
        terms.get(at.row)!.idx.push(at.idx);
        terms.get(at.row)!.coef.push(c);
      } else if (knownMap.has(cell) && Number.isFinite(knownMap.get(cell))) {
        konst += c * knownScaled(cell);
      } else {
        usable = false;
        break;
      }
    }
    if (!usable || terms.size === 0) continue;
    if (terms.size === 1) {
      const [[r, t]] = [...terms];
      intra[r].push({ terms: t, konst });
    } else {
      cross.push({ rows: terms, konst });
    }
  }

  // Each row's candidates under its own arithmetic.
  const candidates: Candidate[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    if (!valid(r)) return;
    const knownAt = row.cells.map((cell) => {
      const v = knownMap.get(cell);
      return v !== undefined && Number.isFinite(v) ? knownScaled(cell) : undefined;
    });
    const out = enumerateRow(parsed[r]!, row.cells.length, intra[r], knownAt, factor);
    if ('message' in out) messages.set(r, out.message);
    else candidates[r] = out.candidates;
  });

  // Across rows: relations among rows that still have candidates; rows with none count as unknown cells.
  const active = rows.map((_, r) => r).filter((r) => !messages.has(r));
  const activeSet = new Set(active);
  const usableCross = cross.filter((rel) => [...rel.rows.keys()].every((r) => activeSet.has(r)));
  const verdicts = new Map<number, Verdict>();
  const budget: Budget = { nodes: 0, work: 0 };
  for (const comp of components(active, usableCross)) {
    solveComponent(comp.rows, comp.rels, candidates, budget, verdicts);
  }

  const values = new Map<string, number>();
  const unsplit: SplitResult['unsplit'] = [];
  rows.forEach((row, r) => {
    const message = messages.get(r);
    if (message !== undefined) {
      unsplit.push({ label: row.label, message });
      return;
    }
    const v = verdicts.get(r)!;
    if (v.kind === 'taken') {
      const cand = candidates[r][v.candidate];
      row.cells.forEach((cell, i) => values.set(cell, Number(cand.texts[i])));
    } else if (v.kind === 'ambiguous') {
      const splits = v.supported.map((c) => candidates[r][c].texts.join('|'));
      unsplit.push({ label: row.label, message: MESSAGES.ambiguous(v.supported.length, splits, v.exact) });
    } else {
      unsplit.push({ label: row.label, message: v.message });
    }
  });
  return { values, unsplit };
}
