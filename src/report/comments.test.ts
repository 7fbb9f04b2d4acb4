import { describe, expect, it } from 'vitest';
import { template2021 } from '../template';
import { stepOfTarget } from '../template/steps';
import {
  addComment,
  describeTarget,
  GENERAL_TARGET,
  remarkTime,
  setResolved,
  threads,
  type NewComment,
} from './comments';
import { emptyReport } from './empty';
import type { Comment, Report } from './schema';

const at = new Date('2025-01-10T01:30:00Z');

/** Adds a comment that must be accepted. */
function added(r: Report, c: NewComment, id: string): Report {
  const edit = addComment(r, c, at, id);
  if (!edit.ok) throw new Error(edit.message);
  return edit.report;
}

const remark = (id: string, change: Partial<Comment> = {}): Comment => ({
  id,
  target: 'sections.problems',
  author: '区政务公开办',
  at: '2025-01-10T01:30:00.000Z',
  text: `批注${id}`,
  resolved: false,
  ...change,
});

describe('comments', () => {
  it('adds remarks and replies, resolves them, and groups them in threads', () => {
    let r = emptyReport(template2021, 2024);
    r = added(r, { target: 'tables.requests.new.natural', author: ' 区政务公开办 ', text: ' 请核对 ' }, 'c1');
    r = added(r, { target: 'sections.problems', author: '区政务公开办', text: '请写明整改情况' }, 'c2');
    r = added(r, { target: 'tables.requests.new.natural', author: '某镇', text: '已核对', replyTo: 'c1' }, 'c3');
    r = setResolved(r, 'c1', true);
    expect(r.comments[0]).toEqual({
      id: 'c1',
      target: 'tables.requests.new.natural',
      author: '区政务公开办',
      at: '2025-01-10T01:30:00.000Z',
      text: '请核对',
      resolved: true,
    });
    const all = threads(template2021, r.comments);
    expect(all.map((t) => [t.comment.id, t.replies.map((x) => x.id)])).toEqual([
      ['c1', ['c3']],
      ['c2', []],
    ]);
    expect(threads(template2021, r.comments, (t) => t.startsWith('sections.')).map((t) => t.comment.id)).toEqual([
      'c2',
    ]);
  });

  it('refuses a remark the draft reader would refuse, and says why; removes control characters', () => {
    const r = emptyReport(template2021, 2024);
    const target = 'sections.problems';
    expect(addComment(r, { target, author: '甲', text: '字'.repeat(5001) }, at, 'c1')).toMatchObject({
      ok: false,
      report: r,
      message: '批注最多5000字，现有5001字：请删减后再添加',
    });
    expect(addComment(r, { target, author: '甲'.repeat(201), text: '请核对' }, at, 'c1')).toMatchObject({
      ok: false,
      message: '署名最多200字',
    });
    expect(addComment(r, { target, author: '甲', text: ' \u0000 ' }, at, 'c1')).toMatchObject({
      ok: false,
      message: '批注内容为空',
    });
    const full = { ...r, comments: Array.from({ length: 2000 }, (_, i) => remark(`c${i}`)) };
    expect(addComment(full, { target, author: '甲', text: '请核对' }, at, 'x')).toMatchObject({
      ok: false,
      report: full,
    });
    expect(added(r, { target, author: '甲\uFFFF', text: '请\u0001核对\uD800' }, 'c1').comments[0]).toMatchObject({
      author: '甲',
      text: '请核对',
    });
    expect(added(r, { target, author: '甲', text: '字'.repeat(5000) }, 'c1').comments).toHaveLength(1);
  });

  it('names every kind of target the way the format does', () => {
    const r = emptyReport(template2021, 2024);
    const name = (t: string) => describeTarget(template2021, r, t);
    expect(name('tables.requests.withheld.stateSecret.natural')).toBe(
      '（三）不予公开 1.属于国家秘密 自然人（三、收到和处理政府信息公开申请情况）',
    );
    expect(name('tables.appeals')).toBe('四、政府信息公开行政复议、行政诉讼情况（表）');
    expect(name('sections.problems')).toBe('五、存在的主要问题及改进情况');
    expect(name('sections.overview.1')).toBe('一、总体情况 （二）依申请公开');
    expect(name('sections.overview.9')).toBe('一、总体情况 第10小节（该小节已删除）');
    expect(name('sections.overview.opening')).toBe('一、总体情况 开头文字');
    expect(name('sections.other.0')).toBe('六、其他需要报告的事项 第1小节（该小节已删除）');
    expect(name('sections.intro')).toBe('开头段落');
    expect(name('meta')).toBe('基本信息');
  });

  // odd targets from a damaged or hand-edited file
  it.each([
    'sections.overview.abc',
    'sections.overview.-1',
    'sections.overview.1.2',
    'sections.overview.99',
    'sections.intro.opening',
    'sections.active.0',
    'tables.constructor.x.y',
    'tables.constructor',
    'tables.requests.new',
    'tables.requests.nope.natural',
    'sections.__proto__',
    'sections.toString',
    'meta.xyz',
    'constructor',
    '',
    'undefined',
  ])('shows a remark on %j as a general remark (总体意见), on the first step, never garbled', (target) => {
    const r = emptyReport(template2021, 2024);
    const [thread] = threads(template2021, [remark('c1', { target })]);
    expect(thread.place).toBe(GENERAL_TARGET);
    expect(describeTarget(template2021, r, thread.place)).toBe('总体意见');
    expect(describeTarget(template2021, r, target)).toBe('总体意见');
    expect(stepOfTarget(thread.place)).toBe('meta'); // the wizard shows it on 基本信息
  });

  it('shows a reply to itself, to nowhere or in a loop as a remark of its own; a reply to a reply joins the thread', () => {
    const list = [
      remark('a'),
      remark('self', { replyTo: 'self' }),
      remark('orphan', { replyTo: 'gone' }),
      remark('x', { replyTo: 'y' }),
      remark('y', { replyTo: 'x' }),
      remark('b', { replyTo: 'a' }),
      remark('c', { replyTo: 'b' }),
    ];
    const shown = threads(template2021, list);
    expect(shown.map((t) => [t.comment.id, t.replies.map((x) => x.id)])).toEqual([
      ['a', ['b', 'c']],
      ['self', []],
      ['orphan', []],
      ['x', []],
      ['y', []],
    ]);
    // every comment is shown exactly once
    expect(
      shown
        .flatMap((t) => [t.comment, ...t.replies])
        .map((c) => c.id)
        .sort(),
    ).toEqual(list.map((c) => c.id).sort());
  });

  it('writes when a remark was made, and never "Invalid Date"', () => {
    expect(remarkTime('2025-01-10T01:30:00.000Z')).toMatch(/^2025\/1\/(9|10) \d{2}:\d{2}$/); // in the machine's time zone
    expect(remarkTime('')).toBe('');
    for (const bad of ['yesterday', '2025-13-45T99:99:00Z', '1', 'NaN', '2025-01-10'])
      expect(remarkTime(bad)).toBe('（时间不详）');
  });
});
