// The draft reader holds the same bound as typing: a figure no cell would accept is refused in a file too.
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../document/blocks';
import { withCells } from '../report/cells';
import { emptyReport } from '../report/empty';
import { MAX_CELL_VALUE } from '../report/number';
import { template2021 } from '../template';
import { readDraft } from './read';
import { writeDraft } from './write';

const draftWith = (path: string[], value: unknown) => {
  const draft = JSON.parse(writeDraft(emptyReport(template2021, 2024), new Date('2025-01-10T08:00:00Z')));
  let at = draft;
  for (const key of path.slice(0, -1)) at = at[key];
  at[path[path.length - 1]] = value;
  return new TextEncoder().encode(JSON.stringify(draft));
};

describe('cell figures in a draft file', () => {
  it('refuses what typing refuses: 1e308 in 万元, 2^53−1 in a count, anything over 999,999,999', () => {
    for (const [path, value] of [
      [['tables', 'active', 'fees', 'amount'], 1e308],
      [['tables', 'requests', 'new', 'natural'], 9007199254740991],
      [['tables', 'requests', 'new', 'natural'], MAX_CELL_VALUE + 1],
    ] as const) {
      const read = readDraft(draftWith([...path], value));
      expect(read.ok, `${path.join('.')} = ${value}`).toBe(false);
      if (!read.ok) expect(read.error.message).toContain(path.join('.'));
    }
  });

  it('reads the largest figure a cell accepts, and its totals print exactly', () => {
    const read = readDraft(draftWith(['tables', 'requests', 'new', 'natural'], MAX_CELL_VALUE));
    expect(read.ok && read.report.tables.requests.new.natural).toBe(MAX_CELL_VALUE);
    const columns = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'];
    const report = withCells(
      emptyReport(template2021, 2024),
      new Map(columns.map((c) => [`tables.requests.new.${c}`, MAX_CELL_VALUE])),
    );
    const printed = layoutDocument(template2021, report).blocks.flatMap((b) =>
      b.kind === 'table' ? b.rows.flat().map((c) => c.text) : [],
    );
    expect(printed).toContain('5999999994');
    expect(printed.join(' ')).not.toMatch(/e\+/);
  });
});
