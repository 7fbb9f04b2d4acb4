// Finds a table's labels, in the template's order, in the text a source gives for the table: however the
// labels were wrapped, typed wrong, cut or run into each other, and whatever else (headers, merged group labels
// written down the side, page furniture) lies between them. Each label is aligned to the text allowing typos,
// missing and extra characters (a semi-global alignment), and the labels together are placed in order, so
// that a label is never found before the one the template puts above it.

/** One label to find: its forms (already reduced to letters and digits), in template order. */
export interface Anchor {
  forms: string[];
  /**
   * A short label (`规章`, `3其他`) must be found to the letter: with so few characters a typo-tolerant match
   * could be anything.
   */
  exact?: boolean;
  /** Less weight: a merged group label may stand out of order (at its group's middle) and is then skipped. */
  weight?: number;
}

export interface Span {
  /** Where the label begins and ends in the text (end exclusive). */
  start: number;
  end: number;
  /** How close the text is to the label: 1 for the label to the letter. */
  similarity: number;
  /** The form of the label that matched. */
  form: number;
}

const MATCH = 2;
const MISMATCH = -1;
/** A character of the text inside a label that the label does not have (a fragment of a neighbouring column). */
const EXTRA = -1;
/** A character of the label the text does not have. */
const MISSING = -1;
/** Below this share of a perfect score a label is not found. */
const MIN_SIMILARITY = 0.5;
const SHORT = 4;

/**
 * For every end position in the text: the best score of the whole label aligned to text ending there, and
 * where that alignment starts. The label must be aligned whole; the text is free before and after it.
 */
function alignEnds(label: string, text: string): { score: Float64Array; start: Int32Array } {
  const m = label.length;
  const n = text.length;
  let prev = new Float64Array(n + 1); // row 0: empty label aligned anywhere scores 0
  let prevStart = Int32Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = new Float64Array(n + 1);
    const curStart = new Int32Array(n + 1);
    cur[0] = prev[0] + MISSING;
    curStart[0] = 0;
    const c = label.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      let best = prev[j - 1] + (text.charCodeAt(j - 1) === c ? MATCH : MISMATCH);
      let start = prevStart[j - 1];
      const skipLabel = prev[j] + MISSING;
      if (skipLabel > best) {
        best = skipLabel;
        start = prevStart[j];
      }
      const skipText = cur[j - 1] + EXTRA;
      if (skipText > best) {
        best = skipText;
        start = curStart[j - 1];
      }
      cur[j] = best;
      curStart[j] = start;
    }
    prev = cur;
    prevStart = curStart;
  }
  return { score: prev, start: prevStart };
}

/**
 * The labels found, one span (or null) per anchor, in order and not overlapping, chosen to maximise the total
 * similarity. Runs in O(anchors × text × label length): a table's text is a few thousand characters.
 */
export function alignAnchors(anchors: Anchor[], text: string): (Span | null)[] {
  const n = text.length;
  type Best = { score: Float64Array; start: Int32Array; similarity: Float64Array; form: Int32Array };
  const ends: Best[] = anchors.map((a) => {
    const score = new Float64Array(n + 1).fill(-Infinity);
    const start = new Int32Array(n + 1);
    const similarity = new Float64Array(n + 1);
    const form = new Int32Array(n + 1);
    a.forms.forEach((label, f) => {
      if (!label) return;
      const perfect = MATCH * label.length;
      const exact = a.exact || label.length < SHORT;
      const got = alignEnds(label, text);
      for (let j = 1; j <= n; j++) {
        const sim = got.score[j] / perfect;
        if (exact ? sim < 1 : sim < MIN_SIMILARITY) continue;
        // longer forms that match well beat short ones: score in label characters matched
        const weighted = sim * label.length * (a.weight ?? 1);
        if (weighted > score[j]) {
          score[j] = weighted;
          start[j] = got.start[j];
          similarity[j] = sim;
          form[j] = f;
        }
      }
    });
    return { score, start, similarity, form };
  });
  // F[k][j]: best total with anchors < k placed, all ending at or before j
  const F: Float64Array[] = [new Float64Array(n + 1)];
  for (let k = 0; k < anchors.length; k++) {
    const prev = F[k];
    const cur = new Float64Array(n + 1);
    const { score, start } = ends[k];
    for (let j = 0; j <= n; j++) {
      let best = prev[j]; // anchor k not found
      if (j > 0 && cur[j - 1] > best) best = cur[j - 1];
      if (score[j] > -Infinity) {
        const withIt = prev[start[j]] + score[j];
        if (withIt > best) best = withIt;
      }
      cur[j] = best;
    }
    F.push(cur);
  }
  const spans: (Span | null)[] = anchors.map(() => null);
  let j = n;
  for (let k = anchors.length; k > 0; k--) {
    const cur = F[k];
    const prev = F[k - 1];
    while (j > 0 && cur[j] === cur[j - 1]) j--;
    const { score, start, similarity, form } = ends[k - 1];
    if (score[j] > -Infinity && cur[j] === prev[start[j]] + score[j] && cur[j] !== prev[j]) {
      spans[k - 1] = { start: start[j], end: j, similarity: similarity[j], form: form[j] };
      j = start[j];
    }
  }
  return spans;
}
