// The forms published reports come in, each on the yindu district office seed (changed where it says): wrapped
// and misspelt labels, figures run together, pipe tables, page furniture, run-together pages, titles; and the
// certainty rule — a relation over a figure not read is 未能识别, never 勾稽不符. The whole corpus (test/corpus/)
// holds every form against hand-read figures; these pin each behaviour down on its own.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SHARED_DIR } from '../../test/seed';
import { alignAnchors } from './align';
import { importPaste } from './index';
import { tokens } from './lines';
import { readTextString } from './readText';

const SEED = readFileSync(`${SHARED_DIR}/seeds/2024-yindu-district-office.txt`, 'utf8');
const read = (text: string) => importPaste({ text }, 2026);
const replaceLine = (start: string, line: string, text = SEED) => {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(start));
  if (at < 0) throw new Error(`no line ${start}`);
  lines.splice(at, 1, ...line.split('\n'));
  return lines.join('\n');
};
const natural = (r: ReturnType<typeof read>, row: string) => r.report.tables.requests[row]?.natural ?? null;
const messages = (r: ReturnType<typeof read>) => r.notes.map((n) => n.message);
const arithmetic = (r: ReturnType<typeof read>) =>
  r.findings.filter((f) => f.id.startsWith('balance:') || f.id.startsWith('stated:'));
const values = (text: string) =>
  tokens([{ text, cells: null }]).map((t) => (t.kind === 'value' ? t.raw : `[${t.text}]`));

describe('labels as published', () => {
  test('aligned in the template’s order with typos, missing and extra characters', () => {
    const spans = alignAnchors(
      [{ forms: ['1属于国家秘密'] }, { forms: ['2其他法律行政法规禁止公开'] }, { forms: ['3危及三安全一稳定'] }],
      '1属于国家秘秘密2其他法律行政止公开3危及三安全一稳定',
    );
    expect(spans.map((s) => s && [s.start, s.end])).toEqual([
      [0, 8],
      [8, 18],
      [18, 27],
    ]);
    expect(spans[1]!.similarity).toBeLessThan(1);
  });

  test('a misspelt label is read by order and closest name, and said with the label seen', () => {
    const r = read(replaceLine('\t\t2. 其他法律', '\t\t2. 其他法律行政止公开\t1\t0\t0\t0\t0\t0\t1'));
    expect(natural(r, 'withheld.prohibitedByLaw')).toBe(1);
    expect(messages(r).some((m) => m.includes('“2.其他法律行政法规禁止公开”行：报告中写作“2其他法律行政止公开”'))).toBe(
      true,
    );
  });

  test('other numbering (1、 (1) ①) and 其它 for 其他', () => {
    let r = read(replaceLine('\t\t3. 危及', '\t\t③危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0'));
    expect(natural(r, 'withheld.security')).toBe(0);
    expect(r.notes.filter((n) => n.kind === 'unread')).toEqual([]);
    r = read(replaceLine('\t\t4. 保护第三方', '\t\t(4)保护第三方合法权益\t0\t0\t0\t0\t0\t0\t0'));
    expect(r.notes.filter((n) => n.kind === 'unread')).toEqual([]);
    r = read(replaceLine('\t\t3. 其他', '\t\t(3)其它\t3\t0\t0\t0\t0\t0\t3'));
    expect(natural(r, 'otherHandling.other')).toBe(3);
    expect(arithmetic(r)).toEqual([]);
  });

  test('a label wrapped over three lines with its figures on the middle line', () => {
    const r = read(
      replaceLine(
        '\t\t2. 申请人逾期未按收费',
        '\t\t2.申请人逾期未按收费通知要求\n\t\t缴纳费用、行政机关不再处理\t0\t0\t0\t0\t0\t0\t0\n\t\t其政府信息公开申请',
      ),
    );
    expect(r.report.tables.requests['otherHandling.unpaidFee']).toEqual({
      natural: 0,
      commercial: 0,
      research: 0,
      publicInterest: 0,
      legalService: 0,
      otherOrg: 0,
    });
    expect(r.notes.filter((n) => n.kind === 'unread')).toEqual([]);
  });

  test('figures printed just above their label (a label pushed down by a merged label beside it) go to that label', () => {
    const r = read(replaceLine('\t\t4. 保护第三方', '（三）不予\t0\t0\t0\t0\t0\t0\t0\n\t\t4.保护第三方合法权益'));
    expect(natural(r, 'withheld.thirdParty')).toBe(0);
    expect(natural(r, 'withheld.internalAffairs')).toBe(2);
    expect(r.notes.filter((n) => n.kind === 'unread')).toEqual([]);
  });
});

describe('figures run together', () => {
  test('cut at every change from label to figures; a label’s own number, units and bracketed words stay', () => {
    expect(values('一、本年新收政府信息公开申请数量230 000023二、上年结转')).toEqual([
      '[一、本年新收政府信息公开申请数量]',
      '230',
      '000023',
      '[二、上年结转]',
    ]);
    expect(values('8.属于行政查询事项00000001.本机关')).toEqual(['[8.属于行政查询事项]', '0000000', '[1.本机关]']);
    expect(values('本年收费金额（单位：0万元）')).toEqual(['[本年收费金额（单位：0万元）]']);
    expect(values('约20件')).toEqual(['[约20件]']);
    expect(values('行政事业性收费35-15')).toEqual(['[行政事业性收费]', '35', '-15']);
    expect(values('第3-5项')).toEqual(['[第3-5项]']);
    expect(values('数据1 数据2')).toEqual(['[数据1]', '[数据2]']);
  });

  test('a row split by the table’s arithmetic when only one split fits; an ambiguous row is not read, and said', () => {
    const r = read(replaceLine('一、本年新收', '一、本年新收政府信息公开申请数量210 000021'));
    expect(r.report.tables.requests.new).toMatchObject({ natural: 21, commercial: 0, otherOrg: 0 });
    expect(messages(r).some((m) => m.includes('按表中的加总关系拆分'))).toBe(true);
    // 表二 has no sums: `303` is 3|0|3 and nothing else, `1203` could be 1|20|3 or 12|0|3
    const active = read(replaceLine('行政规范性文件', '行政规范性文件1203'));
    expect(active.report.tables.active.normativeDocs).toEqual({ issued: null, repealed: null, inForce: null });
    expect(messages(active).find((m) => m.includes('“行政规范性文件”行：数字连在一起'))).toContain('种拆分');
  });
});

describe('the forms around the tables', () => {
  test('a pipe table reads cell by cell, its rule line skipped', () => {
    const doc = readTextString('| 信息内容 | 本年制发件数 |\n| --- | :---: |\n| 规章 | 0 |');
    expect(doc.blocks).toEqual([
      {
        kind: 'table',
        rows: [
          ['信息内容', '本年制发件数'],
          ['规章', '0'],
        ].map((r) => r.map((text) => ({ text, colSpan: 1, rowSpan: 1 }))),
      },
    ]);
  });

  test('page numbers and a running header never enter a section’s text', () => {
    const text = replaceLine(
      '(二) 依申请公开',
      '-1-\n\f殷都区人民政府办公室政务公开\n（二）依申请公开。严格按照要求办理。\n— 2 —\n\f殷都区人民政府办公室政务公开\n第3页 共9页',
    );
    const r = read(text);
    const overview = JSON.stringify(r.sections.overview);
    for (const furniture of ['-1-', '— 2 —', '第3页', '殷都区人民政府办公室政务公开'])
      expect(overview).not.toContain(furniture);
  });

  test('a page stored run together is broken at its section headings', () => {
    const page =
      '当前位置：首页 示例县某某局2023年度政府信息公开工作报告 根据《条例》编制本报告。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。一、总体情况（一）主动公开。全年公开信息120条。（二）依申请公开。全年收到申请2件。' +
      '二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件000' +
      '三、收到和处理政府信息公开申请情况申请人情况自然人一、本年新收政府信息公开申请数量200 0002二、上年结转政府信息公开申请数量0000000' +
      '四、政府信息公开行政复议、行政诉讼情况结果维持结果纠正其他结果尚未审结总计000000000000000五、存在的主要问题及改进情况解读形式单一。下一步将丰富形式。六、其他需要报告的事项本年度未收取信息处理费。';
    const r = read(page);
    expect(r.year).toBe(2023);
    expect(r.sections.overview.subsections.map((s) => s.heading)).toEqual(['主动公开', '依申请公开']);
    expect(r.sections.problems).toBe('解读形式单一。下一步将丰富形式。');
    expect(r.report.tables.requests.new).toMatchObject({ natural: 2, commercial: 0 });
    expect(r.report.tables.appeals.adminReview).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 0 });
  });

  test.each([
    ['沭阳县发展和改革局2023年政府信息公开年度报告', '沭阳县发展和改革局', 2023],
    ['示例县审计局2024年度政府信息公开工作报告', '示例县审计局', 2024],
    ['标题: 平潭综合实验区2021年度政府信息公开工作年度报告', '平潭综合实验区', 2021],
  ])('title %s', (title, agency, year) => {
    const r = read(SEED.replace(/^# [^\n]*\n/m, `${title}\n`));
    expect([r.agency, r.year]).toEqual([agency, year]);
  });

  test('a title without the agency: the agency from the 落款, the year from the 统计期限', () => {
    const r = read(
      '政府信息公开工作年度报告\n本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n全年公开信息。\n六、其他需要报告的事项\n无。\n示例镇人民政府\n2024年1月20日',
    );
    expect([r.agency, r.year]).toEqual(['示例镇人民政府', 2023]);
    expect(messages(r)).toContain('标题中没有机关名称，按报告正文读作“示例镇人民政府”');
  });
});

describe('never a false error', () => {
  test('a printed total over a row not read is 未能识别 at that row, not 勾稽不符', () => {
    // the 5. row's figures cannot be placed (four figures for seven cells): the （七）总计 printed 21 is not judged
    const r = read(replaceLine('\t\t5. 属于三类内部', '\t\t5. 属于三类内部事务信息\t2\t0\t0\t2'));
    expect(natural(r, 'withheld.internalAffairs')).toBe(null);
    expect(arithmetic(r)).toEqual([]);
    const unread = r.notes.filter((n) => n.kind === 'unread');
    expect(unread.map((n) => n.message).some((m) => m.includes('无法核对'))).toBe(true);
    expect(unread.find((n) => n.message.includes('5.属于三类内部事务信息'))?.cells).toContain(
      'tables.requests.withheld.internalAffairs.natural',
    );
  });

  test('a table whose only blanks are figures not read is not 未填写: the rows are named as not read instead', () => {
    const r = read(replaceLine('行政规范性文件', '行政规范性文件1203'));
    expect(r.findings.map((f) => f.id)).not.toContain('unfilled:active');
    expect(r.notes.some((n) => n.kind === 'unread' && n.message.includes('“行政规范性文件”行'))).toBe(true);
    // a table the report does not have at all still is
    const without = read(SEED.replace(/#+ 二、主动公开政府信息情况[\s\S]*?(?=#+ 三、)/, ''));
    expect(without.notes.some((n) => n.message === '没有找到“二、主动公开政府信息情况”这一部分')).toBe(true);
    expect(without.findings.map((f) => f.id)).toContain('unfilled:active');
  });

  test('a report’s own error is still found when every figure was read', () => {
    const r = read(replaceLine('(七) 总计', '(七) 总计\t\t20\t0\t0\t0\t0\t0\t21'));
    expect(arithmetic(r).map((f) => f.message)).toContain('（七）总计 自然人：报告中为20，各项相加为21');
  });

  test('what was assumed cell by cell is said once per table', () => {
    // a web page's or a pipe table's empty cells
    const r = read(replaceLine('一、本年新收', '| 一、本年新收政府信息公开申请数量 | 21 |  |  |  |  |  | 21 |'));
    const grouped = messages(r).filter((m) => m.includes('空白，按0读入'));
    expect(grouped).toEqual(['表三：5格空白，按0读入（共5格，如“一、本年新收政府信息公开申请数量 商业企业”）']);
    expect(r.notes.find((n) => n.message === grouped[0])?.cells).toHaveLength(5);
  });
});
