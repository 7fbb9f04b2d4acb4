// The report's frame: title (agency and year), the preface, the six sections found by their headings (in any
// order, numbered right or wrong), the subsections of 一, and a 落款 at the end.
import { SECTION_WORDS } from './aliases';
import type { Line } from './lines';
import { cleanText, labelKey } from './normalize';
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
    template.sections.find((s) => SECTION_WORDS[s.key as SectionKey].some((words) => words.every((w) => key.includes(w))))
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
    const m = HEADING.exec(cleanText(cells[0]));
    if (!m) return;
    const def = sectionOf(template, m[2]);
    if (!def || found.some((f) => f.def === def)) return;
    found.push({ def, heading: cleanText(cells[0]).replace(/^#+\s*/, ''), at, lines: [] });
    if (m[1] !== def.number)
      notes.push({ kind: 'structure', path: `sections.${def.key}`, message: `“${m[1]}、${m[2].trim()}”的编号与格式不同（格式中为“${def.number}、${def.heading}”），按标题内容读入` });
  });
  found.forEach((f, i) => (f.lines = lines.slice(f.at + 1, found[i + 1]?.at ?? lines.length)));
  const order = found.map((f) => template.sections.indexOf(f.def));
  if (order.some((o, i) => i > 0 && o < order[i - 1]))
    notes.push({ kind: 'structure', message: `各部分的顺序与格式不同（报告中为：${found.map((f) => f.def.number).join('、')}），已按标题归入各部分` });
  for (const s of template.sections)
    if (!found.some((f) => f.def === s))
      notes.push({ kind: 'unread', path: s.kind === 'table' ? `tables.${s.key}` : `sections.${s.key}`, message: `没有找到“${s.number}、${s.heading}”这一部分` });

  const before = lines.slice(0, found[0]?.at ?? lines.length);
  const { agency, year, used } = findTitle(before);
  if (!agency) notes.push({ kind: 'unread', path: 'meta.agency', message: '没有从标题中读出机关名称（标题应为“××2024年政府信息公开工作年度报告”）' });
  if (year === null) notes.push({ kind: 'unread', path: 'meta.year', message: '没有从标题中读出报告年度' });
  return { agency, year, preface: before.slice(used), sections: found, notes };
}

/** The title, maybe broken over two or three lines (`…工作年` / `度报告`). */
function findTitle(lines: Line[]): { agency: string; year: number | null; used: number } {
  const text = (n: number) => cleanText(lines[n].text).replace(/^#+\s*/, '');
  let fallback: { agency: string; year: number | null; used: number } | undefined;
  // the shortest run of lines that reads as a title, nearest the top (a portal's navigation line may come first)
  for (let last = 0; last < Math.min(lines.length, 6); last++)
    for (let first = last; first >= Math.max(0, last - 2); first--) {
      let joined = '';
      for (let n = first; n <= last; n++) joined += text(n);
      const m = /^(.*?)((?:19|20)\d{2})年度?政府信息公开(?:工作)?年度报告$/.exec(joined.replace(/\s+/g, ''));
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
    const text = cleanText(line.cells ? line.cells.filter(Boolean).join(' ') : line.text);
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
  const parts: { heading: string | null; ownLine: boolean; lines: Line[] }[] = [{ heading: null, ownLine: false, lines: [] }];
  for (const line of lines) {
    const m = line.cells ? null : SUBHEADING.exec(cleanText(line.text));
    const split = m ? splitHeading(m[2]) : null;
    if (split) {
      parts.push({ heading: split.heading, ownLine: !split.text, lines: split.text ? [{ text: split.text, cells: null }] : [] });
      // a run-in heading's text may wrap onto the next lines: keep them in this subsection
    } else parts[parts.length - 1].lines.push(line);
  }
  const [opening, ...subs] = parts;
  return {
    opening: paragraphs(opening.lines, soft),
    subsections: subs.map((p) => ({ heading: p.heading ?? '', text: paragraphs(p.lines, soft), ...(p.ownLine ? { ownLine: true } : {}) })),
  };
}

/** `主动公开：全年…` → heading 主动公开 and its run-in text; a whole sentence after （一） is no heading. */
function splitHeading(rest: string): Subsection | null {
  const at = rest.search(/[。：:]/);
  if (at > 0 && at <= 40) return { heading: rest.slice(0, at).trim(), text: rest.slice(at + 1).trim() };
  if (at < 0 && rest.length <= 40 && rest.trim()) return { heading: rest.trim().replace(/[，,；;]$/, ''), text: '' };
  return null;
}

/**
 * A 落款 closing the report: the agency's name and a date among the last lines. Read as the date and taken out of
 * the text, with what a web page prints after it (its footer), which is not the report's.
 */
export function takeClosing(lines: Line[], agency: string): { lines: Line[]; date: string; seen: string } {
  const DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
  let at = -1;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 3); i--) if (DATE.test(cleanText(lines[i].text))) at = i;
  if (at < 0) return { lines, date: '', seen: '' };
  const m = DATE.exec(cleanText(lines[at].text))!;
  const date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const signer = at >= 1 ? cleanText(lines[at - 1].text) : '';
  const signed = signer.length <= 30 && (signer === agency || /(人民政府|办公室|政府|局|委员会|中心)$/.test(signer));
  const keep = signed ? at - 1 : at;
  return { lines: lines.slice(0, keep), date, seen: lines.slice(keep).map((l) => cleanText(l.text)).join(' ') };
}
