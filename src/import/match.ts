// The one matcher: a SourceDocument from any reader → the report it holds, in the edition its year calls
// for, plus notes on everything read in a way worth telling, and the imported report's own findings.
import { checkStatedTotals, runChecks, type Finding } from '../checks';
import { emptyReport } from '../report/empty';
import type { Report } from '../report/schema';
import { withCells } from '../report/cells';
import { checkReportYear, editionForYear, templateFor, template2021 } from '../template';
import { resolveTemplate } from '../template/resolve';
import type { Template } from '../template/types';
import { describeTarget } from '../report/comments';
import { doubtfulCells, judgeOverUnread } from './certainty';
import { fitToDraft } from './fitDraft';
import { groupAssumedZeros } from './groupNotes';
import { tokens, toLines } from './lines';
import { matchTable } from './matchTables';
import { breakRunOnLines, findFrame, paragraphs, splitSubsections, takeClosing, type Subsection } from './sections';
import { ImportError, type ImportNote, type SourceDocument } from './types';
import { PROSE_CHECKS } from '../checks/prose';

/** The section texts as read; `overview` keeps its opening and the recognised （一）… subsections. */
export interface ImportedSections {
  intro: string;
  overview: { opening: string; subsections: Subsection[] };
  problems: string;
  other: string;
}

export interface ImportResult {
  report: Report;
  notes: ImportNote[];
  edition: Template['edition'];
  template: Template;
  agency: string;
  year: number | null;
  sections: ImportedSections;
  /** The imported report's own findings (runChecks), and every printed total that disagrees with its parts. */
  findings: Finding[];
  source: SourceDocument['source'];
}

/** Which edition a report on `year` is read in: the one the app writes that year in (2021 when unknown). */
export function templateForYear(year: number | null, currentYear: number): { template: Template; note?: string } {
  if (year === null) return { template: template2021 };
  const checked = checkReportYear(year, currentYear);
  return checked.ok
    ? { template: checked.template }
    : { template: templateFor(editionForYear(year)), note: checked.message };
}

/** The sections in the Report's shape: 一's text before its first （一） is its opening text; 五's and 六's text is theirs. */
export function toReportSections(sections: ImportedSections): Report['sections'] {
  return {
    intro: sections.intro,
    overview: {
      opening: sections.overview.opening,
      subsections: sections.overview.subsections.map((s) => ({
        heading: s.heading,
        text: s.text,
        headingOnOwnLine: false,
      })),
    },
    problems: { opening: sections.problems, subsections: [] },
    other: { opening: sections.other, subsections: [] },
  };
}

/** Characters of a table's section past which it is not read (a real 表三 with its headers: ~5,000). */
const MAX_TABLE_SECTION = 200_000;

const SOFT_SOURCES = new Set<SourceDocument['source']>(['text', 'paste', 'pdf']);

export function matchReport(doc: SourceDocument, currentYear: number): ImportResult {
  const lines = breakRunOnLines(template2021, toLines(doc));
  if (lines.length === 0) throw new ImportError('没有读到任何文字：文件或粘贴的内容是空的');
  const soft = SOFT_SOURCES.has(doc.source);
  // the year picks the edition, and the edition's headings find the sections: read the title with 2021's first
  const first = findFrame(template2021, lines);
  const picked = templateForYear(first.year, currentYear);
  const template = picked.template;
  const frame = template === template2021 ? first : findFrame(template, lines);
  const notes: ImportNote[] = [...frame.notes];
  if (picked.note)
    notes.push({ kind: 'structure', path: 'meta.year', message: `${picked.note}；按${template.edition}年版格式读入` });

  const resolved = resolveTemplate(template);
  const byKey = new Map(frame.sections.map((s) => [s.def.key, s]));
  const values = new Map<string, number>();
  const stated = new Map<string, number>();
  let tablesFound = 0;
  for (const section of template.sections) {
    if (section.kind !== 'table') continue;
    const found = byKey.get(section.key);
    if (!found) continue;
    // a table section runs to a few thousand characters: one far longer is no table to read (and would cost seconds)
    const size = found.lines.reduce((n, l) => n + l.text.length, 0);
    if (size > MAX_TABLE_SECTION) {
      notes.push({
        kind: 'unread',
        path: `tables.${section.key}`,
        message: `表${section.number}这一部分有${size}字（表格不过几千字），不像这张表，未读入`,
      });
      continue;
    }
    const read = matchTable(resolved, section.table, section.number, tokens(found.lines));
    read.values.forEach((v, k) => values.set(k, v));
    read.stated.forEach((v, k) => stated.set(k, v));
    notes.push(...read.notes);
    if (read.values.size) tablesFound++;
  }
  if (frame.sections.length < 2 && tablesFound === 0)
    throw new ImportError(
      '没有找到政府信息公开工作年度报告的内容（如“一、总体情况”等章节和统计表），请确认选对了文件或复制了报告全文',
    );

  // the last section found may end with the 落款
  const last = frame.sections[frame.sections.length - 1];
  let date = '';
  if (last && last.def.kind !== 'table') {
    const closing = takeClosing(last.lines, frame.agency);
    if (closing.date) {
      last.lines = closing.lines;
      date = closing.date;
      notes.push({ kind: 'moved', path: 'meta.date', message: `报告末尾的落款“${closing.seen}”读作成文日期` });
    }
  }
  const text = (key: 'problems' | 'other') => paragraphs(byKey.get(key)?.lines ?? [], soft);
  const overview = splitSubsections(byKey.get('overview')?.lines ?? [], soft);
  const sections: ImportedSections = {
    intro: paragraphs(frame.preface, soft),
    overview,
    problems: text('problems'),
    other: text('other'),
  };
  if (overview.opening && !overview.subsections.length)
    notes.push({
      kind: 'structure',
      path: 'sections.overview.opening',
      message: '“一、总体情况”没有“（一）”这样的小标题，全文作为开头文字读入；如需要，可按小标题分成小节',
    });

  const base = emptyReport(template, frame.year);
  const withValues = withCells(base, new Map([...values]));
  let report: Report = {
    ...withValues,
    meta: { agency: frame.agency, year: frame.year, date },
    sections: toReportSections(sections),
  };

  // held to the draft's limits: what 确认导入 puts in always autosaves and reopens
  const place = (id: string) =>
    id === 'meta.agency' ? '机关名称' : describeTarget(template, report, id.replace(/\.text$/, ''));
  const fit = fitToDraft(report, place);
  report = fit.report;
  notes.push(...fit.notes);
  const checks = runChecks(template, report, currentYear, PROSE_CHECKS);
  const printed = checkStatedTotals(resolved, checks.derived, stated).map((f) => {
    const cell = resolved.cellByPath.get(f.target)!;
    return {
      ...f,
      message: `${cell.label}：报告中为${stated.get(f.target)}，各项相加为${checks.derived.get(f.target) ?? 0}`,
    };
  });
  // a relation over a figure not read is 未能识别, never 勾稽不符
  const judged = judgeOverUnread(resolved, report, [...printed, ...checks.findings], doubtfulCells(notes));
  notes.push(...judged.notes);
  for (const f of judged.findings)
    if (f.id.startsWith('stated:'))
      notes.push({ kind: 'printedTotal', path: f.target, message: f.message, printed: stated.get(f.target) });
  return {
    report,
    notes: groupAssumedZeros(resolved, notes),
    edition: template.edition,
    template,
    agency: frame.agency,
    year: frame.year,
    sections,
    findings: judged.findings,
    source: doc.source,
  };
}
