// Reviewers' remarks and the clerk's replies, kept in the report (and so in the draft file).
import { resolveTemplate } from '../template/resolve';
import { sectionTitle } from '../template/steps';
import type { Template } from '../template/types';
import { subsectionNumber } from '../document/numbering';
import type { Comment, Report } from './schema';

export interface NewComment {
  target: string;
  author: string;
  text: string;
  replyTo?: string;
}

export function addComment(report: Report, comment: NewComment, now: Date, id: string): Report {
  const added: Comment = {
    id,
    target: comment.target,
    author: comment.author.trim(),
    at: now.toISOString(),
    text: comment.text.trim(),
    resolved: false,
    ...(comment.replyTo ? { replyTo: comment.replyTo } : {}),
  };
  return { ...report, comments: [...report.comments, added] };
}

export function setResolved(report: Report, id: string, resolved: boolean): Report {
  return { ...report, comments: report.comments.map((c) => (c.id === id ? { ...c, resolved } : c)) };
}

export interface Thread {
  comment: Comment;
  replies: Comment[];
}

/** Remarks with their replies, oldest first; a reply's thread is resolved with its remark. */
export function threads(comments: readonly Comment[], keep: (target: string) => boolean = () => true): Thread[] {
  return comments
    .filter((c) => !c.replyTo && keep(c.target))
    .map((comment) => ({ comment, replies: comments.filter((r) => r.replyTo === comment.id) }));
}

/** Where a remark points, in the words of the format: a cell's row and column, a section's heading, … */
export function describeTarget(template: Template, report: Report, target: string): string {
  if (target === 'meta') return '基本信息';
  const cell = resolveTemplate(template).cellByPath.get(target);
  if (cell) return `${cell.label}（${sectionTitle(template.sections.find((s) => s.key === cell.table)!)}）`;
  const [root, key, index] = target.split('.');
  if (root === 'sections' && key === 'intro') return '开头段落';
  const section = template.sections.find((s) => s.key === key);
  if (!section) return target;
  if (root === 'sections' && index !== undefined) {
    const sub = report.sections.overview[Number(index)];
    return `${sectionTitle(section)} ${subsectionNumber(Number(index))}${sub?.heading ?? ''}`;
  }
  return root === 'tables' ? `${sectionTitle(section)}（表）` : sectionTitle(section);
}
