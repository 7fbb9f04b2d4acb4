// 按表格生成段落: which of the figure paragraphs a text of 一 takes (by its subsection's heading), and how it goes in
// at the cursor. Pure; the paragraphs themselves are written by ../figureSentences/generate.ts.
import type { CellValue, Report } from '../../report/schema';
import { figureParagraphs } from '../figureSentences/generate';
export type FigureParagraphKind = 'requests' | 'appeals' | 'active';

/**
 * 依申请公开 speaks of the requests and, in most published reports, of the 复议/诉讼 they led to; 主动公开 of 表二's
 * documents and decisions; a heading on 复议, 诉讼 or 监督 of 表四 alone. A text with another heading, or none,
 * gets the requests and 复议/诉讼 paragraphs, the ones every report states.
 */
export function paragraphsForHeading(heading: string): FigureParagraphKind[] {
  if (/依申请/.test(heading)) return ['requests', 'appeals'];
  if (/主动公开/.test(heading)) return ['active'];
  if (/复议|诉讼|监督/.test(heading)) return ['appeals'];
  return ['requests', 'appeals'];
}

/** The text with `insert` in place of the selection [start, end); the caret goes after what was inserted. */
export function insertAtCursor(
  text: string,
  start: number,
  end: number,
  insert: string,
): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}

/** The text of a box of 一 with the figure paragraphs for its heading put in place of the selection [start, end). */
export function withFigureParagraphs(
  report: Report,
  derived: ReadonlyMap<string, CellValue>,
  heading: string,
  at: { text: string; start: number; end: number },
): { text: string; caret: number } {
  const paragraphs = figureParagraphs(report, derived);
  const insert = paragraphsForHeading(heading)
    .map((k) => paragraphs[k])
    .filter(Boolean)
    .join('');
  return insertAtCursor(at.text, at.start, at.end, insert);
}
