// Whether a pasted block carries its row labels (copied from last year's Word report, a web page or a sheet with
// its label column): then each row is matched to the template's row by its label (import's matcher), not placed by
// position. A block of bare numbers keeps the positional paste (paste.ts).
import { isNoneMark, parseNumberInput } from '../report/number';
import type { PasteOutcome } from './outcome';

const isFigure = (cell: string) => {
  const t = cell.trim();
  return t === '' || isNoneMark(t) || parseNumberInput(t, 'amount').ok;
};

/** A label is words (Chinese or Latin letters): `"3` or `7↵8` are refused values, `21 0 0` a row of figures. */
const isLabel = (cell: string) => /[\u4e00-\u9fffA-Za-z]/.test(cell);

/**
 * Labelled: a row whose first cell is a label and which holds figures after it (a single row copied with its label
 * from last year's Word table goes to its row, not one column to the right of the cell pasted into). A row that
 * starts with a figure is what a positional paste is.
 */
export function carriesRowLabels(block: readonly (readonly string[])[]): boolean {
  return block.some((row) => {
    const cells = row.map((c) => c.trim()).filter(Boolean);
    return cells.length > 1 && isLabel(cells[0]) && cells.slice(1).some(isFigure);
  });
}

/** What a paste by row labels read (import's matcher): the figures, the rows they went to, notes on the rest. */
export interface LabelledRead {
  values: ReadonlyMap<string, number>;
  rows: readonly string[];
  notes: readonly { message: string }[];
}

export const labelledPasteLabel = (read: LabelledRead) => `按行名粘贴${read.values.size}个数值`;

/** What the clerk is told: which rows were filled, and every label or figure that was not taken. */
export function describeLabelledPaste(read: LabelledRead, mismatches: readonly { message: string }[]): PasteOutcome {
  const parts = read.rows.length
    ? [`按行名粘贴：${read.rows.length}行已填入（${read.rows.join('、')}），共${read.values.size}个数值`]
    : ['按行名粘贴：没有认出任何一行，未填入'];
  if (read.notes.length) parts.push(`${read.notes.length}处未认出或需核对，见下`);
  return {
    summary: parts.join('；') + '。',
    details: [
      ...read.notes.map((n) => n.message),
      ...mismatches.map((f) => `粘贴内容中的总计与计算不符——${f.message}`),
    ],
    ok: read.rows.length > 0 && read.notes.length === 0 && mismatches.length === 0,
  };
}
