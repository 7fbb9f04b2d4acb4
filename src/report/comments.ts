// Reviewers' remarks and the clerk's replies, kept in the report (and so in the draft file).
import { resolveTemplate } from '../template/resolve';
import { sectionTitle } from '../template/steps';
import type { Template } from '../template/types';
import type { Comment, Report } from './schema';
import { subsectionNumbers } from './sections';
import { removeForbidden, LIST_LIMITS, TEXT_LIMITS } from './text';
import { checkReportLength, type ListEdit } from './textFields';

export interface NewComment {
  target: string;
  author: string;
  text: string;
  replyTo?: string;
}

/**
 * Adds a remark or a reply, or says why not: the same limits the draft reader holds (an author's name, a
 * remark's length, the number of remarks), so that a remark can never make the report unreadable.
 */
export function addComment(report: Report, comment: NewComment, now: Date, id: string): ListEdit {
  const author = removeForbidden(comment.author).text.trim();
  const text = removeForbidden(comment.text).text.trim();
  const refuse = (message: string): ListEdit => ({ ok: false, report, message });
  if (!text) return refuse('批注内容为空');
  if (text.length > TEXT_LIMITS.comment)
    return refuse(`批注最多${TEXT_LIMITS.comment}字，现有${text.length}字：请删减后再添加`);
  if (author.length > TEXT_LIMITS.name) return refuse(`署名最多${TEXT_LIMITS.name}字`);
  const tooMuch = checkReportLength(
    report,
    id.length + comment.target.length + author.length + 24 + text.length + (comment.replyTo?.length ?? 0),
  );
  if (tooMuch) return refuse(tooMuch);
  if (report.comments.length >= LIST_LIMITS.comments)
    return refuse(`一份报告最多${LIST_LIMITS.comments}条批注和回复，已满：请删去已解决的批注后再添加`);
  const added: Comment = {
    id,
    target: comment.target,
    author,
    at: now.toISOString(),
    text,
    resolved: false,
    ...(comment.replyTo ? { replyTo: comment.replyTo } : {}),
  };
  return { ok: true, report: { ...report, comments: [...report.comments, added] } };
}

export function setResolved(report: Report, id: string, resolved: boolean): Report {
  return { ...report, comments: report.comments.map((c) => (c.id === id ? { ...c, resolved } : c)) };
}

export interface Thread {
  comment: Comment;
  replies: Comment[];
  /** Where the remark is shown: its target, or GENERAL_TARGET when the target names nothing of the format. */
  place: string;
}

/**
 * Remarks whose target names nothing of the format (a damaged or hand-edited file) show as 总体意见; their
 * target stays as the file has it. The wizard shows them on 基本信息 (stepOfTarget sends any other root there).
 */
export const GENERAL_TARGET = 'report';

/** Whether a target names something of the format: 基本信息, a cell, a table, a section or a subsection. */
function knownTarget(template: Template, target: string): boolean {
  if (target === 'meta' || target === 'meta.agency' || target === 'meta.year' || target === 'meta.date') return true;
  if (resolveTemplate(template).cellByPath.has(target)) return true;
  const parts = target.split('.');
  const section = template.sections.find((s) => s.key === parts[1]);
  if (parts[0] === 'tables') return parts.length === 2 && section?.kind === 'table';
  if (parts[0] !== 'sections') return false;
  if (parts.length === 2) return parts[1] === 'intro' || section !== undefined;
  if (parts.length !== 3 || (section?.kind !== 'overview' && section?.kind !== 'narrative')) return false;
  return parts[2] === 'opening' || (/^\d{1,2}$/.test(parts[2]) && Number(parts[2]) < LIST_LIMITS.subsections);
}

export const placeOf = (template: Template, target: string) =>
  knownTarget(template, target) ? target : GENERAL_TARGET;

/**
 * The remark each comment belongs to: it follows `replyTo` up to a remark. A reply to itself, to a missing
 * comment or in a loop is shown as a remark of its own — never dropped.
 */
function rootsOf(comments: readonly Comment[]): Map<Comment, Comment> {
  const byId = new Map<string, Comment>();
  for (const c of comments) if (!byId.has(c.id)) byId.set(c.id, c);
  const root = new Map<Comment, Comment>();
  for (const c of comments) {
    const seen = new Set<Comment>([c]);
    let at: Comment | undefined = c;
    while (at?.replyTo !== undefined) {
      at = byId.get(at.replyTo);
      if (at && seen.has(at)) at = undefined; // a loop
      if (at) seen.add(at);
    }
    root.set(c, at ?? c);
  }
  return root;
}

/** Remarks with their replies, oldest first, each with the place it is shown; `keep` chooses by place. */
export function threads(
  template: Template,
  comments: readonly Comment[],
  keep: (place: string) => boolean = () => true,
): Thread[] {
  const root = rootsOf(comments);
  return comments
    .filter((c) => root.get(c) === c)
    .map((comment) => ({
      comment,
      replies: comments.filter((r) => r !== comment && root.get(r) === comment),
      place: placeOf(template, comment.target),
    }))
    .filter((t) => keep(t.place));
}

/** When a remark was written, as a clerk reads it; a date the file holds wrongly is said so, never `Invalid Date`. */
export function remarkTime(at: string): string {
  if (!at) return '';
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at) ? Date.parse(at) : NaN;
  return Number.isNaN(ms)
    ? '（时间不详）'
    : new Date(ms).toLocaleString('zh-CN', { dateStyle: 'short', timeStyle: 'short' });
}

/** Where a remark points, in the words of the format: a cell's row and column, a section's heading, … */
/** Where a remark points, in words. Only the subsection headings of the report are read. */
export function describeTarget(template: Template, report: Pick<Report, 'sections'>, target: string): string {
  if (placeOf(template, target) === GENERAL_TARGET) return '总体意见';
  if (target.startsWith('meta')) return '基本信息';
  const cell = resolveTemplate(template).cellByPath.get(target);
  if (cell) return `${cell.label}（${sectionTitle(template.sections.find((s) => s.key === cell.table)!)}）`;
  const [root, key, index] = target.split('.');
  if (root === 'sections' && key === 'intro') return '开头段落';
  const section = template.sections.find((s) => s.key === key)!;
  if (index === 'opening') return `${sectionTitle(section)} 开头文字`;
  if (index !== undefined && section.kind !== 'table') {
    const { subsections } = report.sections[section.key];
    const sub = subsections[Number(index)];
    if (!sub) return `${sectionTitle(section)} 第${Number(index) + 1}小节（该小节已删除）`;
    const number = subsectionNumbers(subsections)[Number(index)];
    return `${sectionTitle(section)} ${number ? `${number}${sub.heading}` : `第${Number(index) + 1}段（无标题）`}`;
  }
  return root === 'tables' ? `${sectionTitle(section)}（表）` : sectionTitle(section);
}
