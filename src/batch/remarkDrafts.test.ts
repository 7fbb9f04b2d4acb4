import { describe, expect, it } from 'vitest';
import { readSeed, YINDU } from '../../test/seed';
import { readDraft } from '../draft/read';
import { addComment } from '../report/comments';
import type { Report } from '../report/schema';
import { batchRows } from './batch';
import { failed } from './read';
import type { BatchItem } from './types';
import { remarkDrafts } from './remarkDrafts';

const seed = readSeed(YINDU).report;
const report = (agency: string): Report => ({ ...seed, meta: { agency, year: 2024, date: '' } });
const remarked = (r: Report, text: string): Report => {
  const edit = addComment(
    r,
    { target: 'tables.requests.new.natural', author: '区政务公开办', text },
    new Date('2025-01-10T01:00:00Z'),
    `c-${text.length}`,
  );
  if (!edit.ok) throw new Error(edit.message);
  return edit.report;
};
const item = (id: string, r: Report): BatchItem => ({
  id,
  fileName: `${id}.docx`,
  source: 'docx',
  ok: true,
  report: r,
  findings: [],
});

describe('导出批注草稿', () => {
  it('one draft per report with remarks, named for the agency and year, each opening with its remarks', () => {
    const rows = batchRows([
      item('a', remarked(report('甲镇人民政府'), '请核对自然人申请数')),
      item('b', report('乙镇人民政府')),
      failed('c', 'c.pdf', 'pdf', '文件已损坏'),
      item('d', remarked(report('甲镇人民政府'), '另一份')),
    ]);
    const drafts = remarkDrafts(rows, new Date('2025-01-11T01:00:00Z'));
    expect(drafts.map((d) => d.name)).toEqual([
      '甲镇人民政府2024年报草稿（审阅意见）.nianbao.json',
      '甲镇人民政府2024年报草稿（审阅意见）（2）.nianbao.json',
    ]);
    const read = readDraft(new TextEncoder().encode(drafts[0].text));
    expect(read.ok && read.report.comments.map((c) => [c.target, c.text])).toEqual([
      ['tables.requests.new.natural', '请核对自然人申请数'],
    ]);
  });
});
