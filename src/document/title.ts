import type { Report } from '../report/schema';

/** `{机关名称}{年度}年政府信息公开工作年度报告` — also the exported file's name. */
export function reportTitle(report: Pick<Report, 'meta'>): string {
  const { agency, year } = report.meta;
  return `${agency.trim()}${year ?? ''}年政府信息公开工作年度报告`;
}

/** The exported file's name: the report title; a draft says so. */
export function exportFileName(report: Pick<Report, 'meta'>, extension: 'docx' | 'pdf' | 'html', draft: boolean): string {
  return `${reportTitle(report)}${draft ? '（草稿）' : ''}.${extension}`;
}
