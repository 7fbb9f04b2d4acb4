// The report's frame: title (agency and year), the preface, the six sections found by their headings (in any
// order, numbered right or wrong), the subsections of 一, and a 落款 at the end.
import { SECTION_WORDS } from './aliases';
import type { Line } from './lines';
import { plainLine, labelKey } from './normalize';
import type { ImportNote } from './types';
import type { SectionDef, SectionKey, Template } from '../template/types';

/** Letters and digits only: what a heading or label says, however punctuated or spaced. */
export const bare = (text: string) => labelKey(text).replace(/[^\p{L}\p{N}]/gu, '');

const HEADING = /^[#\s]*([一二三四五六七八九十]+)\s*[、.．，,]\s*(.{2,40})$/;

export interface FoundSection {
  def: SectionDef;
  /** The heading as seen. */
  heading: string;
  /** Index of the heading line; the section runs to the next found heading. */
  at: number;
  lines: Line[];
}

function sectionOf(template: Template, rest: string): SectionDef | undefined {
  const key = bare(rest);
  return (
    template.sections.find((s) => key.includes(bare(s.heading))) ??
    template.sections.find((s) =>
      SECTION_WORDS[s.key as SectionKey].some((words) => words.every((w) => key.includes(w))),
    )
  );
}

export interface Frame {
  agency: string;
  year: number | null;
  /** Lines before the first heading, less the title. */
  preface: Line[];
  sections: FoundSection[];
  notes: ImportNote[];
}

export function findFrame(template: Template, lines: Line[]): Frame {
  const notes: ImportNote[] = [];
  const found: FoundSection[] = [];
  lines.forEach((line, at) => {
    const cells = line.cells?.filter(Boolean) ?? [line.text];
    if (cells.length !== 1) return;
    const m = HEADING.exec(plainLine(cells[0]));
    if (!m) return;
    const def = sectionOf(template, m[2]);
    if (!def || found.some((f) => f.def === def)) return;
    found.push({ def, heading: plainLine(cells[0]).replace(/^#+\s*/, ''), at, lines: [] });
    if (m[1] !== def.number)
      notes.push({
        kind: 'structure',
        path: `sections.${def.key}`,
        message: `“${m[1]}、${m[2].trim()}”的编号与格式不同（格式中为“${def.number}、${def.heading}”），按标题内容读入`,
      });
  });
  found.forEach((f, i) => (f.lines = lines.slice(f.at + 1, found[i + 1]?.at ?? lines.length)));
  const order = found.map((f) => template.sections.indexOf(f.def));
  if (order.some((o, i) => i > 0 && o < order[i - 1]))
    notes.push({
      kind: 'structure',
      message: `各部分的顺序与格式不同（报告中为：${found.map((f) => f.def.number).join('、')}），已按标题归入各部分`,
    });
  for (const s of template.sections)
    if (!found.some((f) => f.def === s))
      notes.push({
        kind: 'unread',
        path: s.kind === 'table' ? `tables.${s.key}` : `sections.${s.key}`,
        message: `没有找到“${s.number}、${s.heading}”这一部分`,
      });

  const before = lines.slice(0, found[0]?.at ?? lines.length);
  const title = findTitle(before);
  const { used } = title;
  // a title without the agency or the year: the report's own words say them (`本报告由××编制`, `统计期限自2023年1月1日`)
  const all = lines.map((l) => plainLine(l.text)).join('\n');
  const agency =
    title.agency || (/本报告由([^，。、\s]{4,30}?)(?:负责)?(?:编制|编写|发布)/.exec(all)?.[1] ?? '') || signerOf(lines);
  const year =
    title.year ?? (Number(/统计期限(?:为|是)?自?\s*((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/.exec(all)?.[1]) || null);
  if (agency && !title.agency)
    notes.push({ kind: 'assumed', path: 'meta.agency', message: `标题中没有机关名称，按报告正文读作“${agency}”` });
  if (year !== null && title.year === null)
    notes.push({ kind: 'assumed', path: 'meta.year', message: `标题中没有报告年度，按统计期限读作${year}年` });
  if (!agency)
    notes.push({
      kind: 'unread',
      path: 'meta.agency',
      message: '没有读出机关名称（标题应为“机关名称＋年度＋政府信息公开工作年度报告”）',
    });
  if (year === null) notes.push({ kind: 'unread', path: 'meta.year', message: '没有从标题和统计期限中读出报告年度' });
  return { agency, year, preface: before.slice(used), sections: found, notes };
}

/** `…2023年政府信息公开工作年度报告`, `…2023年政府信息公开年度报告`, `…2024年度政府信息公开工作报告`. */
const TITLE = /^(.*?)((?:19|20)\d{2})年度?政府信息公开(?:工作)?(?:年度)?报告$/;
/** The year first: `2024年上海市科委政府信息公开工作年度报告`. */
const YEAR_FIRST_TITLE = /^((?:19|20)\d{2})年度?(.+?)政府信息公开(?:工作)?(?:年度)?报告$/;

/** The title, maybe broken over two or three lines (`…工作年` / `度报告`). */
function findTitle(lines: Line[]): { agency: string; year: number | null; used: number } {
  // a crawler's record names the title (`标题: …`)
  const text = (n: number) =>
    plainLine(lines[n].text)
      .replace(/^#+\s*/, '')
      .replace(/^(?:标题|题目|title)\s*[:：]\s*/i, '');
  let fallback: { agency: string; year: number | null; used: number } | undefined;
  // the shortest run of lines that reads as a title, nearest the top (a portal's navigation line may come first)
  for (let last = 0; last < Math.min(lines.length, 6); last++)
    for (let first = last; first >= Math.max(0, last - 2); first--) {
      let joined = '';
      for (let n = first; n <= last; n++) joined += text(n);
      const compact = joined.replace(/\s+/g, '');
      const yearFirst = YEAR_FIRST_TITLE.exec(compact);
      const m = yearFirst ? [compact, yearFirst[2], yearFirst[1]] : TITLE.exec(compact);
      // a title with no agency may have it on the line before (`殷都区人民政府办公室` / `2024年…年度报告`)
      if (m && m[1]) return { agency: m[1].trim(), year: Number(m[2]), used: last + 1 };
      if (m) fallback ??= { agency: '', year: Number(m[2]), used: last + 1 };
    }
  return fallback ?? { agency: '', year: null, used: 0 };
}

/** Lines to paragraphs. Hard lines (a web page's or Word's paragraphs) stay apart; soft lines (a text copy, a
 * PDF's wrapped lines) are joined until a line ends a sentence. Paragraphs are kept one per line. */
export function paragraphs(lines: Line[], soft: boolean): string {
  const out: string[] = [];
  let current = '';
  for (const line of lines) {
    const text = plainLine(line.cells ? line.cells.filter(Boolean).join(' ') : line.text);
    if (!text) continue;
    if (soft && current && !/(?:[。！？!?；;…][”"’）)]?|[：:])$/.test(current)) {
      current += /[A-Za-z0-9]$/.test(current) && /^[A-Za-z0-9]/.test(text) ? ` ${text}` : text;
    } else {
      if (current) out.push(current);
      current = text;
    }
  }
  if (current) out.push(current);
  return out.join('\n');
}

const SUBHEADING = /^[#\s]*[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*(.*)$/;

export interface Subsection {
  heading: string;
  text: string;
  /** The heading stood on a line of its own (no run-in text after it). */
  ownLine?: boolean;
}

/** 一's subsections by their `（一）` headings; the text before the first is the section's opening. */
export function splitSubsections(lines: Line[], soft: boolean): { opening: string; subsections: Subsection[] } {
  const parts: { heading: string | null; ownLine: boolean; lines: Line[] }[] = [
    { heading: null, ownLine: false, lines: [] },
  ];
  for (const line of lines) {
    const m = line.cells ? null : SUBHEADING.exec(plainLine(line.text));
    const split = m ? splitHeading(m[2]) : null;
    if (split) {
      parts.push({
        heading: split.heading,
        ownLine: !split.text,
        lines: split.text ? [{ text: split.text, cells: null }] : [],
      });
      // a run-in heading's text may wrap onto the next lines: keep them in this subsection
    } else parts[parts.length - 1].lines.push(line);
  }
  const [opening, ...subs] = parts;
  return {
    opening: paragraphs(opening.lines, soft),
    subsections: subs.map((p) => ({
      heading: p.heading ?? '',
      text: paragraphs(p.lines, soft),
      ...(p.ownLine ? { ownLine: true } : {}),
    })),
  };
}

/** `主动公开：全年…` → heading 主动公开 and its run-in text; a whole sentence after （一） is no heading. */
function splitHeading(rest: string): Subsection | null {
  const at = rest.search(/[。：:]/);
  if (at > 0 && at <= 40) return { heading: rest.slice(0, at).trim(), text: rest.slice(at + 1).trim() };
  if (at < 0 && rest.length <= 40 && rest.trim()) return { heading: rest.trim().replace(/[，,；;]$/, ''), text: '' };
  return null;
}

/** The agency signing the 落款: the line before the closing date. */
function signerOf(lines: Line[]): string {
  const tail = lines.slice(-4).map((l) => plainLine(l.text));
  const at = tail.findIndex((t) => /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(t));
  const signer = at > 0 ? tail[at - 1] : '';
  return signer.length <= 30 && /(人民政府|办公室|政府|局|委员会|中心|街道办事处)$/.test(signer) ? signer : '';
}

/**
 * A 落款 closing the report: the agency's name and a date among the last lines. Read as the date and taken out of
 * the text, with what a web page prints after it (its footer), which is not the report's.
 */
export function takeClosing(lines: Line[], agency: string): { lines: Line[]; date: string; seen: string } {
  const DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
  let at = -1;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 3); i--)
    if (DATE.test(plainLine(lines[i].text))) at = i;
  if (at < 0) return { lines, date: '', seen: '' };
  const m = DATE.exec(plainLine(lines[at].text))!;
  const date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const signer = at >= 1 ? plainLine(lines[at - 1].text) : '';
  const signed = signer.length <= 30 && (signer === agency || /(人民政府|办公室|政府|局|委员会|中心)$/.test(signer));
  const keep = signed ? at - 1 : at;
  return {
    lines: lines.slice(0, keep),
    date,
    seen: lines
      .slice(keep)
      .map((l) => plainLine(l.text))
      .join(' '),
  };
}

/** A line this long holds a whole page run together (a crawler's page text), not one paragraph of a report. */
const RUN_ON_LINE = 300;
const SECTION_AT = /(^|.)([一二三四五六])[、．.]/g;
/** Where a heading may start when it is worded otherwise than the template's: after a sentence, a figure or a space. */
const AFTER_BREAK = /^$|[。；;！!？?：:\s）)0-9０-９元]/;

/**
 * A page whose text was stored run together (`…如下。一、总体情况（一）主动公开…二、主动公开政府信息情况第二十条…`)
 * broken into lines at its section headings, each heading on a line of its own, and in 一 at its `（一）`
 * subheadings after a sentence's end, as a report prints them. Other lines are left as they are.
 */
export function breakRunOnLines(template: Template, lines: Line[]): Line[] {
  return lines.flatMap((line) => {
    if (line.cells || line.text.length < RUN_ON_LINE) return [line];
    const text = line.text;
    const cuts: { start: number; end: number }[] = [];
    for (const m of text.matchAll(SECTION_AT)) {
      const start = m.index! + m[1].length;
      const def = template.sections.find((s) => s.number === m[2]);
      if (!def) continue;
      // a heading ends before the first figure or sentence end (`四、结转下年度继续办理0000000` is a row, not 四)
      const window = /^[^0-9０-９。]*/.exec(text.slice(start, start + 45))![0];
      const own = window.indexOf(def.heading);
      const words = SECTION_WORDS[def.key as SectionKey].find((ws) => ws.every((w) => window.includes(w)));
      // the template's own heading right after the number stands anywhere; other wordings only after a break
      if (own !== 2 && !(words && AFTER_BREAK.test(m[1]))) continue;
      let end = own === 2 ? own + def.heading.length : Math.max(...words!.map((w) => window.indexOf(w) + w.length));
      end += /^[^，。；（(]{0,8}?情况/.exec(window.slice(end))?.[0].length ?? 0;
      cuts.push({ start, end: start + end });
    }
    if (cuts.length < 2) return [line];
    const out: string[] = [];
    let at = 0;
    for (const cut of cuts) {
      if (cut.start < at) continue;
      out.push(text.slice(at, cut.start), text.slice(cut.start, cut.end));
      at = cut.end;
    }
    out.push(text.slice(at));
    // 一's subsections: `（一）` right after a sentence's end starts a line
    const overview = out.findIndex((t) => t.includes(template.sections[0].heading));
    if (overview >= 0 && overview + 1 < out.length)
      out.splice(
        overview + 1,
        1,
        ...out[overview + 1].split(/(?<=[。；！？])(?=[（(][一二三四五六七八九十]+[）)])|^(?=[（(]一[）)])/),
      );
    return out
      .map((t) => t.trim())
      .filter(Boolean)
      .map((t) => ({ text: t, cells: null }));
  });
}
