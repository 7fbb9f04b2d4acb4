import { describe, expect, it } from 'vitest';
import { MESSAGES, splitRunOnRows, type Relation, type RunOnRow } from './digitSplit';

const total = (t: string, parts: string[]): Relation => ({ left: [t], right: parts });
const values = (r: ReturnType<typeof splitRunOnRows>, cells: string[]) => cells.map((c) => r.values.get(c));

describe('splitRunOnRows: one row', () => {
  const cells7 = ['a', 'b', 'c', 'd', 'e', 'f', 't'];
  const rowTotal7 = total('t', cells7.slice(0, 6));

  it('splits `230 000023` into 23|0|0|0|0|0|23', () => {
    const r = splitRunOnRows(
      [{ label: '一、本年新收政府信息公开申请数量', cells: cells7, seen: '230 000023' }],
      [rowTotal7],
    );
    expect(r.unsplit).toEqual([]);
    expect(values(r, cells7)).toEqual([23, 0, 0, 0, 0, 0, 23]);
    expect(r.values.size).toBe(7);
  });

  it('reads nothing from a row its own arithmetic leaves two splits for, and says which', () => {
    const r = splitRunOnRows([{ label: 'X', cells: ['a', 'b', 't'], seen: '11415' }], [total('t', ['a', 'b'])]);
    expect(r.values.size).toBe(0);
    expect(r.unsplit).toEqual([{ label: 'X', message: '有2种拆分都符合表中的加总关系：1|14|15、11|4|15；未读入' }]);
  });

  it('takes the same row once a known value decides it', () => {
    const rows = [{ label: 'X', cells: ['a', 'b', 't'], seen: '11415' }];
    const byB = splitRunOnRows(rows, [total('t', ['a', 'b'])], new Map([['b', 14]]));
    expect(byB.unsplit).toEqual([]);
    expect(values(byB, ['a', 'b', 't'])).toEqual([1, 14, 15]);
    // A known cell outside the row, tied to it by a relation.
    const byRelation = splitRunOnRows(
      rows,
      [total('t', ['a', 'b']), { left: ['a'], right: ['elsewhere'] }],
      new Map([['elsewhere', 11]]),
    );
    expect(values(byRelation, ['a', 'b', 't'])).toEqual([11, 4, 15]);
  });

  it('ignores a relation naming a cell that is neither in a row nor known', () => {
    const r = splitRunOnRows(
      [{ label: 'X', cells: ['a', 'b', 't'], seen: '11415' }],
      [total('t', ['a', 'b']), { left: ['a'], right: ['unknown'] }],
    );
    expect(r.values.size).toBe(0);
    expect(r.unsplit[0].message).toBe('有2种拆分都符合表中的加总关系：1|14|15、11|4|15；未读入');
  });

  it('never takes a split that only works with a wrong 总计', () => {
    for (const seen of ['1 2 4', '124']) {
      const r = splitRunOnRows([{ label: 'X', cells: ['a', 'b', 't'], seen }], [total('t', ['a', 'b'])]);
      expect(r.values.size).toBe(0);
      expect(r.unsplit).toEqual([{ label: 'X', message: '没有一种拆分符合表中的加总关系；未读入' }]);
    }
  });

  it('keeps spaces as boundaries', () => {
    const rel = [total('t', ['a', 'b'])];
    const row = (seen: string) => splitRunOnRows([{ label: 'X', cells: ['a', 'b', 't'], seen }], rel);
    expect(values(row('11 4 15'), ['a', 'b', 't'])).toEqual([11, 4, 15]);
    expect(values(row('1 1415'), ['a', 'b', 't'])).toEqual([1, 14, 15]);
    expect(values(row('11 4\u300015'), ['a', 'b', 't'])).toEqual([11, 4, 15]);
    // The spaces allow no split into three figures at all.
    expect(row('11 4 1 5').unsplit).toEqual([
      { label: 'X', message: '无法拆成3个数（数字位数或空格位置与单元格数不符）；未读入' },
    ]);
    // Without relations, spaces alone can fix a split: one figure per chunk.
    const free = splitRunOnRows([{ label: 'Y', cells: ['p', 'q'], seen: '120 7' }], []);
    expect(values(free, ['p', 'q'])).toEqual([120, 7]);
  });

  it('keeps a decimal whole', () => {
    const rel = [total('t', ['a', 'b'])];
    const r = splitRunOnRows([{ label: 'X', cells: ['a', 'b', 't'], seen: '12.57.520' }], rel);
    expect(r.unsplit).toEqual([]);
    expect(values(r, ['a', 'b', 't'])).toEqual([12.5, 7.5, 20]);
    const spaced = splitRunOnRows([{ label: 'X', cells: ['a', 'b', 't'], seen: '1 2.5 3.5' }], rel);
    expect(values(spaced, ['a', 'b', 't'])).toEqual([1, 2.5, 3.5]);
    const single = splitRunOnRows([{ label: '本年收费金额', cells: ['fee'], seen: '12.5' }], []);
    expect(single.values.get('fee')).toBe(12.5);
    // A space next to the point would cut the decimal: no split.
    const cut = splitRunOnRows([{ label: 'X', cells: ['a', 'b'], seen: '12. 5' }], []);
    expect(cut.unsplit).toEqual([{ label: 'X', message: '无法拆成2个数（数字位数或空格位置与单元格数不符）；未读入' }]);
  });

  it('says when a row holds something other than figures', () => {
    const r = splitRunOnRows([{ label: 'X', cells: ['a', 'b'], seen: '12—3' }], []);
    expect(r.unsplit).toEqual([{ label: 'X', message: '含有数字、小数点和空格以外的字符「—」；未读入' }]);
  });

  it('gives up on a row with too many possible splits', () => {
    const r = splitRunOnRows([{ label: 'X', cells: cells7, seen: '12345678901234567890' }], []);
    expect(r.values.size).toBe(0);
    expect(r.unsplit).toEqual([{ label: 'X', message: '拆分方式过多（超过5000种），无法确定唯一的拆分；未读入' }]);
    expect(MESSAGES.tooManySplits).toBe(r.unsplit[0].message);
  });
});

describe('splitRunOnRows: across rows', () => {
  const cols = ['a', 'b', 't'];
  const rowOf = (key: string, label: string, seen: string): RunOnRow => ({
    label,
    cells: cols.map((c) => `${key}.${c}`),
    seen,
  });
  const rels = (keys: string[], totalKey: string): Relation[] => [
    ...[...keys, totalKey].map((k) => total(`${k}.t`, [`${k}.a`, `${k}.b`])),
    ...cols.map((c) =>
      total(
        `${totalKey}.${c}`,
        keys.map((k) => `${k}.${c}`),
      ),
    ),
  ];

  it('decides a row ambiguous on its own by a column total with other rows', () => {
    const r = splitRunOnRows(
      [rowOf('x', 'X', '11415'), rowOf('y', 'Y', '235'), rowOf('z', '合计', '13720')],
      rels(['x', 'y'], 'z'),
    );
    expect(r.unsplit).toEqual([]);
    expect(values(r, ['x.a', 'x.b', 'x.t', 'y.a', 'y.b', 'y.t', 'z.a', 'z.b', 'z.t'])).toEqual([
      11, 4, 15, 2, 3, 5, 13, 7, 20,
    ]);
  });

  it('reads neither of two rows whose splits the column total can swap', () => {
    const r = splitRunOnRows(
      [rowOf('x', 'X', '11415'), rowOf('y', 'Y', '11415'), rowOf('z', '合计', '121830')],
      rels(['x', 'y'], 'z'),
    );
    expect(r.unsplit).toEqual([
      { label: 'X', message: '有2种拆分都符合表中的加总关系：1|14|15、11|4|15；未读入' },
      { label: 'Y', message: '有2种拆分都符合表中的加总关系：1|14|15、11|4|15；未读入' },
    ]);
    expect([...r.values.keys()]).toEqual(['z.a', 'z.b', 'z.t']);
    expect(values(r, ['z.a', 'z.b', 'z.t'])).toEqual([12, 18, 30]);
  });

  it('a column total the report itself breaks: rows its own arithmetic decides are read, rows that needed the others are not', () => {
    // 合计 prints 3 | 4 | 7 while X and Y add up to 2 or 12 in the first column: the report is wrong, not the reading
    const r = splitRunOnRows(
      [rowOf('x', 'X', '123'), rowOf('y', 'Y', '11415'), rowOf('z', '合计', '347'), rowOf('w', 'W', '235')],
      rels(['x', 'y'], 'z').concat(total('w.t', ['w.a', 'w.b'])),
    );
    const across = '没有一种拆分符合表中的加总关系（与其他行的加总关系不符）；未读入';
    expect(r.unsplit).toEqual([{ label: 'Y', message: across }]);
    expect(Object.fromEntries(r.values)).toEqual({
      'x.a': 1,
      'x.b': 2,
      'x.t': 3,
      'z.a': 3,
      'z.b': 4,
      'z.t': 7,
      'w.a': 2,
      'w.b': 3,
      'w.t': 5,
    });
  });

  it('stops at the work cap and reads none of the rows left undecided', () => {
    const n = 160;
    const keys = Array.from({ length: n }, (_, i) => `r${i}`);
    const rows = keys.map((k) => rowOf(k, k, '11415'));
    rows.push(rowOf('z', '合计', `${(n / 2) * 12}${(n / 2) * 18}${(n / 2) * 30}`));
    const t0 = performance.now();
    const r = splitRunOnRows(rows, rels(keys, 'z'));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.unsplit).toHaveLength(n);
    expect(new Set(r.unsplit.map((u) => u.message))).toEqual(new Set([MESSAGES.tooMuchSearch]));
    expect(MESSAGES.tooMuchSearch).toBe('与其他行组合的拆分方式过多（超出计算上限），无法确定唯一的拆分；未读入');
    expect([...r.values]).toEqual([
      ['z.a', 960],
      ['z.b', 1440],
      ['z.t', 2400],
    ]);
  });

  it('ignores relations through a row that could not be read', () => {
    // 合计 has no fitting split, so its cells are unknown: X stays ambiguous, Y is read on its own.
    const r = splitRunOnRows(
      [rowOf('x', 'X', '11415'), rowOf('y', 'Y', '235'), rowOf('z', '合计', '1379')],
      rels(['x', 'y'], 'z'),
    );
    expect(r.unsplit).toEqual([
      { label: 'X', message: '有2种拆分都符合表中的加总关系：1|14|15、11|4|15；未读入' },
      { label: '合计', message: '没有一种拆分符合表中的加总关系；未读入' },
    ]);
    expect(values(r, ['y.a', 'y.b', 'y.t'])).toEqual([2, 3, 5]);
  });
});

/* 表三 (2021 template): 25 data rows × 7 columns, figures written by hand. */
const COLS = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'];
type Figures = [string, string, number[]];
const path = (row: string, col: string) => `tables.requests.${row}.${col}`;

function table3(first: Figures[]): { rows: RunOnRow[]; relations: Relation[]; expected: Map<string, number> } {
  const [newRow, carriedOver, ...results] = first;
  const sumCol = (rows: Figures[], j: number) => rows.reduce((s, r) => s + r[2][j], 0);
  const resultTotal = COLS.slice(0, 6).map((_, j) => sumCol(results, j));
  const carriedForward = resultTotal.map((v, j) => newRow[2][j] + carriedOver[2][j] - v);
  const all: Figures[] = [
    newRow,
    carriedOver,
    ...results,
    ['resultTotal', '（七）总计', resultTotal],
    ['carriedForward', '四、结转下年度继续办理', carriedForward],
  ];
  const expected = new Map<string, number>();
  const rows = all.map(([key, label, figs]) => {
    const withTotal = [...figs, figs.reduce((a, b) => a + b, 0)];
    COLS.forEach((c, j) => expected.set(path(key, c), withTotal[j]));
    return { label, cells: COLS.map((c) => path(key, c)), seen: withTotal.join('') };
  });
  const relations: Relation[] = all.map(([key]) =>
    total(
      path(key, 'total'),
      COLS.slice(0, 6).map((c) => path(key, c)),
    ),
  );
  for (const c of COLS) {
    relations.push(
      total(
        path('resultTotal', c),
        results.map(([key]) => path(key, c)),
      ),
    );
    relations.push({
      left: [path('new', c), path('carriedOver', c)],
      right: [path('resultTotal', c), path('carriedForward', c)],
    });
  }
  return { rows, relations, expected };
}

const RESULT_LABELS: [string, string][] = [
  ['granted', '（一）予以公开'],
  ['partlyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  ['withheld.stateSecret', '1.属于国家秘密'],
  ['withheld.prohibitedByLaw', '2.其他法律行政法规禁止公开'],
  ['withheld.security', '3.危及“三安全一稳定”'],
  ['withheld.thirdParty', '4.保护第三方合法权益'],
  ['withheld.internalAffairs', '5.属于三类内部事务信息'],
  ['withheld.processInfo', '6.属于四类过程性信息'],
  ['withheld.enforcementFile', '7.属于行政执法案卷'],
  ['withheld.queryMatter', '8.属于行政查询事项'],
  ['unavailable.notHeld', '1.本机关不掌握相关政府信息'],
  ['unavailable.needsCreation', '2.没有现成信息需要另行制作'],
  ['unavailable.unclear', '3.补正后申请内容仍不明确'],
  ['notProcessed.petition', '1.信访举报投诉类申请'],
  ['notProcessed.duplicate', '2.重复申请'],
  ['notProcessed.publication', '3.要求提供公开出版物'],
  ['notProcessed.repetitive', '4.无正当理由大量反复申请'],
  ['notProcessed.confirmation', '5.要求行政机关确认或重新出具已获取信息'],
  ['otherHandling.noCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['otherHandling.unpaidFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['otherHandling.other', '3.其他'],
];

function figures(newRow: number[], carriedOver: number[], results: number[][]): Figures[] {
  return [
    ['new', '一、本年新收政府信息公开申请数量', newRow],
    ['carriedOver', '二、上年结转政府信息公开申请数量', carriedOver],
    ...RESULT_LABELS.map(([key, label], i): Figures => [key, label, results[i]]),
  ];
}

/** Rows 一、二、（二）、（七）、四 each have 2–4 splits on their own; only the column relations decide them. */
const A = table3(
  figures(
    [187, 12, 0, 1, 9, 3],
    [14, 1, 0, 0, 0, 0],
    [
      [96, 6, 0, 1, 3, 1],
      [21, 2, 0, 0, 1, 0],
      [0, 0, 0, 0, 0, 0],
      [2, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
      [3, 1, 0, 0, 0, 0],
      [1, 0, 0, 0, 0, 0],
      [4, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
      [5, 0, 0, 0, 1, 0],
      [38, 2, 0, 0, 2, 1],
      [4, 0, 0, 0, 0, 0],
      [2, 0, 0, 0, 0, 0],
      [3, 0, 0, 0, 1, 0],
      [4, 1, 0, 0, 0, 0],
      [1, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
      [2, 0, 0, 0, 0, 0],
      [3, 0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0, 0],
    ],
  ),
);

/** Only 1.本机关不掌握相关政府信息 (11|4|0|0|0|0|15 printed `114000015`) has two splits on its own. */
const B = table3(
  figures(
    [156, 8, 0, 2, 5, 1],
    [9, 0, 0, 0, 0, 0],
    [
      [95, 2, 0, 2, 3, 0],
      [17, 2, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
      [2, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
      [3, 0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0, 0],
      [4, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
      [5, 0, 0, 0, 1, 0],
      [11, 4, 0, 0, 0, 0],
      [4, 0, 0, 0, 0, 0],
      [2, 0, 0, 0, 0, 0],
      [3, 0, 0, 0, 1, 0],
      [4, 0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
      [2, 0, 0, 0, 0, 0],
      [3, 0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0, 0],
    ],
  ),
);

describe('splitRunOnRows: 表三 (2021)', () => {
  it('has 25 data rows of 7 run-together figures', () => {
    expect(A.rows).toHaveLength(25);
    expect(A.rows[0].seen).toBe('187120193212');
    expect(A.rows[23]).toMatchObject({ label: '（七）总计', seen: '190120183214' });
    expect(A.rows[24]).toMatchObject({ label: '四、结转下年度继续办理', seen: '111001013' });
  });

  it('rows ambiguous on their own are ambiguous when read alone', () => {
    const alone = A.rows.map((row) => splitRunOnRows([row], A.relations).unsplit.map((u) => u.label)).flat();
    expect(alone).toEqual([
      '一、本年新收政府信息公开申请数量',
      '二、上年结转政府信息公开申请数量',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '（七）总计',
      '四、结转下年度继续办理',
    ]);
  });

  it('recovers every figure of the table', () => {
    for (const t of [A, B]) {
      const r = splitRunOnRows(t.rows, t.relations);
      expect(r.unsplit).toEqual([]);
      expect(r.values).toEqual(t.expected);
    }
  });

  it('leaves only the genuinely ambiguous row unread when the （七）总计 row is missing from the source', () => {
    const rows = B.rows.filter((row) => row.label !== '（七）总计');
    const r = splitRunOnRows(rows, B.relations);
    expect(r.unsplit).toEqual([
      {
        label: '1.本机关不掌握相关政府信息',
        message: '有2种拆分都符合表中的加总关系：1|14|0|0|0|0|15、11|4|0|0|0|0|15；未读入',
      },
    ]);
    const expected = new Map(
      [...B.expected].filter(([cell]) => !cell.includes('.resultTotal.') && !cell.includes('.unavailable.notHeld.')),
    );
    expect(r.values).toEqual(expected);
    expect(r.values.size).toBe(23 * 7);
  });

  it('splits the table in under 50 ms', () => {
    const t0 = performance.now();
    const r = splitRunOnRows(A.rows, A.relations);
    const ms = performance.now() - t0;
    expect(r.values.size).toBe(175);
    expect(ms).toBeLessThan(50);
  });
});

describe('splitRunOnRows: 表四 row of 15 cells', () => {
  const groups = ['adminReview', 'litigationDirect', 'litigationAfterReview'];
  const cols = ['upheld', 'corrected', 'other', 'pending', 'total'];
  const cells = groups.flatMap((g) => cols.map((c) => `tables.appeals.${g}.${c}`));
  const relations = groups.map((g) =>
    total(
      `tables.appeals.${g}.total`,
      cols.slice(0, 4).map((c) => `tables.appeals.${g}.${c}`),
    ),
  );
  const split = (seen: string) => splitRunOnRows([{ label: '表四', cells, seen }], relations);

  it('splits a row with three group totals uniquely', () => {
    const r = split('2531433102011341027');
    expect(r.unsplit).toEqual([]);
    expect(values(r, cells)).toEqual([25, 3, 1, 4, 33, 10, 2, 0, 1, 13, 4, 1, 0, 2, 7]);
  });

  it('splits a row of large figures quickly', () => {
    const t0 = performance.now();
    const r = split('1254133119420192610072111081991525431150100202883');
    expect(values(r, cells)).toEqual([1254, 133, 119, 420, 1926, 1007, 211, 108, 199, 1525, 431, 150, 100, 202, 883]);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('reads nothing from a 表四 row with several splits', () => {
    const r = split('1110113111001200000');
    expect(r.values.size).toBe(0);
    expect(r.unsplit).toEqual([
      {
        label: '表四',
        message:
          '有9种拆分都符合表中的加总关系：1|1|10|1|13|1|1|10|0|12|0|0|0|0|0、1|1|10|1|13|1|11|0|0|12|0|0|0|0|0、1|1|10|1|13|11|1|0|0|12|0|0|0|0|0 等；未读入',
      },
    ]);
  });
});
