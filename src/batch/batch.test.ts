import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { completeReport, distinctReport } from '../../test/batchReports';
import { writeDraft } from '../draft/write';
import { ImportError } from '../import/types';
import type { Report } from '../report/schema';
import { batchRows, type BatchRow } from './batch';
import { readQueue, type QueuedFile } from './queue';
import { readBatchFile, type BatchReaders } from './read';
import { findingSheet, reportSheet } from './sheet';
import type { BatchItem } from './types';
import { writeXlsx } from './xlsx';

const NOW = new Date('2025-01-25T08:00:00Z');
const draftBytes = (r: Report) => new TextEncoder().encode(writeDraft(r, NOW));
/** Readers for the tests: a "text" file carries a report as JSON; anything else is refused as a reader would. */
const readers: BatchReaders = {
  async import(source, _name, bytes) {
    if (source === 'pdf') throw new ImportError('PDF文件已损坏或不是PDF，无法读取');
    if (source === 'docx') throw new Error('zip: bad central directory');
    const text = new TextDecoder().decode(bytes);
    if (!text.startsWith('{'))
      return {
        report: { ...completeReport('', 2024), tables: { active: {}, requests: {}, appeals: {} } } as Report,
        notes: [],
      };
    return {
      report: JSON.parse(text) as Report,
      notes: [
        {
          kind: 'unread',
          path: 'tables.requests.granted.natural',
          message: '表三（一）予以公开 行：看到“十三”，未能读取',
        },
      ],
    };
  },
};
const context = { currentYear: 2025, readers };
const read = (id: string, name: string, bytes: Uint8Array) => readBatchFile(id, name, bytes, context);

async function batch(files: [string, Uint8Array][]): Promise<BatchRow[]> {
  const items: BatchItem[] = [];
  const queued: QueuedFile[] = files.map(([name, bytes], i) => ({ id: String(i), name, bytes: async () => bytes }));
  await readQueue(queued, { read, yieldToPage: async () => {}, onItem: (item) => items.push(item) });
  return batchRows(items);
}
const kinds = (row: BatchRow) => row.findings.map((f) => f.kind);
const row = (rows: BatchRow[], name: string) => rows.find((r) => r.fileName === name)!;

describe('the batch: each report with its own findings', async () => {
  const rows = await batch([
    ['甲.nianbao.json', draftBytes(distinctReport('示例县教育局', 2024, 1))],
    ['乙.nianbao.json', draftBytes(distinctReport('示例县民政局', 2024, 2, { 'tables.requests.new.commercial': 5 }))],
    ['丙.txt', new TextEncoder().encode(JSON.stringify(distinctReport('示例县财政局', 2024, 3)))],
  ]);

  it('a clean draft has no finding; its key figures are the report’s totals', () => {
    expect(row(rows, '甲.nianbao.json').findings).toEqual([]);
    expect(row(rows, '甲.nianbao.json').figures).toEqual({
      newTotal: 21,
      carriedOverTotal: 0,
      resultTotal: 21,
      carriedForwardTotal: 0,
      adminReview: 3,
      litigation: 2,
      fees: 0,
    });
    expect(row(rows, '甲.nianbao.json')).toMatchObject({
      agency: '示例县教育局',
      year: 2024,
      edition: '2021年版',
      errors: 0,
      warnings: 0,
    });
  });

  it('a broken column is 勾稽不符, an error pointing at its cell', () => {
    const broken = row(rows, '乙.nianbao.json');
    expect(broken.findings.filter((f) => f.kind === '勾稽不符')).toEqual([
      expect.objectContaining({
        severity: 'error',
        target: 'tables.requests.new.commercial',
        message: '商业企业：一+二=5，三（七）+四=0，相差5',
      }),
    ]);
    expect(broken.findings[0].place).toContain('商业企业');
  });

  it('what the import could not read is counted as 未能识别', () => {
    expect(row(rows, '丙.txt')).toMatchObject({ unread: 1, warnings: 1, errors: 0 });
    expect(kinds(row(rows, '丙.txt'))).toEqual(['未能识别']);
  });
});

describe('across the batch', async () => {
  const rows = await batch([
    [
      'a2023.nianbao.json',
      draftBytes(
        distinctReport('示例县教育局', 2023, 1, {
          'tables.requests.carriedForward.natural': 2,
          'tables.requests.granted.natural': 11,
        }),
      ),
    ],
    // 现行有效件数 follows on from 2023's (4 + 5 issued): only the carried-over figure is wrong
    [
      'a2024.nianbao.json',
      draftBytes(distinctReport('示例县 教育局', 2024, 2, { 'tables.active.normativeDocs.inForce': 9 })),
    ],
    ['b2024.nianbao.json', draftBytes(distinctReport('示例县民政局', 2024, 3))],
    ['c2024.nianbao.json', draftBytes(distinctReport('示例县财政局', 2024, 3))],
    ['d2024.nianbao.json', draftBytes(distinctReport('示例县水利局', 2024, 4))],
    ['d2024副本.nianbao.json', draftBytes(distinctReport('示例县水利局', 2024, 4))],
  ]);

  it('the same agency’s next year: 上年结转 against last year’s 结转, on the later report only', () => {
    expect(row(rows, 'a2024.nianbao.json').findings).toEqual([
      expect.objectContaining({
        kind: '跨年不符',
        severity: 'error',
        target: 'tables.requests.carriedOver.natural',
        message: '自然人：二、上年结转为0，2023年度报告的四、结转下年度继续办理为2（对照a2023.nianbao.json）',
      }),
    ]);
    expect(kinds(row(rows, 'a2023.nianbao.json'))).not.toContain('跨年不符');
  });

  it('two agencies with the same tables are pointed out, each naming the other; one agency’s two copies are not', () => {
    expect(row(rows, 'b2024.nianbao.json').findings).toEqual([
      expect.objectContaining({
        kind: '疑似雷同',
        severity: 'warning',
        message: expect.stringContaining('示例县财政局2024年（c2024.nianbao.json）'),
      }),
    ]);
    expect(kinds(row(rows, 'c2024.nianbao.json'))).toEqual(['疑似雷同']);
    expect(kinds(row(rows, 'd2024.nianbao.json'))).toEqual([]);
  });

  it('a year apart from most of the batch is pointed out', () => {
    expect(row(rows, 'a2023.nianbao.json').findings).toContainEqual(
      expect.objectContaining({ kind: '年度异常', message: '报告年度为2023年，本批多数为2024年' }),
    );
    expect(rows.filter((r) => r.kinds.has('年度异常')).map((r) => r.fileName)).toEqual(['a2023.nianbao.json']);
  });
});

describe('files that are not reports, each with its reason, the others read', async () => {
  const good = draftBytes(distinctReport('示例县教育局', 2024, 1));
  const rows = await batch([
    ['说明.xlsx', new Uint8Array([1, 2, 3])],
    ['空.nianbao.json', new Uint8Array(0)],
    ['坏.nianbao.json', new TextEncoder().encode('{"format": "xxgk-annual-report", "formatVersion": 1, "report": ')],
    ['坏.pdf', new TextEncoder().encode('%PDF-1.4 broken')],
    ['坏.docx', new TextEncoder().encode('PK broken')],
    ['通知.txt', new TextEncoder().encode('关于召开会议的通知')],
    ['好.nianbao.json', good],
  ]);
  const reasons = Object.fromEntries(rows.map((r) => [r.fileName, r.item.ok ? 'ok' : r.item.reason]));

  it('says why for each', () => {
    expect(reasons).toEqual({
      '说明.xlsx': '不是年度报告文件：只能读取 .nianbao.json 草稿、.docx、.pdf、.html 和 .txt',
      '空.nianbao.json': '文件是空的（0字节）',
      '坏.nianbao.json': expect.stringMatching(/JSON|草稿/),
      '坏.pdf': 'PDF文件已损坏或不是PDF，无法读取',
      // the fake reader throws a library's English error: the reviewer is told in Chinese
      '坏.docx': '读取时出错，文件可能已损坏：请用Word、WPS或PDF阅读器打开、另存后再试',
      '通知.txt': '文件中没有找到年度报告的表格和机关名称：不像政府信息公开工作年度报告',
      '好.nianbao.json': 'ok',
    });
    expect(rows.filter((r) => !r.item.ok).every((r) => r.errors === 1 && kinds(r)[0] === '无法读取')).toBe(true);
  });

  it('a file that cannot even be fetched from the disk gets its row too, and the queue goes on', async () => {
    const items: BatchItem[] = [];
    const progress: string[] = [];
    await readQueue(
      [
        { id: '1', name: '丢失.pdf', bytes: () => Promise.reject(new Error('NotFoundError')) },
        { id: '2', name: '好.nianbao.json', bytes: async () => good },
      ],
      {
        read,
        yieldToPage: async () => {},
        onItem: (item, done, total) => (items.push(item), progress.push(`${done}/${total}`)),
      },
    );
    expect(items.map((i) => [i.fileName, i.ok])).toEqual([
      ['丢失.pdf', false],
      ['好.nianbao.json', true],
    ]);
    expect(progress).toEqual(['1/2', '2/2']);
  });

  it('yields to the page before every file', async () => {
    const events: string[] = [];
    await readQueue(
      [1, 2, 3].map((n) => ({ id: String(n), name: `${n}.nianbao.json`, bytes: async () => good })),
      { read, yieldToPage: async () => void events.push('yield'), onItem: (item) => events.push(item.id) },
    );
    expect(events).toEqual(['yield', '1', 'yield', '2', 'yield', '3']);
  });

  it('reads a few files at once: a slow file does not hold the others, each file is read once, progress counts all', async () => {
    const reading = new Set<string>();
    let most = 0;
    const order: string[] = [];
    const progress: string[] = [];
    // the first file is read only once all the others are: with one lane the queue would wait on it forever
    let releaseFirst = () => {};
    const firstMayFinish = new Promise<void>((resolve) => (releaseFirst = resolve));
    const files = Array.from({ length: 7 }, (_, n) => ({
      id: String(n),
      name: `${n}.nianbao.json`,
      bytes: async () => {
        reading.add(String(n));
        most = Math.max(most, reading.size);
        if (n === 0) await firstMayFinish;
        else await new Promise((r) => setTimeout(r, 5));
        reading.delete(String(n));
        return good;
      },
    }));
    await readQueue(files, {
      read,
      concurrency: 3,
      yieldToPage: async () => {},
      onItem: (item, done, total) => {
        order.push(item.id);
        progress.push(`${done}/${total}`);
        if (done === 6) releaseFirst();
      },
    });
    expect(most).toBe(3);
    expect([...order].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    expect(order[order.length - 1]).toBe('0');
    expect(progress).toEqual(['1/7', '2/7', '3/7', '4/7', '5/7', '6/7', '7/7']);
  });
});

describe('导出检查结果 (.xlsx)', async () => {
  const rows = await batch([
    ['甲.nianbao.json', draftBytes(distinctReport('示例县教育局', 2024, 1))],
    ['乙.nianbao.json', draftBytes(distinctReport('示例县民政局', 2024, 2, { 'tables.requests.new.commercial': 5 }))],
    ['空.pdf', new Uint8Array(0)],
  ]);
  const bytes = await writeXlsx([reportSheet(rows), findingSheet(rows)]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer as ArrayBuffer);
  const values = (name: string) =>
    book
      .getWorksheet(name)!
      .getSheetValues()
      .slice(1)
      .map((r) => Array.from((r as unknown[]).slice(1), (v) => v ?? null));

  it('holds a sheet of reports: one row per file, Chinese intact', () => {
    const sheet = reportSheet(rows);
    expect(values('报告')).toEqual([sheet.header, ...sheet.rows].map((r) => trimTrailingNulls(r)));
    expect(values('报告')[2]).toEqual(expect.arrayContaining(['乙.nianbao.json', '示例县民政局', 2024, '2021年版', 1]));
    expect(values('报告')[3]).toContain('文件是空的（0字节）');
  });

  it('and a sheet of findings: every finding of every file', () => {
    const sheet = findingSheet(rows);
    // 乙: the broken column, and its text that says 21 requests where the table now has 26; 空.pdf: why not read
    expect(sheet.rows.map((r) => [r[0], r[3]])).toEqual([
      ['乙.nianbao.json', '勾稽不符'],
      ['乙.nianbao.json', '内容提醒'],
      ['空.pdf', '无法读取'],
    ]);
    expect(values('问题')).toEqual([sheet.header, ...sheet.rows].map((r) => trimTrailingNulls(r)));
    expect(values('问题')[1]).toEqual(
      expect.arrayContaining(['乙.nianbao.json', '勾稽不符', '错误', '商业企业：一+二=5，三（七）+四=0，相差5']),
    );
  });
});

function trimTrailingNulls(r: unknown[]) {
  const out = [...r];
  while (out.length && (out[out.length - 1] === null || out[out.length - 1] === '')) out.pop();
  return out;
}

it('readBatchFile never throws, even when the matcher does', async () => {
  const item = await readBatchFile('x', 'a.txt', new Uint8Array([65]), {
    ...context,
    readers: {
      import: () => {
        throw new TypeError('boom');
      },
    },
  });
  // a fault of the reader is said in Chinese; its own words are kept for support, never shown as the reason
  expect(item).toMatchObject({
    ok: false,
    reason: '读取时出错，文件可能已损坏：请用Word、WPS或PDF阅读器打开、另存后再试',
  });
  expect(item.ok ? '' : item.detail).toContain('boom');
});

describe('filtering the table', async () => {
  const { filterRows } = await import('./filter');
  const rows = await batch([
    ['甲.nianbao.json', draftBytes(distinctReport('示例县教育局', 2024, 1))],
    ['乙.nianbao.json', draftBytes(distinctReport('示例县民政局', 2024, 2, { 'tables.requests.new.commercial': 5 }))],
    ['丙.nianbao.json', draftBytes(distinctReport('示例县财政局', 2023, 3))],
  ]);
  const names = (r: BatchRow[]) => r.map((x) => x.fileName);
  it('by finding kind', () => {
    expect(names(filterRows(rows, { text: '', kind: '勾稽不符' }))).toEqual(['乙.nianbao.json']);
    expect(names(filterRows(rows, { text: '', kind: '年度异常' }))).toEqual(['丙.nianbao.json']);
    expect(names(filterRows(rows, { text: '', kind: '' }))).toHaveLength(3);
  });
  it('by text, in the agency, the year or a finding; words all present', () => {
    expect(names(filterRows(rows, { text: '教育', kind: '' }))).toEqual(['甲.nianbao.json']);
    expect(names(filterRows(rows, { text: '2023', kind: '' }))).toEqual(['丙.nianbao.json']);
    expect(names(filterRows(rows, { text: '商业企业 相差5', kind: '' }))).toEqual(['乙.nianbao.json']);
    expect(names(filterRows(rows, { text: '商业企业 教育', kind: '' }))).toEqual([]);
  });
});
