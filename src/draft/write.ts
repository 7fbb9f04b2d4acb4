// The draft file (docs/draft-format.md): the whole report, as the clerk can e-mail it.
import type { Report } from '../report/schema';

export const DRAFT_FORMAT = 'xxgk-annual-report';
/** 2: narrative sections hold an opening text and subsections; 3: `lastYear` (docs/draft-format.md). */
export const DRAFT_FORMAT_VERSION = 3;

export function draftFileName(report: Report): string {
  const { agency, year } = report.meta;
  return `${agency.trim() || '未命名机关'}${year ?? ''}年报草稿.nianbao.json`;
}

export function writeDraft(report: Report, savedAt: Date): string {
  const { template, meta, sections, tables, comments, lastYear } = report;
  const draft = {
    format: DRAFT_FORMAT,
    formatVersion: DRAFT_FORMAT_VERSION,
    template,
    meta: { agency: meta.agency, year: meta.year, ...(meta.date ? { date: meta.date } : {}) },
    sections,
    tables,
    comments,
    lastYear,
    savedAt: savedAt.toISOString(),
  };
  return JSON.stringify(draft, null, 2);
}
