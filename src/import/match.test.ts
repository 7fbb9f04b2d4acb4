// Real reports are messy: each way a published report departs from the template, on the yindu district office seed
// changed where it says.
// The import reads what is unambiguous, says what it assumed, converted or moved, and never guesses silently.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SHARED_DIR } from '../../test/seed';
import { nodeParser } from '../../test/domParser';
import { importPaste } from './index';
import { toReportSections } from './match';

const SEED = readFileSync(`${SHARED_DIR}/seeds/2024-yindu-district-office.txt`, 'utf8');
const read = (text: string) => importPaste({ text }, 2026);
/** The seed with one line (found by its start) replaced. */
const withLine = (start: string, line: string, text = SEED) => {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(start));
  if (at < 0) throw new Error(`no line ${start}`);
  lines[at] = line;
  return lines.join('\n');
};
const note = (r: ReturnType<typeof read>, part: string) => r.notes.find((n) => n.message.includes(part));
const value = (r: ReturnType<typeof read>, table: 'active' | 'requests' | 'appeals', row: string, col: string) =>
  r.report.tables[table][row][col];

describe('figures', () => {
  test('`-`, `/`, `—` read as 0, each listed at its cell', () => {
    const r = read(withLine('规章', '规章\t-\t/\t—'));
    expect(value(r, 'active', 'rules', 'issued')).toBe(0);
    expect(value(r, 'active', 'rules', 'inForce')).toBe(0);
    expect(note(r, '表二 规章 本年制发件数：看到“-”，按0读入')?.path).toBe('tables.active.rules.issued');
    expect(note(r, '表二 规章 现行有效件数：看到“—”，按0读入')).toBeDefined();
  });

  test('text in a number cell: the number taken when unambiguous, the text shown; else not read', () => {
    let r = read(withLine('行政规范性文件', '行政规范性文件\t22（其中修订16件）\t0\t3'));
    expect(value(r, 'active', 'normativeDocs', 'issued')).toBe(22);
    expect(note(r, '看到“22（其中修订16件）”，取22')).toBeDefined();
    r = read(withLine('行政规范性文件', '行政规范性文件\t约20件\t0\t3'));
    expect(value(r, 'active', 'normativeDocs', 'issued')).toBe(null);
    expect(note(r, '“行政规范性文件”行')?.kind).toBe('unread');
    expect(note(r, '行政规范性文件')?.message).toContain('约20件');
  });

  test('an amount in 元 where the table wants 万元 is converted and said', () => {
    let r = read(withLine('行政事业性收费', '行政事业性收费\t251000元'));
    expect(value(r, 'active', 'fees', 'amount')).toBe(25.1);
    expect(note(r, '报告中为251000元，换算为25.1万元')?.kind).toBe('converted');
    r = read(
      withLine(
        '行政事业性收费',
        '行政事业性收费\t2500',
        withLine('信息内容\t本年收费金额', '信息内容\t本年收费金额（单位：元）'),
      ),
    );
    expect(value(r, 'active', 'fees', 'amount')).toBe(0.25);
  });

  test('a label run into its figure, a label broken over lines, `1、` for `1.`, spaces inside a label', () => {
    let r = read(withLine('行政许可', '行政许可0'));
    expect(value(r, 'active', 'licensing', 'decisions')).toBe(0);
    r = read(withLine('\t\t5. 属于三类内部事务信息', '\t\t5、属于三类\n内部 事务信息\t2\t0\t0\t0\t0\t0\t2'));
    expect(value(r, 'requests', 'withheld.internalAffairs', 'natural')).toBe(2);
    expect(r.notes.filter((n) => n.kind === 'unread')).toEqual([]);
  });

  test('2019 wording in a 2021 report: 规范性文件', () => {
    const r = read(withLine('行政规范性文件', '规范性文件\t3\t0\t3'));
    expect(value(r, 'active', 'normativeDocs', 'issued')).toBe(3);
  });

  test('a 2021 report whose 表三 has the 2019 layout: （六）其他处理 as one row goes to 3.其他, said at the cell', () => {
    const text = SEED.replace(
      /\t\(六\) 其他处理[^\n]*\n\t\t2\.[^\n]*\n\t\t3\. 其他[^\n]*/,
      '\t(六) 其他处理\t4\t0\t0\t0\t0\t0\t4',
    );
    expect(text).not.toBe(SEED);
    const r = read(text);
    expect(value(r, 'requests', 'otherHandling.other', 'natural')).toBe(4);
    const moved = note(r, '（六）其他处理”是一行（2019年版格式）');
    expect(moved?.kind).toBe('moved');
    expect(moved?.path).toBe('tables.requests.otherHandling.other.natural');
  });
});

describe('printed totals are compared, never dropped', () => {
  test('表四 总计 printed as 0 whose parts add up to 11', () => {
    const r = read(withLine('0\t3\t0\t0\t3', '4\t3\t0\t4\t0\t0\t0\t0\t1\t1\t0\t0\t1\t0\t1'));
    const printed = r.findings.find((f) => f.message === '行政复议 总计：报告中为0，各项相加为11');
    expect(printed?.severity).toBe('error');
    expect(
      r.notes.some((n) => n.kind === 'printedTotal' && n.message === '行政复议 总计：报告中为0，各项相加为11'),
    ).toBe(true);
  });

  test('a (七)总计 and a 总计 column that disagree, and every column where 一+二 ≠ 三（七）+四', () => {
    const r = read(withLine('(七) 总计', '(七) 总计\t\t20\t0\t0\t0\t0\t0\t21'));
    const messages = r.findings.map((f) => f.message);
    expect(messages).toContain('（七）总计 自然人：报告中为20，各项相加为21');
    const column = read(withLine('一、本年新收', '一、本年新收政府信息公开申请数量\t\t21\t0\t0\t0\t0\t0\t25'));
    expect(column.findings.map((f) => f.message)).toContain(
      '一、本年新收政府信息公开申请数量 总计：报告中为25，各项相加为21',
    );
    const unbalanced = read(withLine('一、本年新收', '一、本年新收政府信息公开申请数量\t\t23\t1\t0\t0\t0\t0\t24'));
    expect(unbalanced.findings.map((f) => f.message)).toContain('自然人：一+二=23，三（七）+四=21，相差2');
    expect(unbalanced.findings.map((f) => f.message)).toContain('商业企业：一+二=1，三（七）+四=0，相差1');
  });

  test('a blank 总计 cell is computed, and listed', () => {
    const html = `<p>殷都区人民政府办公室2024年政府信息公开工作年度报告</p><p>一、总体情况</p><p>二、主动公开政府信息情况</p>
      <p>四、政府信息公开行政复议、行政诉讼情况</p><table><tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
      <tr>${'<td>1</td><td>2</td><td>0</td><td>0</td><td></td>'.repeat(3)}</tr></table>`;
    const r = importPaste({ html }, 2026, nodeParser);
    expect(r.report.tables.appeals.adminReview).toEqual({ upheld: 1, corrected: 2, other: 0, pending: 0 });
    expect(note(r, '行政复议 总计：空白，按各项相加计算')?.kind).toBe('assumed');
  });
});

describe('the frame', () => {
  const frame = [
    '殷都区人民政府办公室',
    '2024年政府信息公开工作年度报告',
    '本报告依据《条例》编制。',
    '一、总体情况',
    '（一）主动公开',
    '全年公开信息100条。',
    '五、其他需要报告的事项',
    '未收取信息处理费。',
    '六、存在的主要问题及改进情况',
    '解读形式单一。',
    '殷都区人民政府办公室',
    '2025年1月20日',
  ].join('\n');

  test('title over two lines, a preface, sections out of order and numbered wrongly, a 落款 at the end', () => {
    const r = read(frame);
    expect(r.report.meta).toEqual({ agency: '殷都区人民政府办公室', year: 2024, date: '2025-01-20' });
    expect(r.sections.intro).toBe('本报告依据《条例》编制。');
    expect(r.sections.other).toBe('未收取信息处理费。');
    expect(r.sections.problems).toBe('解读形式单一。');
    expect(note(r, '“五、其他需要报告的事项”的编号与格式不同')?.path).toBe('sections.other');
    expect(note(r, '各部分的顺序与格式不同')).toBeDefined();
    expect(note(r, '落款“殷都区人民政府办公室 2025年1月20日”读作成文日期')).toBeDefined();
    expect(note(r, '没有找到“二、主动公开政府信息情况”这一部分')?.kind).toBe('unread');
  });

  test('toReportSections: the Report shape, the text of 一 before its first （一） as its opening text', () => {
    expect(
      toReportSections({
        intro: '前言。',
        overview: { opening: '开头。', subsections: [{ heading: '主动公开', text: '正文。' }] },
        problems: '问题。',
        other: '无。',
      }),
    ).toEqual({
      intro: '前言。',
      overview: { opening: '开头。', subsections: [{ heading: '主动公开', text: '正文。', headingOnOwnLine: false }] },
      problems: { opening: '问题。', subsections: [] },
      other: { opening: '无。', subsections: [] },
    });
  });
});
