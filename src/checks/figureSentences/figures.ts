// The figures a report's prose states about its own tables (表二, 表三, 表四): each kind, the table cells it
// stands for, and how a message names it. Shared by the extractor's callers (check.ts) and the writer (generate.ts).
import type { CellValue, Report } from '../../report/schema';
import { getCellValue } from '../../report/cells';
import { cellPath } from '../../template/paths';
import type { ResolvedTemplate } from '../../template/resolve';
import { enteredInputs, sumInputs } from '../derive';

export type FigureKind =
  // 表三
  | 'received'
  | 'receivedNatural'
  | 'receivedOrg'
  | 'carriedOver'
  | 'handled'
  | 'carriedForward'
  | 'granted'
  | 'partlyGranted'
  | 'withheld'
  | 'unavailable'
  | 'notProcessed'
  | 'otherHandling'
  // 表四
  | 'adminReview'
  | 'litigation'
  | 'adminReviewCorrected'
  | 'litigationCorrected'
  // 表二
  | 'rulesIssued'
  | 'rulesRepealed'
  | 'rulesInForce'
  | 'normIssued'
  | 'normRepealed'
  | 'normInForce'
  | 'licensing'
  | 'penalty'
  | 'enforcement'
  | 'fees';

interface KindInfo {
  /** The table cell(s) as a message names them: `表三“（一）予以公开”总计`. */
  label: string;
  /** How the text states the figure, for messages: `予以公开` + `258件`. */
  words: string;
  unit: '件' | '万元';
  /** What the text says when it states none (`未收到政府信息公开申请`), for messages. */
  none?: string;
}

export const KIND_INFO: Record<FigureKind, KindInfo> = {
  received: {
    label: '表三“一、本年新收政府信息公开申请数量”总计',
    words: '收到申请',
    unit: '件',
    none: '未收到政府信息公开申请',
  },
  receivedNatural: { label: '表三“一、本年新收政府信息公开申请数量”自然人', words: '自然人申请', unit: '件' },
  receivedOrg: {
    label: '表三“一、本年新收政府信息公开申请数量”法人或其他组织（五列之和）',
    words: '法人或其他组织申请',
    unit: '件',
  },
  carriedOver: { label: '表三“二、上年结转政府信息公开申请数量”总计', words: '上年结转', unit: '件' },
  handled: { label: '表三“（七）总计”总计', words: '办结', unit: '件' },
  carriedForward: { label: '表三“四、结转下年度继续办理”总计', words: '结转下年度', unit: '件' },
  granted: { label: '表三“（一）予以公开”总计', words: '予以公开', unit: '件' },
  partlyGranted: { label: '表三“（二）部分公开”总计', words: '部分公开', unit: '件' },
  withheld: { label: '表三“（三）不予公开”各项总计之和', words: '不予公开', unit: '件' },
  unavailable: { label: '表三“（四）无法提供”各项总计之和', words: '无法提供', unit: '件' },
  notProcessed: { label: '表三“（五）不予处理”各项总计之和', words: '不予处理', unit: '件' },
  otherHandling: { label: '表三“（六）其他处理”总计', words: '其他处理', unit: '件' },
  adminReview: { label: '表四“行政复议”总计', words: '行政复议', unit: '件', none: '未发生行政复议' },
  litigation: {
    label: '表四“行政诉讼”总计（未经复议直接起诉与复议后起诉之和）',
    words: '行政诉讼',
    unit: '件',
    none: '未发生行政诉讼',
  },
  adminReviewCorrected: { label: '表四“行政复议”结果纠正', words: '行政复议被纠错', unit: '件' },
  litigationCorrected: { label: '表四“行政诉讼”结果纠正（两项之和）', words: '行政诉讼被纠错', unit: '件' },
  rulesIssued: { label: '表二“规章”本年制发件数', words: '制发规章', unit: '件' },
  rulesRepealed: { label: '表二“规章”本年废止件数', words: '废止规章', unit: '件' },
  rulesInForce: { label: '表二“规章”现行有效件数', words: '现行有效规章', unit: '件' },
  normIssued: { label: '表二“行政规范性文件”本年制发件数', words: '制发行政规范性文件', unit: '件' },
  normRepealed: { label: '表二“行政规范性文件”本年废止件数', words: '废止行政规范性文件', unit: '件' },
  normInForce: { label: '表二“行政规范性文件”现行有效件数', words: '现行有效行政规范性文件', unit: '件' },
  licensing: { label: '表二“行政许可”本年处理决定数量', words: '行政许可决定', unit: '件' },
  penalty: { label: '表二“行政处罚”本年处理决定数量', words: '行政处罚决定', unit: '件' },
  enforcement: { label: '表二“行政强制”本年处理决定数量', words: '行政强制决定', unit: '件' },
  fees: { label: '表二“行政事业性收费”本年收费金额', words: '行政事业性收费', unit: '万元' },
};

/** Every kind, in the order of the tables (三, 四, 二). */
export const FIGURE_KINDS = Object.keys(KIND_INFO) as FigureKind[];

const ORG_COLUMNS = ['commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'];

/** The 总计 of every row of a group of 表三 (`withheld.*`), or of the one row the 2019 edition has (`otherHandling`). */
function groupTotals(resolved: ResolvedTemplate, prefix: string): string[] {
  return resolved.cells
    .filter(
      (c) => c.table === 'requests' && c.column === 'total' && (c.row === prefix || c.row.startsWith(`${prefix}.`)),
    )
    .map((c) => c.path);
}

const requests = (row: string, column = 'total') => cellPath('requests', row, column);
const appeals = (row: string, column: string) => cellPath('appeals', row, column);
const active = (row: string, column: string) => cellPath('active', row, column);

/** The cells (entered or computed) whose sum is the kind's figure, as the template names them. */
function candidatePaths(resolved: ResolvedTemplate, kind: FigureKind): string[] {
  switch (kind) {
    case 'received':
      return [requests('new')];
    case 'receivedNatural':
      return [requests('new', 'natural')];
    case 'receivedOrg':
      return ORG_COLUMNS.map((c) => requests('new', c));
    case 'carriedOver':
      return [requests('carriedOver')];
    case 'handled':
      return [requests('resultTotal')];
    case 'carriedForward':
      return [requests('carriedForward')];
    case 'granted':
      return [requests('granted')];
    case 'partlyGranted':
      return [requests('partlyGranted')];
    case 'withheld':
    case 'unavailable':
    case 'notProcessed':
    case 'otherHandling':
      return groupTotals(resolved, kind);
    case 'adminReview':
      return [appeals('adminReview', 'total')];
    case 'litigation':
      return [appeals('litigationDirect', 'total'), appeals('litigationAfterReview', 'total')];
    case 'adminReviewCorrected':
      return [appeals('adminReview', 'corrected')];
    case 'litigationCorrected':
      return [appeals('litigationDirect', 'corrected'), appeals('litigationAfterReview', 'corrected')];
    case 'rulesIssued':
      return [active('rules', 'issued')];
    case 'rulesRepealed':
      return [active('rules', 'repealed')];
    case 'rulesInForce':
      return [active('rules', 'inForce')];
    case 'normIssued':
      return [active('normativeDocs', 'issued')];
    case 'normRepealed':
      return [active('normativeDocs', 'repealed')];
    case 'normInForce':
      return [active('normativeDocs', 'inForce')];
    case 'licensing':
      return [active('licensing', 'decisions')];
    case 'penalty':
      return [active('penalty', 'decisions')];
    case 'enforcement':
      return [active('enforcement', 'decisions')];
    case 'fees':
      return [active('fees', 'amount')];
  }
}

/**
 * The cells of a kind in this edition, or null when the edition has no such figure (the 2019 edition's 表二 has no
 * 本年制发件数 nor 收费金额): a kind the edition lacks is never compared.
 */
export function figurePaths(resolved: ResolvedTemplate, kind: FigureKind): string[] | null {
  const paths = candidatePaths(resolved, kind);
  return paths.length > 0 && paths.every((p) => resolved.cellByPath.has(p)) ? paths : null;
}

/** The entered cells behind a kind's figure: what a clerk fills in for it. */
export function figureInputs(resolved: ResolvedTemplate, paths: readonly string[]): string[] {
  return paths.flatMap((p) => enteredInputs(resolved, p));
}

/**
 * The table's figure for a kind, or null while any cell behind it is blank: a half-filled table says nothing yet,
 * and a warning against it would be false.
 */
export function tableFigure(
  resolved: ResolvedTemplate,
  report: Report,
  derived: ReadonlyMap<string, CellValue>,
  paths: readonly string[],
): CellValue {
  if (figureInputs(resolved, paths).some((p) => getCellValue(report, p) === null)) return null;
  return sumInputs(paths, (p) => (derived.has(p) ? (derived.get(p) ?? null) : getCellValue(report, p)));
}
