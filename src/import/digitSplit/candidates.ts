// One row's candidate splits: every way its digits make exactly as many figures as it has cells, depth first in
// printed order, pruned by the relations that lie inside the row (and the cells already known).
import { MAX_CANDIDATES, MESSAGES } from './messages';
import { MAX_INT_DIGITS, scaled, type ParsedRow } from './seen';

/** Depth-first steps allowed when enumerating one row's splits. */
const MAX_ROW_STEPS = 1_000_000;

/** A relation as Σ coef·cell + konst = 0, restricted to one row's cell positions. */
export interface RowTerms {
  idx: number[];
  coef: number[];
}
export interface IntraRel {
  terms: RowTerms;
  konst: number;
}
export interface CrossRel {
  rows: Map<number, RowTerms>;
  konst: number;
}

export interface Candidate {
  texts: string[];
  values: number[];
}

type Enumerated = { candidates: Candidate[] } | { message: string };

export function enumerateRow(
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
