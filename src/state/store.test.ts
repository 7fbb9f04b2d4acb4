import { describe, expect, it } from 'vitest';
import { emptyReport } from '../report/empty';
import { template2021 } from '../template';
import { createReportStore } from './store';
import { sectionOf } from '../../test/sections';

const fresh = () => createReportStore({ report: emptyReport(template2021, 2024), step: 'requests' }, 2026);

describe('the store tells each table which cells changed', () => {
  it('a digit: the cell and its totals; nothing for a step change', () => {
    const store = fresh();
    const heard: string[][] = [];
    store.subscribeCells((paths) => heard.push([...paths].sort()));
    store.setCells(new Map([['tables.requests.new.natural', 3]]));
    expect(heard).toEqual([['tables.requests.new.natural', 'tables.requests.new.total'].sort()]);
    store.setStep('meta');
    expect(heard).toHaveLength(1);
    expect(store.getState().checks.derived.get('tables.requests.new.total')).toBe(3);
  });

  it('a remark on a cell wakes that cell; its resolution wakes it again', () => {
    const store = fresh();
    const heard: string[][] = [];
    store.subscribeCells((paths) => heard.push([...paths]));
    const target = 'tables.requests.new.natural';
    const remark = {
      id: 'c1',
      target,
      author: '县政务公开办',
      at: '2026-01-05T08:00:00.000Z',
      text: '请核对',
      resolved: false,
    };
    store.update((r) => ({ ...r, comments: [remark] }));
    expect(store.getState().remarks.get(target)).toBe(1);
    store.update((r) => ({ ...r, comments: [{ ...remark, resolved: true }] }));
    expect(store.getState().remarks.get(target)).toBeUndefined();
    expect(heard).toEqual([[target], [target]]);
  });

  it('typing in a text field wakes no cell', () => {
    const store = fresh();
    const heard: string[][] = [];
    store.subscribeCells((paths) => heard.push([...paths]));
    store.update((r) => ({ ...r, sections: { ...r.sections, problems: sectionOf('无') } }));
    expect(heard).toEqual([]);
  });
});

describe('undo and redo of the whole report', () => {
  const natural = 'tables.requests.new.natural';
  const value = (store: ReturnType<typeof fresh>) => store.getState().report.tables.requests.new.natural;

  it('a paste block is one step: undo restores every cell and wakes them, redo puts it back', () => {
    const store = fresh();
    const before = store.getState().report;
    const block = new Map([
      [natural, 5],
      ['tables.requests.new.commercial', 7],
    ]);
    store.setCells(block, { label: '粘贴2个数值' });
    const after = store.getState().report;
    expect(store.getUndoState()).toEqual({ undo: '粘贴2个数值', redo: null });
    const heard: string[] = [];
    store.subscribeCells((paths) => heard.push(...paths));
    expect(store.undo()).toBe(true);
    expect(store.getState().report).toBe(before); // the same object: no copy was kept
    expect(store.getState().checks.derived.get('tables.requests.new.total')).toBe(null);
    expect(heard).toEqual(
      expect.arrayContaining([natural, 'tables.requests.new.commercial', 'tables.requests.new.total']),
    );
    expect(store.getUndoState()).toEqual({ undo: null, redo: '粘贴2个数值' });
    expect(store.redo()).toBe(true);
    expect(store.getState().report).toBe(after);
    expect(store.undo() && store.undo()).toBe(false);
  });

  it('the keystrokes of one cell edit are one step; leaving and coming back starts another', () => {
    const store = fresh();
    for (const v of [1, 12, 123])
      store.setCells(new Map([[natural, v]]), { label: '修改 自然人', merge: `${natural}#1` });
    store.setCells(new Map([[natural, 9]]), { label: '修改 自然人', merge: `${natural}#2` });
    store.undo();
    expect(value(store)).toBe(123);
    store.undo();
    expect(value(store)).toBe(null);
  });

  it('a change after an undo starts its own step (even with the same merge key) and clears redo', () => {
    const store = fresh();
    store.setCells(new Map([[natural, 1]]), { label: 'a', merge: 'k' });
    store.undo();
    store.setCells(new Map([[natural, 2]]), { label: 'a', merge: 'k' });
    expect(store.getUndoState().redo).toBe(null);
    store.setCells(new Map([[natural, 3]]), { label: 'a', merge: 'k' });
    store.undo();
    expect(value(store)).toBe(null);
  });

  it('undo goes back to the step the change was made at; step changes are no steps of undo', () => {
    const store = fresh();
    const before = store.getState().report;
    store.replace({ ...before, meta: { ...before.meta, agency: '示例镇人民政府' } }, 'check', { label: '打开草稿' });
    store.setStep('meta');
    store.setStep('active');
    expect(store.getUndoState().undo).toBe('打开草稿');
    store.undo();
    expect(store.getState().step).toBe('requests');
    expect(store.getState().report).toBe(before);
  });

  it('keeps at least 200 steps', () => {
    const store = fresh();
    for (let i = 1; i <= 250; i++) store.setCells(new Map([[natural, i]]), { label: `第${i}步` });
    let undone = 0;
    while (store.undo()) undone++;
    expect(undone).toBeGreaterThanOrEqual(200);
    expect(value(store)).toBe(250 - undone === 0 ? null : 250 - undone);
  });
});
