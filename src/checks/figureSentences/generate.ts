// The figure paragraphs most reports write, from the tables: 依申请公开 (表三), 行政复议、行政诉讼 (表四) and
// 主动公开 (表二). Worded so that extract.ts reads back exactly the figures written, so that a paragraph the app
// wrote is checked like one the clerk wrote. A blank cell is written `×`, and the check asks for it to be filled.
//
// What is left out, and why:
// - a result of 表三 whose figure is 0 (its absence says it); `其中…` is dropped when every result is 0;
// - the split by applicant, unless some requests came from 法人或其他组织 (`均为自然人` is the common case);
// - 规章 when the table has none at all (most agencies below a city cannot make 规章);
// - 表二's counts when they are all 0, said in words instead (`未制发…`, `未作出…`, `未收取…`), which carry no figure.
import { formatNumber } from '../../report/number';
import type { CellValue, Report } from '../../report/schema';
import { templateFor } from '../../template';
import { resolveTemplate, type ResolvedTemplate } from '../../template/resolve';
import { figurePaths, tableFigure, type FigureKind } from './figures';

export interface FigureParagraphs {
  requests: string;
  appeals: string;
  active: string;
}

interface Tables {
  resolved: ResolvedTemplate;
  report: Report;
  derived: ReadonlyMap<string, CellValue>;
}

/** The table's figure for a kind; undefined when the report's edition has no such figure. */
function figure(t: Tables, kind: FigureKind): CellValue | undefined {
  const paths = figurePaths(t.resolved, kind);
  return paths ? tableFigure(t.resolved, t.report, t.derived, paths) : undefined;
}

/** A figure as written: its digits, or `×` while a cell behind it is blank. */
const written = (value: CellValue | undefined) => (value === null || value === undefined ? '×' : formatNumber(value));

const isZero = (value: CellValue | undefined) => value === 0;

const RESULTS: [FigureKind, string][] = [
  ['granted', '予以公开'],
  ['partlyGranted', '部分公开'],
  ['withheld', '不予公开'],
  ['unavailable', '无法提供'],
  ['notProcessed', '不予处理'],
  ['otherHandling', '其他处理'],
];

function receivedClause(t: Tables): string {
  const received = figure(t, 'received');
  if (isZero(received)) return '本年度未收到新的政府信息公开申请';
  const natural = figure(t, 'receivedNatural');
  const org = figure(t, 'receivedOrg');
  const split = typeof natural === 'number' && typeof org === 'number' && org > 0;
  const applicants = split ? `（其中自然人申请${written(natural)}件、法人或其他组织申请${written(org)}件）` : '';
  return `本年度共收到政府信息公开申请${written(received)}件${applicants}`;
}

function resultsClause(t: Tables): string {
  const listed = RESULTS.filter(([kind]) => !isZero(figure(t, kind))).map(
    ([kind, words]) => `${words}${written(figure(t, kind))}件`,
  );
  const handled = `已办结${written(figure(t, 'handled'))}件`;
  return listed.length > 0 ? `${handled}，其中${listed.join('、')}` : handled;
}

/** `本年度共收到政府信息公开申请95件，上年结转0件；已办结95件，其中予以公开58件、…；结转下年度继续办理0件。` */
export function requestsParagraph(t: Tables): string {
  const kinds: FigureKind[] = ['received', 'carriedOver', 'handled', 'carriedForward'];
  if (kinds.every((k) => isZero(figure(t, k)))) return '本年度未收到政府信息公开申请，也没有上年结转的申请。';
  const carriedOver = `上年结转${written(figure(t, 'carriedOver'))}件`;
  const carriedForward = `结转下年度继续办理${written(figure(t, 'carriedForward'))}件`;
  return `${receivedClause(t)}，${carriedOver}；${resultsClause(t)}；${carriedForward}。`;
}

function appealClause(t: Tables, kind: 'adminReview' | 'litigation', corrected: FigureKind, words: string): string {
  const count = figure(t, kind);
  const clause = `${words}${written(count)}件`;
  return isZero(count) ? clause : `${clause}，其中被纠错${written(figure(t, corrected))}件`;
}

/** `本年度因政府信息公开被申请行政复议2件，其中被纠错1件；被提起行政诉讼1件，其中被纠错0件。` */
export function appealsParagraph(t: Tables): string {
  if (isZero(figure(t, 'adminReview')) && isZero(figure(t, 'litigation')))
    return '本年度未发生因政府信息公开引发的行政复议、行政诉讼。';
  const review = appealClause(t, 'adminReview', 'adminReviewCorrected', '被申请行政复议');
  const litigation = appealClause(t, 'litigation', 'litigationCorrected', '被提起行政诉讼');
  return `本年度因政府信息公开${review}；${litigation}。`;
}

/** 制发、废止、现行有效 of 规章 or 行政规范性文件; null when the edition has no such columns or the row is all 0. */
function documentsClause(t: Tables, kinds: [FigureKind, FigureKind, FigureKind], name: string): string | null {
  const [issued, repealed, inForce] = kinds.map((k) => figure(t, k));
  if (issued === undefined || repealed === undefined || inForce === undefined) return null;
  if ([issued, repealed, inForce].every(isZero)) return null;
  return `制发${name}${written(issued)}件、废止${name}${written(repealed)}件，现行有效${name}${written(inForce)}件`;
}

function decisionsClause(t: Tables): string | null {
  const kinds: [FigureKind, string][] = [
    ['licensing', '行政许可'],
    ['penalty', '行政处罚'],
    ['enforcement', '行政强制'],
  ];
  const present = kinds.filter(([k]) => figure(t, k) !== undefined);
  if (present.length === 0) return null;
  if (present.every(([k]) => isZero(figure(t, k)))) return `未作出${present.map(([, w]) => w).join('、')}决定`;
  const list = present.map(([k, w], i) => `${i === 0 ? '作出' : ''}${w}决定${written(figure(t, k))}件`);
  return list.join('、');
}

function feesClause(t: Tables): string | null {
  const fees = figure(t, 'fees');
  if (fees === undefined) return null;
  return isZero(fees) ? '未收取行政事业性收费' : `行政事业性收费金额${written(fees)}万元`;
}

/** `本年度制发行政规范性文件3件、废止行政规范性文件0件，现行有效行政规范性文件3件；作出行政许可决定…；…。` */
export function activeParagraph(t: Tables): string {
  const norms = documentsClause(t, ['normIssued', 'normRepealed', 'normInForce'], '行政规范性文件');
  const hasNormColumns = figure(t, 'normIssued') !== undefined;
  const clauses = [
    documentsClause(t, ['rulesIssued', 'rulesRepealed', 'rulesInForce'], '规章'),
    norms ?? (hasNormColumns ? '未制发行政规范性文件' : null),
    decisionsClause(t),
    feesClause(t),
  ].filter((c): c is string => c !== null);
  return clauses.length > 0 ? `本年度${clauses.join('；')}。` : '';
}

/** The three figure paragraphs of the report, from its tables (`derived`: computeDerived of the same report). */
export function figureParagraphs(report: Report, derived: ReadonlyMap<string, CellValue>): FigureParagraphs {
  const t: Tables = { resolved: resolveTemplate(templateFor(report.template)), report, derived };
  return { requests: requestsParagraph(t), appeals: appealsParagraph(t), active: activeParagraph(t) };
}
