// Every kind of edit the app can make — each text field at and past its limit, subsections up to and past 50,
// remarks, cells — and after each, the report reads back with the draft reader, unchanged.
import { describe, expect, it } from 'vitest';
import { readDraft } from '../draft/read';
import { writeDraft } from '../draft/write';
import { template2021 } from '../template';
import { resolveTemplate } from '../template/resolve';
import { withCells } from './cells';
import { carryForward } from './carryForward';
import { keepLastYearText } from './lastYearText';
import { addComment } from './comments';
import { emptyReport } from './empty';
import { parseNumberInput } from './number';
import { reportSchema, type Report } from './schema';
import { LIST_LIMITS, TEXT_LIMITS } from './text';
import {
  addSubsection,
  applyText,
  moveSubsection,
  removeSubsection,
  reportTextLength,
  setHeadingOnOwnLine,
  splitIntoSubsections,
  subsectionsFull,
  textFieldsOf,
  type TextField,
} from './textFields';
import { random } from '../../test/random';

const at = new Date('2025-01-10T01:30:00Z');

/** The report written as a draft file and read back: the same report, or the reader's refusal. */
function readBack(report: Report): Report {
  const r = readDraft(new TextEncoder().encode(writeDraft(report, at)));
  if (!r.ok) throw new Error(`the reader refuses what an edit stored: ${r.error.message}`);
  return r.report;
}
const expectReadsBack = (report: Report) => expect(readBack(report)).toEqual(report);

const full = (field: TextField) => '字'.repeat(field.limit);
const withFullOverview = () => {
  let r = emptyReport(template2021, 2024);
  for (const key of ['overview', 'problems'] as const)
    while (!subsectionsFull(r, key)) r = addSubsection(r, key).report;
  return r;
};

describe('every text field', () => {
  const fields = textFieldsOf(withFullOverview());

  it("covers the agency, the intro, the opening texts of 一, 五 and 六 and 50 headings and texts in 一 and 五, with the reader's limits", () => {
    expect(fields).toHaveLength(1 + 1 + 3 + 2 * 2 * LIST_LIMITS.subsections);
    expect(new Set(fields.map((f) => f.id)).size).toBe(fields.length);
    expect(fields.filter((f) => f.limit === TEXT_LIMITS.name || f.limit === TEXT_LIMITS.heading)).toHaveLength(
      1 + 2 * LIST_LIMITS.subsections,
    );
  });

  it.each(fields.filter((_, i) => i < 4 || i > fields.length - 4).map((f) => [f.id, f] as const))(
    '%s: stores a text at its limit, which reads back; refuses one character more, keeping the report',
    (_, field) => {
      const report = withFullOverview();
      const atLimit = applyText(report, field, full(field));
      expect(atLimit.entry).toMatchObject({ ok: true, counter: `${field.limit}/${field.limit}字` });
      expect(field.read(atLimit.report)).toBe(full(field));
      expectReadsBack(atLimit.report);
      const past = applyText(atLimit.report, field, `${full(field)}多`);
      expect(past.entry).toEqual({
        ok: false,
        message: `最多${field.limit}字，现有${field.limit + 1}字：超出的内容没有保存，请删减1字（可剪切后粘贴到别处）`,
      });
      expect(past.report).toBe(atLimit.report);
    },
  );

  it('holds the whole report to 1.5 million characters, so that the draft file stays under 5 MB and reads back', () => {
    // each field at its own limit would add up to 7.6 MB, which the reader refuses as too large
    let report = withFullOverview();
    const refusals: string[] = [];
    for (const field of fields) {
      const { report: next, entry } = applyText(report, field, full(field));
      if (!entry.ok) refusals.push(entry.message);
      report = next;
    }
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals[0]).toMatch(/^整份报告的文字最多1500000字，这样会超出\d+字：超出的内容没有保存，请删减$/);
    expect(reportTextLength(report)).toBeLessThanOrEqual(TEXT_LIMITS.report);
    // filled to the last character, with texts of the most bytes a character can take in the file
    const last = fields.find((f) => f.read(report) === '')!;
    report = applyText(
      report,
      last,
      '"'.repeat(Math.min(last.limit, TEXT_LIMITS.report - reportTextLength(report))),
    ).report;
    expectReadsBack(report);
    // remarks count too
    expect(addComment(report, { target: 'meta', author: '甲', text: '请核对' }, at, 'c1')).toMatchObject({
      ok: false,
      report,
    });
  });

  it('removes the characters XML forbids on entry and says so; tab, line breaks and emoji stay', () => {
    const [agency, intro] = fields;
    const typed = applyText(emptyReport(template2021, 2024), agency, '殷都区\u0000人民\uFFFE政府\uD800');
    expect(typed.entry).toEqual({
      ok: true,
      text: '殷都区人民政府',
      note: '已删除3个无法写入文档的控制字符（多来自复制粘贴）',
      counter: null,
    });
    const pasted = applyText(typed.report, intro, '第一段\t😀\r\n第二段\u000B\u001F');
    expect(intro.read(pasted.report)).toBe('第一段\t😀\r\n第二段');
    expectReadsBack(pasted.report);
    // the characters removed do not count against the limit
    expect(applyText(typed.report, agency, `${full(agency)}\u0001\u0002`).entry.ok).toBe(true);
  });

  it('shows the counter from 80% of the limit on', () => {
    const [agency] = fields;
    expect(applyText(emptyReport(template2021, 2024), agency, '字'.repeat(159)).entry).toMatchObject({ counter: null });
    expect(applyText(emptyReport(template2021, 2024), agency, '字'.repeat(160)).entry).toMatchObject({
      counter: '160/200字',
    });
  });
});

describe('subsections, remarks and cells', () => {
  it('adds subsections up to 50, each step reading back; the 51st is refused as a list, not in 字', () => {
    let report = emptyReport(template2021, 2024);
    report = { ...report, sections: { ...report.sections, overview: { opening: '', subsections: [] } } };
    for (let n = 1; n <= LIST_LIMITS.subsections; n++) {
      const edit = addSubsection(report, 'overview');
      if (!edit.ok) throw new Error(edit.message);
      report = edit.report;
      expect(readBack(report).sections.overview.subsections).toHaveLength(n);
    }
    const refused = addSubsection(report, 'overview');
    expect(refused).toEqual({ ok: false, report, message: '最多50条小节，已有50条：请合并内容相近的小节' });
    // moved and removed, it still reads back
    report = applyText(report, textFieldsOf(report)[3], '第一节').report;
    report = moveSubsection(report, 'overview', 0, 49);
    expect(report.sections.overview.subsections[49].heading).toBe('第一节');
    expect(moveSubsection(report, 'overview', 49, 50)).toBe(report);
    report = removeSubsection(report, 'overview', 49);
    expectReadsBack(report);
  });

  it('adds remarks and replies up to their limits, each reading back; one past is refused', () => {
    let report = emptyReport(template2021, 2024);
    const add = (text: string, replyTo?: string) =>
      addComment(
        report,
        { target: 'sections.problems', author: '署'.repeat(200), text, replyTo },
        at,
        `c${report.comments.length}`,
      );
    const first = add('批'.repeat(TEXT_LIMITS.comment));
    if (!first.ok) throw new Error(first.message);
    report = first.report;
    const reply = add('已改\u0000', 'c0');
    if (!reply.ok) throw new Error(reply.message);
    report = reply.report;
    expectReadsBack(report);
    expect(add('批'.repeat(TEXT_LIMITS.comment + 1))).toMatchObject({ ok: false, report });
    const many = {
      ...report,
      comments: Array.from({ length: LIST_LIMITS.comments }, (_, i) => ({ ...report.comments[1], id: `c${i}` })),
    };
    expectReadsBack(many);
    report = many;
    expect(add('再一条')).toMatchObject({ ok: false, report: many });
  });

  it('stores what number cells accept, and every stored value reads back', () => {
    const cells = resolveTemplate(template2021).cells.filter((c) => !c.sumOf);
    let report = emptyReport(template2021, 2024);
    const inputs = ['0', '21', '１２３', '1,234', '999999999', '12.5', '0.0001', '', '—', 'abc', '1e308', '-1', '1.5'];
    cells.forEach((cell, i) => {
      const parsed = parseNumberInput(inputs[i % inputs.length], cell.kind, { noneAsZero: true });
      if (parsed.ok) report = withCells(report, new Map([[cell.path, parsed.value]]));
    });
    expectReadsBack(report);
  });
});

const PIECES = [
  '殷都区',
  '人民政府',
  '１２３',
  '1,234',
  '—',
  '😀',
  '👨‍👩‍👧',
  '\uD800',
  '\uDFFF',
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001F',
  '\uFFFE',
  '\uFFFF',
  '\t',
  '\n',
  '\r\n',
  '\u2028',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&amp;',
  ']]>',
  '"',
  '\\',
  '　',
  '\u202E',
  '\u200B',
  '𠀀',
  'constructor',
  '__proto__',
  '${x}',
  '{{x}}',
  'NaN',
  'undefined',
  'Infinity',
];

describe('fuzz: random strings typed into text fields', () => {
  it('stores only what the reader accepts; a refused entry leaves the report as it was', () => {
    const rnd = random(20250110);
    const schema = reportSchema(template2021);
    let report = emptyReport(template2021, 2024);
    let refused = 0;
    for (let i = 0; i < 3000; i++) {
      const fields = textFieldsOf(report);
      const field = rnd.pick(fields);
      const length = rnd.pick([1, 5, 30, 199, 200, 201, 4999, 10_000, 50_000, 50_001]);
      const parts: string[] = [];
      for (let n = 0; n < length;) {
        // any UTF-16 unit, or a nasty piece repeated (long strings are made of runs, to stay fast)
        const part =
          rnd.next() < 0.3
            ? String.fromCharCode(rnd.int(0x10000))
            : rnd.pick(PIECES).repeat(1 + rnd.int(Math.max(1, (length - n) / 20)));
        parts.push(part);
        n += part.length;
      }
      const raw = parts.join('');
      const before = report;
      const { report: after, entry } = applyText(report, field, raw);
      if (entry.ok) {
        expect(field.read(after)).toBe(entry.text);
        expect(entry.text.length).toBeLessThanOrEqual(field.limit);
      } else {
        refused++;
        expect(after).toBe(before);
      }
      report = after;
      // now and then, a list edit too
      const op = rnd.int(10);
      const key = (['overview', 'problems', 'other'] as const)[rnd.int(3)];
      const { subsections } = report.sections[key];
      if (op === 0) report = addSubsection(report, key).report;
      if (op === 1 && subsections.length > 0) report = removeSubsection(report, key, rnd.int(subsections.length));
      if (op === 3 && subsections.length > 0)
        report = setHeadingOnOwnLine(report, key, rnd.int(subsections.length), rnd.int(2) === 0);
      if (op === 2) {
        const edit = addComment(
          report,
          { target: field.id, author: raw.slice(0, 250), text: raw.slice(0, 6000) },
          at,
          `c${i}`,
        );
        report = edit.report;
      }
      // what changed, every step; the schema every 10th; the whole file written and read back every 100th and the last
      expect(reportTextLength(report)).toBeLessThanOrEqual(TEXT_LIMITS.report);
      for (const k of ['overview', 'problems', 'other'] as const)
        expect(report.sections[k].subsections.length).toBeLessThanOrEqual(LIST_LIMITS.subsections);
      if (i % 10 === 0) expect(schema.safeParse(report).success).toBe(true);
      if (i % 100 === 0 || i === 2999) expectReadsBack(report);
    }
    expect(refused).toBeGreaterThan(100); // the generator does reach past the limits
  }, 60_000);
});

describe('splitIntoSubsections', () => {
  const split = {
    opening: '总体平稳。',
    subsections: [
      { heading: '主动公开', text: '公开120条。', headingOnOwnLine: true },
      { heading: '', text: '二是加强宣传。', headingOnOwnLine: false },
    ],
  };

  it("replaces the opening; the template's empty suggestions give way, written subsections stay first", () => {
    const base = emptyReport(template2021, 2024);
    const written = {
      ...base,
      sections: {
        ...base.sections,
        overview: {
          ...base.sections.overview,
          subsections: [
            { heading: '', text: '已写的内容', headingOnOwnLine: false },
            ...base.sections.overview.subsections,
          ],
        },
      },
    };
    const edit = splitIntoSubsections(written, 'overview', split);
    expect(edit.ok).toBe(true);
    expect(edit.report.sections.overview.opening).toBe('总体平稳。');
    expect(edit.report.sections.overview.subsections.map((s) => s.text)).toEqual([
      '已写的内容',
      '公开120条。',
      '二是加强宣传。',
    ]);
    expect(readDraft(new TextEncoder().encode(writeDraft(edit.report, new Date())))).toMatchObject({ ok: true });
  });

  it("replaces last year's subsections never edited (以上年报告为基础新建), keeps those rewritten or kept on purpose", () => {
    const last = emptyReport(template2021, 2024);
    const lastSubs = ['去年主动公开。', '去年依申请。', '去年管理。', '去年平台。', '去年监督。'].map((text, i) => ({
      heading: `标题${i}`,
      text,
      headingOnOwnLine: false,
    }));
    const now = carryForward({
      ...last,
      meta: { ...last.meta, agency: '某镇人民政府' },
      sections: { ...last.sections, overview: { opening: '', subsections: lastSubs } },
    });
    const subs = now.sections.overview.subsections;
    const rewritten = {
      ...now,
      sections: {
        ...now.sections,
        overview: { opening: '', subsections: subs.map((s, i) => (i === 1 ? { ...s, text: '今年依申请。' } : s)) },
      },
    };
    const kept = keepLastYearText(rewritten, '去年监督。');
    const edit = splitIntoSubsections(kept, 'overview', split);
    expect(edit.report.sections.overview.subsections.map((s) => s.text)).toEqual([
      '今年依申请。',
      '去年监督。',
      '公开120条。',
      '二是加强宣传。',
    ]);
  });

  it('refuses a split past the subsection limit, and changes nothing', () => {
    const base = emptyReport(template2021, 2024);
    const many = {
      ...split,
      subsections: Array.from({ length: LIST_LIMITS.subsections + 1 }, () => split.subsections[0]),
    };
    const edit = splitIntoSubsections(base, 'overview', many);
    expect(edit).toMatchObject({ ok: false, report: base });
    expect(!edit.ok && edit.message).toContain(`拆分后将有${LIST_LIMITS.subsections + 1}条`);
  });
});
