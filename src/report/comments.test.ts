import { describe, expect, it } from 'vitest';
import { template2021 } from '../template';
import { addComment, describeTarget, setResolved, threads } from './comments';
import { emptyReport } from './empty';

const at = new Date('2025-01-10T01:30:00Z');

describe('comments', () => {
  it('adds remarks and replies, resolves them, and groups them in threads', () => {
    let r = emptyReport(template2021, 2024);
    r = addComment(r, { target: 'tables.requests.new.natural', author: ' 区政务公开办 ', text: ' 请核对 ' }, at, 'c1');
    r = addComment(r, { target: 'sections.problems', author: '区政务公开办', text: '请写明整改情况' }, at, 'c2');
    r = addComment(r, { target: 'tables.requests.new.natural', author: '某镇', text: '已核对', replyTo: 'c1' }, at, 'c3');
    r = setResolved(r, 'c1', true);
    expect(r.comments[0]).toEqual({
      id: 'c1', target: 'tables.requests.new.natural', author: '区政务公开办', at: '2025-01-10T01:30:00.000Z', text: '请核对', resolved: true,
    });
    const all = threads(r.comments);
    expect(all.map((t) => [t.comment.id, t.replies.map((x) => x.id)])).toEqual([['c1', ['c3']], ['c2', []]]);
    expect(threads(r.comments, (t) => t.startsWith('sections.')).map((t) => t.comment.id)).toEqual(['c2']);
  });

  it('names every kind of target the way the format does', () => {
    const r = emptyReport(template2021, 2024);
    const name = (t: string) => describeTarget(template2021, r, t);
    expect(name('tables.requests.withheld.stateSecret.natural')).toBe('（三）不予公开 1.属于国家秘密 自然人（三、收到和处理政府信息公开申请情况）');
    expect(name('tables.appeals')).toBe('四、政府信息公开行政复议、行政诉讼情况（表）');
    expect(name('sections.problems')).toBe('五、存在的主要问题及改进情况');
    expect(name('sections.overview.1')).toBe('一、总体情况 （二）依申请公开');
    expect(name('sections.intro')).toBe('开头段落');
    expect(name('meta')).toBe('基本信息');
  });
});
