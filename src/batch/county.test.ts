import { describe, expect, it } from 'vitest';
import { completeReport } from '../../test/batchReports';
import { readSeed, YINDU } from '../../test/seed';
import { withCells } from '../report/cells';
import { emptyReport } from '../report/empty';
import type { CellValue, Report } from '../report/schema';
import { template2019, template2021 } from '../template';
import { resolveTemplate } from '../template/resolve';
import { batchRows } from './batch';
import { countySum, countyYears } from './county';
import { reportFindings } from './findings';
import type { BatchFinding, BatchItem } from './types';

/** A read file of the batch, with the findings the desk would give it (the app's checks, as in 2025). */
const readItem = (
  fileName: string,
  report: Report,
  findings: BatchFinding[] = reportFindings(report, 2025),
): BatchItem => ({
  id: fileName,
  fileName,
  source: 'draft',
  ok: true,
  report,
  findings,
});

/** The seed's figures (殷都区 2024) under another agency, with some figures changed. */
const like = (agency: string, changes: Record<string, CellValue> = {}) => completeReport(agency, 2024, changes);

/** A report in the 2019 edition with every figure 0. */
function edition2019(agency: string, year: number): Report {
  const empty = emptyReport(template2019, year);
  const zeros = new Map(
    resolveTemplate(template2019)
      .cells.filter((c) => !c.sumOf)
      .map((c) => [c.path, 0]),
  );
  return { ...withCells(empty, zeros), meta: { agency, year, date: `${year + 1}-01-20` } };
}

const names = (list: { fileName: string }[]) => list.map((r) => r.fileName);

// 甲 is the seed as published; 乙 and 丙 differ in a few figures, each column still balanced
const 甲 = readItem('甲.nianbao.json', like('示例县教育局'));
const 乙 = readItem(
  '乙.nianbao.json',
  like('示例县民政局', {
    'tables.requests.new.natural': 30,
    'tables.requests.granted.natural': 22,
    'tables.requests.new.commercial': 2,
    'tables.requests.granted.commercial': 2,
    'tables.appeals.adminReview.upheld': 2,
    'tables.active.fees.amount': 0.1,
  }),
);
const 丙 = readItem(
  '丙.nianbao.json',
  like('示例县财政局', {
    'tables.requests.new.natural': 25,
    'tables.requests.carriedForward.natural': 4,
    'tables.active.fees.amount': 0.2,
  }),
);

describe('the county sum of a year', () => {
  const rows = batchRows([甲, 乙, 丙, readItem('丁2023.nianbao.json', completeReport('示例县水利局', 2023))]);
  const sum = countySum(rows, 2024);

  it('adds every entered figure of the year’s reports', () => {
    expect(readSeed(YINDU).report.tables.requests.new.natural).toBe(21); // what 甲 holds
    expect(names(sum.summed)).toEqual(['甲.nianbao.json', '乙.nianbao.json', '丙.nianbao.json']);
    expect(sum.left).toEqual([]);
    expect(sum).toMatchObject({ year: 2024, edition: '2021' });
    expect(sum.values.get('tables.requests.new.natural')).toBe(76); // 21 + 30 + 25
    expect(sum.values.get('tables.requests.new.commercial')).toBe(2); // 0 + 2 + 0
    expect(sum.values.get('tables.requests.granted.natural')).toBe(48); // 13 + 22 + 13
    expect(sum.values.get('tables.requests.carriedForward.natural')).toBe(4); // 0 + 0 + 4
    expect(sum.values.get('tables.active.normativeDocs.issued')).toBe(9); // 3 + 3 + 3
    expect(sum.values.get('tables.appeals.adminReview.upheld')).toBe(2);
    expect(sum.values.get('tables.appeals.adminReview.corrected')).toBe(9); // 3 + 3 + 3
  });

  it('works the totals out again from the sums', () => {
    expect(sum.values.get('tables.requests.new.total')).toBe(78); // 76 + 2
    expect(sum.values.get('tables.requests.resultTotal.natural')).toBe(72); // 21 + 30 + 21
    expect(sum.values.get('tables.requests.resultTotal.total')).toBe(74); // 72 + 2
    expect(sum.values.get('tables.requests.carriedForward.total')).toBe(4);
    expect(sum.values.get('tables.appeals.adminReview.total')).toBe(11); // 2 + 9
    expect(sum.values.get('tables.appeals.litigationDirect.total')).toBe(3); // 1 + 1 + 1
  });

  it('has a value for every cell of the edition, and none of another', () => {
    const paths = resolveTemplate(template2021).cells.map((c) => c.path);
    expect([...sum.values.keys()].sort()).toEqual([...paths].sort());
  });

  it('adds amounts exactly: 0.1 + 0.2 万元 is 0.3', () => {
    expect(sum.values.get('tables.active.fees.amount')).toBe(0.3);
  });

  it('lists the years of the read reports, newest first, with their counts', () => {
    expect(countyYears(rows)).toEqual([
      { year: 2024, reports: 3 },
      { year: 2023, reports: 1 },
    ]);
  });

  it('adds nothing of another year', () => {
    const sum2023 = countySum(rows, 2023);
    expect(names(sum2023.summed)).toEqual(['丁2023.nianbao.json']);
    expect(sum2023.values.get('tables.requests.new.natural')).toBe(21);
  });
});

describe('reports left out of the sum, each with the reason', () => {
  const broken = readItem('戊.nianbao.json', like('示例县水利局', { 'tables.requests.new.commercial': 5 }));
  const unreadNotes = ['tables.requests.granted.natural', 'tables.requests.partlyGranted.natural'].map((path) => ({
    kind: 'unread' as const,
    path,
    cells: [path],
    message: `${path}：看到“十三”，未能读取`,
  }));
  const unreadReport = like('示例县卫健委');
  const unread = readItem('己.pdf', unreadReport, reportFindings(unreadReport, 2025, unreadNotes));
  const otherEdition = readItem('庚.nianbao.json', edition2019('示例县交通局', 2024));
  const again = readItem(
    '甲副本.nianbao.json',
    like('示例县 教育局', { 'tables.requests.new.natural': 99, 'tables.requests.granted.natural': 91 }),
  );
  const notRead: BatchItem = {
    id: '坏.pdf',
    fileName: '坏.pdf',
    source: 'pdf',
    ok: false,
    reason: '文件是空的（0字节）',
    findings: [],
  };
  const rows = batchRows([甲, broken, unread, otherEdition, again, notRead, 乙]);
  const sum = countySum(rows, 2024);
  const why = (fileName: string) => sum.left.find((r) => r.fileName === fileName)?.why;

  it('adds only the sound reports, one per agency', () => {
    expect(names(sum.summed)).toEqual(['甲.nianbao.json', '乙.nianbao.json']);
    expect(names(sum.left)).toEqual(['戊.nianbao.json', '己.pdf', '庚.nianbao.json', '甲副本.nianbao.json']);
    expect(sum.values.get('tables.requests.new.natural')).toBe(51); // 21 + 30
    expect(sum.values.get('tables.requests.new.total')).toBe(53);
  });

  it('a report with errors: how many, and the first', () => {
    expect(sum.left[0]).toEqual({
      id: '戊.nianbao.json',
      agency: '示例县水利局',
      fileName: '戊.nianbao.json',
      why: expect.any(String),
    });
    expect(why('戊.nianbao.json')).toBe('有1处错误：商业企业：一+二=5，三（七）+四=0，相差5');
  });

  it('a report with figures the reader could not read', () => {
    expect(unread.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(why('己.pdf')).toBe('有2处未能识别的数字');
  });

  it('a report of the year in another edition: two editions are never added together', () => {
    expect(why('庚.nianbao.json')).toBe('版式与该年度不同（2019年版）');
    const mixed = batchRows([
      readItem('a.nianbao.json', edition2019('示例县交通局', 2020)),
      readItem('b.nianbao.json', {
        ...like('示例县教育局'),
        meta: { agency: '示例县教育局', year: 2020, date: '2021-01-20' },
      }),
    ]);
    const sum2020 = countySum(mixed, 2020);
    expect(sum2020.edition).toBe('2019');
    expect(names(sum2020.summed)).toEqual([]); // a's 2019-edition report has errors of its own (its empty texts)
    expect(sum2020.left.map((r) => r.why)).toEqual([
      expect.stringMatching(/^有\d+处错误：/),
      '版式与该年度不同（2021年版）',
    ]);
    expect([...sum2020.values.keys()].sort()).toEqual(
      resolveTemplate(template2019)
        .cells.map((c) => c.path)
        .sort(),
    );
  });

  it('the same agency twice (however spaced): the first is kept, the other named', () => {
    expect(why('甲副本.nianbao.json')).toBe('与第1行（甲.nianbao.json）为同一机关的报告，未重复计入');
  });

  it('the first sound report of an agency is kept, even after a broken one of it', () => {
    const fixed = readItem('戊改.nianbao.json', like('示例县水利局'));
    const later = countySum(batchRows([broken, fixed]), 2024);
    expect(names(later.summed)).toEqual(['戊改.nianbao.json']);
    expect(names(later.left)).toEqual(['戊.nianbao.json']);
  });

  it('a file not read has no year: it is in neither list', () => {
    expect([...names(sum.summed), ...names(sum.left)]).not.toContain('坏.pdf');
  });
});

describe('blank cells', () => {
  const blank = withCells(like('示例县教育局'), new Map([['tables.active.rules.issued', null]]));

  it('count as 0 when no check says a figure is missing', () => {
    const sum = countySum(batchRows([readItem('甲.nianbao.json', blank, []), 乙]), 2024);
    expect(names(sum.summed)).toEqual(['甲.nianbao.json', '乙.nianbao.json']);
    expect(sum.values.get('tables.active.rules.issued')).toBe(0);
  });

  it('leave the report out when a check says a figure is missing (未填写)', () => {
    const sum = countySum(batchRows([readItem('甲.nianbao.json', blank)]), 2024);
    expect(sum.summed).toEqual([]);
    expect(sum.left[0].why).toMatch(/^有1处错误：/);
    // should 未填写 ever be only a warning, the blank still keeps the report out
    const missing: BatchFinding = { kind: '未填写', severity: 'warning', message: '规章 本年制发件数未填写' };
    const warned = countySum(batchRows([readItem('甲.nianbao.json', blank, [missing])]), 2024);
    expect(warned.left[0].why).toBe('有1处数字未填写');
  });
});
