import { describe, expect, it, vi } from 'vitest';
import { readSeed, YINDU } from '../../../test/seed';
import { emptyReport } from '../../report/empty';
import { readStored } from '../../draft/stored';
import type { Report } from '../../report/schema';
import { createReportStore } from '../../state/store';
import { MemoryStorage } from '../../storage/memoryStorage';
import { keepRecent, listRecent } from '../../storage/recent';
import { template2021 } from '../../template';
import { KEPT_IN_RECENT, NOT_KEPT, onStoredListsChange, replaceReport } from './replaceReport';

const seed: Report = readSeed(YINDU).report;
const blank = emptyReport(template2021, 2025);
const named = (agency: string): Report => ({ ...seed, meta: { ...seed.meta, agency } });

function open(report: Report) {
  const storage = new MemoryStorage();
  const store = createReportStore({ report, step: 'overview' }, 2026);
  const recent = () => listRecent(storage, readStored).map((e) => e.report.meta.agency);
  return { storage, store, recent, services: { store, storage } };
}

describe('replacing the open report', () => {
  it('over an empty report: nothing asked, nothing kept', () => {
    const { store, recent, services } = open(blank);
    const ask = vi.fn(() => true);
    expect(
      replaceReport(services, { report: seed, step: 'check', label: '新建报告', question: '新建报告将…' }, ask),
    ).toBe(true);
    expect(ask).not.toHaveBeenCalled();
    expect(store.getState()).toMatchObject({ report: seed, step: 'check' });
    expect(store.getUndoState().undo).toBe('新建报告');
    expect(recent()).toEqual([]);
  });

  it('over a report with content: asks first in the one wording, and keeps it in 最近的报告', () => {
    const { store, recent, services } = open(named('甲镇人民政府'));
    const no = vi.fn(() => false);
    expect(replaceReport(services, { report: seed, label: '打开草稿', question: '打开“a”将替换当前报告。' }, no)).toBe(
      false,
    );
    expect(no).toHaveBeenCalledWith(`打开“a”将替换当前报告。${KEPT_IN_RECENT}`);
    expect(store.getState().report.meta.agency).toBe('甲镇人民政府');
    expect(recent()).toEqual([]);

    expect(
      replaceReport(services, { report: seed, label: '打开草稿', question: '打开“a”将替换当前报告。' }, () => true),
    ).toBe(true);
    expect(store.getState()).toMatchObject({ report: seed, step: 'overview' }); // no step given: it stays
    expect(recent()).toEqual(['甲镇人民政府']);
  });

  it('without a question (以上年报告为基础新建) it is kept without asking', () => {
    const { recent, services } = open(named('乙镇人民政府'));
    const ask = vi.fn(() => true);
    replaceReport(services, { report: seed, label: '以2024年度报告为基础新建' }, ask);
    expect(ask).not.toHaveBeenCalled();
    expect(recent()).toEqual(['乙镇人民政府']);
  });

  it('when the browser refuses the copy, asks again, and a no changes nothing', () => {
    const { storage, store, services } = open(named('丙镇人民政府'));
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    const questions: string[] = [];
    const answers = [true, false];
    const ask = (q: string) => (questions.push(q), answers.shift()!);
    expect(replaceReport(services, { report: seed, label: '新建报告', question: '新建报告将…' }, ask)).toBe(false);
    expect(questions).toEqual([`新建报告将…${KEPT_IN_RECENT}`, NOT_KEPT]);
    expect(store.getState().report.meta.agency).toBe('丙镇人民政府');
    expect(replaceReport(services, { report: seed, label: '新建报告' }, () => true)).toBe(true);
    expect(store.getState().report).toBe(seed);
  });

  it('a restored entry leaves the list and the open report takes its place; over an empty report it only leaves', () => {
    const { storage, store, recent, services } = open(named('丁镇人民政府'));
    const [entry] = keepRecent(storage, [], named('戊镇人民政府'), new Date())!;
    replaceReport(services, { report: entry.report, label: '恢复', restored: entry.id }, () => true);
    expect(store.getState().report.meta.agency).toBe('戊镇人民政府');
    expect(recent()).toEqual(['丁镇人民政府']);

    const empty = open(blank);
    const [again] = keepRecent(empty.storage, [], named('戊镇人民政府'), new Date())!;
    replaceReport(empty.services, { report: again.report, label: '恢复', restored: again.id }, () => true);
    expect(empty.recent()).toEqual([]);
  });

  it('keep: false (a version saved already) replaces without a copy; a list on screen hears of every copy', () => {
    const { recent, services } = open(named('己镇人民政府'));
    const heard = vi.fn();
    const stop = onStoredListsChange(heard);
    replaceReport(services, { report: named('庚镇人民政府'), label: '载入', keep: false }, () => false);
    expect(recent()).toEqual([]);
    expect(heard).not.toHaveBeenCalled();
    replaceReport(services, { report: seed, label: '新建报告' }, () => true);
    expect(recent()).toEqual(['庚镇人民政府']);
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
  });
});
