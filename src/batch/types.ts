// The batch review's vocabulary: a file of the batch, what became of it, and what was found in it.
import type { FileKind } from '../import/limits';
import type { Report } from '../report/schema';

/** How the reviewer filters findings: one word each, shown in the filter and in the exported sheet. */
export const FINDING_KINDS = [
  '无法读取',
  '勾稽不符',
  '跨年不符',
  '疑似雷同',
  '年度异常',
  '版式异常',
  '未能识别',
  '未填写',
  '内容提醒',
  '其他',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface BatchFinding {
  kind: FindingKind;
  severity: 'error' | 'warning';
  /** One sentence in Chinese, with the numbers. */
  message: string;
  /** The report place it is about (`tables.requests.new.natural`, `meta.year`); absent for the whole file. */
  target?: string;
  /** Where it points, in words (`自然人 一、本年新收…（三、收到和处理…）`). */
  place?: string;
  /** A total the published report printed otherwise than its parts add up to: the figure printed at `target`. */
  printed?: number;
}

/** The kind of a file of the batch, by its name (import/limits.ts fileKindOf). */
export type SourceKind = FileKind;

/** One file of the batch once read: its report and its own findings, or why it could not be read. */
export type BatchItem =
  | { id: string; fileName: string; source: SourceKind | null; ok: true; report: Report; findings: BatchFinding[] }
  | {
      id: string;
      fileName: string;
      source: SourceKind | null;
      ok: false;
      reason: string;
      detail?: string;
      findings: BatchFinding[];
    };

/** An item with the findings that only the whole batch can show (cross-year, copies, outliers) added. */
export type CheckedItem = BatchItem;
