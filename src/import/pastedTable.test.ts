import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../test/domParser';
import { readSeed, YINDU } from '../../test/seed';
import { carriesRowLabels } from '../grid/labelledPaste';
import { parseTsv } from '../grid/clipboard';
import { template2021 } from '../template';
import { resolveTemplate } from '../template/resolve';
import type { TableSection } from '../template/types';
import { matchPastedTable } from './pastedTable';

const seed = readSeed(YINDU);
const resolved = resolveTemplate(template2021);
const section = (key: string) => template2021.sections.find((s) => s.key === key) as TableSection;
const active = resolved.tables.find((t) => t.key === 'active')!;

/** Table 二 as copied from a Word report: caption rows, a header row per block, label + figures. */
function wordStyleActive(): string {
  const lines: string[] = [];
  const def = section('active').table;
  if (def.kind !== 'blocks') throw new Error('table 二 is in blocks');
  for (const block of def.blocks) {
    lines.push(block.caption);
    lines.push(['信息内容', ...block.columns.map((c) => c.label)].join('\t'));
    for (const row of block.rows) {
      const cells = active.cells.filter((c) => c.row === row.key);
      lines.push([row.label, ...cells.map((c) => String(seed.all.get(c.path)))].join('\t'));
    }
  }
  return lines.join('\r\n');
}

describe('a pasted table that carries its row labels', () => {
  it('is told from a block of bare numbers', () => {
    expect(carriesRowLabels(parseTsv(wordStyleActive()))).toBe(true);
    expect(carriesRowLabels(parseTsv('1\t2\t3\n4\t5\t6'))).toBe(false);
    expect(carriesRowLabels(parseTsv('21 0 0'))).toBe(false);
    // a PDF row, a quoted line break and a lone quote are refused values of a positional paste (e2e/paste.spec.ts)
    expect(carriesRowLabels(parseTsv('21 0 0 0 0 0 21\r\n"7\r\n8"\t"3\t4\r\n'))).toBe(false);
    expect(carriesRowLabels(parseTsv('\t合计\n'))).toBe(false);
    expect(carriesRowLabels(parseTsv('3\tabc\t—\t1,234\t0\t0\t9\n'))).toBe(false);
  });

  it('lands every value of a Word-style table 二 in its row, caption and header rows skipped', () => {
    const read = matchPastedTable(resolved, section('active').table, '二', { text: wordStyleActive() });
    for (const c of active.cells.filter((c) => !c.sumOf))
      expect(read.values.get(c.path), c.label).toBe(seed.all.get(c.path));
    expect(read.rows).toEqual(['规章', '行政规范性文件', '行政许可', '行政处罚', '行政强制', '行政事业性收费']);
  });

  it('reads rows in any order, from HTML, and says which labels it did not recognise', () => {
    const html =
      '<table><tr><td>行政强制</td><td>7</td></tr><tr><td>不知道的行</td><td>5</td></tr><tr><td>行政许可</td><td>3</td></tr></table>';
    const read = matchPastedTable(resolved, section('active').table, '二', { html, text: '' }, nodeParser);
    expect(read.values.get('tables.active.enforcement.decisions')).toBe(7);
    expect(read.values.get('tables.active.licensing.decisions')).toBe(3);
    expect(read.rows).toEqual(['行政许可', '行政强制']);
    expect(read.notes.map((n) => n.message).join('\n')).toContain('不知道的行');
  });

  it('takes a single row copied with its label (Word ⇥ cells) to that row, and names only the rows pasted', () => {
    const row = '一、本年新收政府信息公开申请数量\t102\t3\t0\t0\t1\t0\t106';
    expect(carriesRowLabels(parseTsv(row))).toBe(true);
    const read = matchPastedTable(resolved, section('requests').table, '三', { text: row });
    const at = (column: string) => read.values.get(`tables.requests.new.${column}`);
    expect([
      at('natural'),
      at('commercial'),
      at('research'),
      at('publicInterest'),
      at('legalService'),
      at('otherOrg'),
    ]).toEqual([102, 3, 0, 0, 1, 0]);
    expect(read.stated.get('tables.requests.new.total')).toBe(106);
    expect(read.rows).toEqual(['一、本年新收政府信息公开申请数量']);
    expect(read.notes).toEqual([]);
  });

  it('pastes nothing from a row whose label names no row, and says which text it was', () => {
    const read = matchPastedTable(resolved, section('requests').table, '三', {
      text: '本年度受理情况合计\t5\t0\t0\t0\t0\t0\t5',
    });
    expect(read.values.size).toBe(0);
    expect(read.notes.map((n) => n.message).join('\n')).toContain('本年度受理情况合计');
  });
});
