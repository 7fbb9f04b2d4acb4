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
 *
 * Here: the entry (rows and relations in, figures and reasons out). In ./digitSplit/: seen.ts reads a row's printed
 * figures, candidates.ts is step 1, arithmetic.ts the propagation and search of steps 2–3, decision.ts steps 3–5,
 * messages.ts the sentences.
 */
import { enumerateRow, type Candidate, type CrossRel, type IntraRel, type RowTerms } from './digitSplit/candidates';
import { components, solveComponent, type Verdict } from './digitSplit/decision';
import { MESSAGES } from './digitSplit/messages';
import { decimalsOf, parseSeen, type ParsedRow } from './digitSplit/seen';
import type { Budget } from './digitSplit/arithmetic';

export { MAX_CANDIDATES, MESSAGES } from './digitSplit/messages';

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
