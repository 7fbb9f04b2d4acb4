import { resolveTemplate } from '../template/resolve';
import type { TableKey, Template } from '../template/types';
import type { Report, TableValues } from './schema';

/** A new report: every entered cell not filled in (null), the standard subsections of 一 with empty text. */
export function emptyReport(template: Template, year: number | null): Report {
  const tables = {} as Record<TableKey, TableValues>;
  for (const t of resolveTemplate(template).tables) {
    const values: TableValues = {};
    for (const cell of t.cells) {
      if (cell.sumOf) continue;
      (values[cell.row] ??= {})[cell.column] = null;
    }
    tables[t.key] = values;
  }
  const overview = template.sections.find((s) => s.kind === 'overview');
  return {
    template: template.edition,
    meta: { agency: '', year, date: '' },
    sections: {
      intro: '',
      overview: (overview?.subsections ?? []).map((heading) => ({ heading, text: '' })),
      problems: '',
      other: '',
    },
    tables,
    comments: [],
    lastYear: null,
  };
}

/** The year a clerk most likely reports on: reports are written in January for the year before. */
export function likelyReportYear(today: Date): number {
  return today.getMonth() >= 9 ? today.getFullYear() : today.getFullYear() - 1;
}

/** Nothing entered yet: no name, no text, no figure, no comment. Replacing it loses nothing. */
export function isEmptyReport(report: Report): boolean {
  const { meta, sections, tables, comments } = report;
  return (
    !meta.agency.trim() &&
    !meta.date &&
    !sections.intro.trim() &&
    sections.overview.every((s) => !s.text.trim()) &&
    !sections.problems.trim() &&
    !sections.other.trim() &&
    comments.length === 0 &&
    Object.values(tables).every((t) => Object.values(t).every((row) => Object.values(row).every((v) => v === null)))
  );
}
