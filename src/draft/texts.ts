// The texts of a stored report that the report keeps: the reader removes the characters XML forbids from exactly
// these (../report/schema.ts), and the clerk is told how many.
import { valueAt } from '../report/found';
import { removeForbidden, removedMessage } from '../report/text';

function textsOf(report: unknown): string[] {
  const at = (...path: PropertyKey[]) => valueAt(report, path);
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  const found = [
    at('meta', 'agency'),
    at('sections', 'intro'),
    ...['overview', 'problems', 'other'].flatMap((key) => [
      at('sections', key, 'opening'),
      ...list(at('sections', key, 'subsections')).flatMap((_, i) =>
        ['heading', 'text', 'removedNumbering'].map((field) => at('sections', key, 'subsections', i, field)),
      ),
    ]),
    ...list(at('comments')).flatMap((_, i) =>
      ['id', 'target', 'author', 'at', 'text', 'replyTo'].map((key) => at('comments', i, key)),
    ),
  ];
  return found.filter((v): v is string => typeof v === 'string');
}

/** What reading the report removed, as the clerk is told it; none when nothing was. */
export function removedNotes(report: unknown): string[] {
  const removed = textsOf(report).reduce((n, t) => n + removeForbidden(t).removed, 0);
  return removed > 0 ? [removedMessage(removed)] : [];
}
