import { describe, expect, it } from 'vitest';
import { emptyReport } from '../report/empty';
import { template2021 } from '../template';
import { createReportStore } from './store';

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
    const remark = { id: 'c1', target, author: '县政务公开办', at: '2026-01-05T08:00:00.000Z', text: '请核对', resolved: false };
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
    store.update((r) => ({ ...r, sections: { ...r.sections, problems: '无' } }));
    expect(heard).toEqual([]);
  });
});
