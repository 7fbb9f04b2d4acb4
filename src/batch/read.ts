// Reads one file of the batch into an item: a draft through the draft reader, anything else through its
// reader (docx, pdf, html, text → SourceDocument) and the one matcher. Never throws: a file that cannot be
// read is an item with the reason, so one bad file never stops the others.
import { readDraft } from '../draft/read';
import { fileKindOf, tooLargeMessage } from '../import/limits';
import { ImportError, type ImportNote } from '../import/types';
import type { Report } from '../report/schema';
import { reportFindings } from './findings';
import type { BatchItem, SourceKind } from './types';

/** How the batch reaches the readers: injected, so that the browser loads them on demand and tests use Node's. */
export interface BatchReaders {
  /**
   * The report a file other than a draft holds (its reader, then the one matcher) and what the import says
   * about it; throws ImportError with the reason.
   */
  import(
    source: Exclude<SourceKind, 'draft'>,
    fileName: string,
    bytes: Uint8Array,
  ): Promise<{ report: Report; notes: ImportNote[] }>;
}

export const ACCEPTED = '.nianbao.json,.json,.docx,.pdf,.html,.htm,.txt';

/** What a file the reader broke on is told (its own words go to `detail`). */
export const READ_FAULT = '读取时出错，文件可能已损坏：请用Word、WPS或PDF阅读器打开、另存后再试';

/** A file that could not be read: its row, with the reason as its one finding; `detail` keeps a library's words for support. */
export const failed = (
  id: string,
  fileName: string,
  source: SourceKind | null,
  reason: string,
  detail?: string,
): BatchItem => ({
  id,
  fileName,
  source,
  ok: false,
  reason,
  ...(detail ? { detail: detail.slice(0, 500) } : {}),
  findings: [{ kind: '无法读取', severity: 'error', message: reason }],
});

export async function readBatchFile(
  id: string,
  fileName: string,
  bytes: Uint8Array,
  context: { currentYear: number; readers: BatchReaders },
): Promise<BatchItem> {
  const source = fileKindOf(fileName);
  if (!source)
    return failed(id, fileName, null, '不是年度报告文件：只能读取 .nianbao.json 草稿、.docx、.pdf、.html 和 .txt');
  if (bytes.length === 0) return failed(id, fileName, source, '文件是空的（0字节）');
  const tooLarge = tooLargeMessage(source, bytes.length);
  if (tooLarge) return failed(id, fileName, source, tooLarge);
  const { currentYear, readers } = context;
  if (source === 'draft') {
    const read = readDraft(bytes);
    if (!read.ok) return failed(id, fileName, source, read.error.message);
    return { id, fileName, source, ok: true, report: read.report, findings: reportFindings(read.report, currentYear) };
  }
  try {
    const { report, notes } = await readers.import(source, fileName, bytes);
    if (!report.meta.agency.trim() && !hasFigures(report))
      return failed(id, fileName, source, '文件中没有找到年度报告的表格和机关名称：不像政府信息公开工作年度报告');
    return { id, fileName, source, ok: true, report, findings: reportFindings(report, currentYear, notes) };
  } catch (e) {
    // an ImportError says why in Chinese; anything else is a fault of the reader: said as such, its words kept apart
    if (e instanceof ImportError) return failed(id, fileName, source, e.message, e.detail);
    return failed(id, fileName, source, READ_FAULT, String((e as Error)?.stack ?? e));
  }
}

function hasFigures(report: Report): boolean {
  return Object.values(report.tables).some((rows) =>
    Object.values(rows).some((cols) => Object.values(cols).some((v) => v !== null)),
  );
}
