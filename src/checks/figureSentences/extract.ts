// The figures a report's prose states about its own tables, read sentence by sentence in the words published
// reports use (`共收到政府信息公开申请95件`, `予以公开58件，占61%`, `未发生行政复议`). Precision over recall: a
// figure is read only where the words leave no doubt that it is this agency's figure of the report year, because a
// warning against a sound report is worse than a figure not checked. What is deliberately not read: another year,
// a comparison, a wider area or another body, a share of a total (`含…`), counts of documents or items published
// (`主动公开政府信息1,234条`), and anything said with words this file does not know (`办理…申请218件`).
import { halfWidthDigits } from '../../report/number';
import type { FigureKind } from './figures';
import { isReportYear, numbersIn, yearSaid, type NumberToken, type Span } from './numbers';

export type { FigureKind } from './figures';

export interface StatedFigure {
  kind: FigureKind;
  /** null for the placeholder `×` (a blank cell in a generated paragraph). */
  value: number | null;
  /** Of the number in the text (of the words, for a statement of none such as `未收到…申请`). */
  start: number;
  end: number;
  /** The sentence the figure is in (split on 。；！？ and line breaks). */
  sentenceStart: number;
  sentenceEnd: number;
  /** A share said right after the figure: `予以公开58件，占61%`, `（17.46%）`. */
  percent?: { value: number; start: number; end: number };
  /** Said as a statement of none (`未收到政府信息公开申请`): value 0. */
  none?: true;
}

// ---- the text, prepared once: same length and offsets as the original ----

/**
 * Full-width digits and ％ as ASCII, and the inside of 《…》 blanked: a title (`《2023年工作要点》`,
 * `《…行政复议法》`) names no year and no figure of the report. Every character keeps its offset.
 */
function prepare(text: string): string {
  const digits = halfWidthDigits(text).replace(/％/g, '%');
  // a lone 《 masks nothing: only a title closed within the line and 80 characters
  return digits.replace(/《[^《》\n\r]{0,80}》/g, (title) => `《${'□'.repeat(title.length - 2)}》`);
}

/** The parts of `span` between separators (single characters matched by `sep`), without the separators. */
function split(s: string, span: Span, sep: RegExp): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    if (!sep.test(s[i])) continue;
    if (i > start) out.push({ start, end: i });
    start = i + 1;
  }
  if (span.end > start) out.push({ start, end: span.end });
  return out;
}

const LINE = /[\n\r]/;
const PERIOD = /[。！？!?]/;
const CLAUSE = /[；;]/;

// ---- what makes a sentence no statement of this report's figures ----

/**
 * A wider area, other bodies, part of the year, a running total: the figures of such a sentence are not the
 * agency's own for the year (`全区共受理`, `各乡镇`, `指导…`, `区政府办代表区政府受理`, `上半年`, `累计`).
 * The agency's own area (`全镇`, `我镇`) is not listed: a township reports on itself.
 */
const OTHER_SCOPE =
  /全(?:国|省|市|县|区|州|盟|旗)|各(?:级|乡镇|乡|镇|街道|部门|单位|县|区|市|地)|(?:区|市|县)(?:直|级)|汇总|指导|督促|代表|代为|下辖|所属|累计|历年|以来|上半年|下半年|季度|同期|\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月/;

/** A change or a comparison said before the figure: `比上年增加5件`, `同比下降`, `较去年多3件`. */
const COMPARISON =
  /比上?一?年|较上?一?年|比去年|较去年|比\d{4}|较\d{4}|同比|环比|增加|减少|增长|下降|上升|增幅|降幅|持平|翻番|多出|多于|少于/;

/** What a request figure is not about: 政务服务, hotlines, petitions, permits (their `受理…件` are no 依申请公开). */
const NOT_REQUESTS = /政务服务|办件|诉求|信访(?!举报投诉类)|投诉|咨询|热线|12345|来信|来访|许可|审批/;

/** Words that place a request or appeal figure in 政府信息公开; without them `收到…申请5件` could be anything. */
const DISCLOSURE = /信息公开|依申请|公开申请|公开政府信息/;

/** A sentence that goes on from the one before (`涉及的行政诉讼数为0件`) takes its subject from it. */
const GOES_ON = /^\s*(?:其中|涉及|另有|另外|此外|上述|以上)/;

// ---- kinds, from the words right before a figure ----

/** Words that may stand between a kind and its figure: `予以公开的58件`, `行政诉讼数为0件`, `不予公开答复2件`. */
const FILL = '(?:的|了|为|共|共计|合计|总计|计|达|有|数|数量|件数|总数|总量|申请|答复|\\s)*';
/** Not joined to another kind: `予以公开及部分公开42件`, `行政复议和行政诉讼共3件` are sums, not figures of the table. */
const ALONE = '(?<![及和与或、/+])';

interface Rule {
  kind: FigureKind;
  re: RegExp;
  /** The sentence must be about 依申请公开 (requests) or about appeals over it. */
  context?: 'disclosure';
  /** Read only right after a figure of one of these kinds in the same sentence (`…95件，其中自然人申请90件`). */
  after?: FigureKind[];
  /** Not when the words before say it is a publication count (`集中发布现行有效行政规范性文件393件`). */
  notPublished?: true;
}

const rule = (kind: FigureKind, words: string, more: Omit<Rule, 'kind' | 're'> = {}): Rule => ({
  kind,
  re: new RegExp(`${words}${FILL}$`),
  ...more,
});

const ISSUED = '(?:制发|制定|出台|印发)(?:的)?';
const NORMS = '(?:行政)?规范性文件';

const RULES: Rule[] = [
  rule('carriedForward', '(?:结转|转|顺延)(?:至|到|入)?下一?年度?(?:继续)?(?:办理)?', { context: 'disclosure' }),
  rule('carriedOver', `${ALONE}上一?年度?结转(?:政府信息公开)?`, { context: 'disclosure' }),
  rule(
    'handled',
    '(?<![并及和与或、/+])(?:办结|办理完结|办理完毕)(?:了)?(?:的)?(?:政府信息公开|依申请公开|信息公开)?(?:事项)?',
    {
      context: 'disclosure',
    },
  ),
  rule('partlyGranted', `${ALONE}(?:予以部分公开|同意部分公开|部分公开)`),
  rule('granted', `(?<!部分)${ALONE}(?:予以公开|同意公开)`),
  rule('withheld', `${ALONE}不予公开`),
  rule('unavailable', `${ALONE}无法提供`),
  rule('notProcessed', `${ALONE}不予处理`),
  rule('otherHandling', `${ALONE}其他处理`),
  rule('receivedNatural', '自然人(?:提出|提交)?', {
    context: 'disclosure',
    after: ['received', 'receivedNatural', 'receivedOrg'],
  }),
  rule('receivedOrg', '法人(?:或|和|及)其他组织(?:提出|提交)?', {
    context: 'disclosure',
    after: ['received', 'receivedNatural', 'receivedOrg'],
  }),
  rule('adminReviewCorrected', '行政复议[^，,\\d]{0,10}?(?:被)?(?:纠错|纠正)', { context: 'disclosure' }),
  rule('litigationCorrected', '行政诉讼[^，,\\d]{0,10}?(?:被)?(?:纠错|纠正)', { context: 'disclosure' }),
  rule('adminReviewCorrected', '^(?:被)?(?:复议机关|复议审查机关)?(?:结果)?(?:纠错|纠正)', {
    context: 'disclosure',
    after: ['adminReview', 'adminReviewCorrected'],
  }),
  rule('litigationCorrected', '^(?:被)?(?:人民法院|法院)?(?:结果)?(?:纠错|纠正)', {
    context: 'disclosure',
    after: ['litigation', 'litigationCorrected'],
  }),
  rule('adminReview', `${ALONE}行政复议(?:案件|案|申请)?`, { context: 'disclosure' }),
  rule('litigation', `${ALONE}行政诉讼(?:案件|案)?`, { context: 'disclosure' }),
  rule('rulesIssued', `${ISSUED}规章`),
  rule('rulesRepealed', '废止(?:的)?规章'),
  rule('rulesInForce', '现行有效(?:的)?规章', { notPublished: true }),
  rule('normIssued', `${ISSUED}${NORMS}`),
  rule('normRepealed', `废止(?:的)?${NORMS}`),
  rule('normInForce', `现行有效(?:的)?${NORMS}`, { notPublished: true }),
  rule('licensing', `${ALONE}行政许可(?:处理)?决定(?:书)?`),
  rule('penalty', `${ALONE}行政处罚(?:处理)?决定(?:书)?`),
  rule('enforcement', `${ALONE}行政强制(?:处理)?决定(?:书)?`),
  rule('fees', '行政事业性收费(?:金额|总额|总金额)?'),
];

const PUBLISHED = /发布|公开|公布|上传|更新|清理|梳理|汇编/;

/** `收到…政府信息公开申请95件`: a request verb, at most 40 characters, then 申请 (or 依申请公开). */
const RECEIVED = new RegExp(`(?:收到|受理|新收|接收|接到)[^，,；;。]{0,40}?(?:申请|依申请公开)${FILL}$`);
/** `共收到70件申请`: the verb right before the figure, 申请 right after. */
const RECEIVED_VERB_END = /(?:收到|受理|新收|接收|接到)(?:了)?(?:共|共计|合计)?$/;
const REQUEST_AFTER = /^\s*(?:政府信息公开|依申请公开|信息公开)?申请/;
/** All applicants, as reports say it: not a column of 表三. */
const ALL_APPLICANTS = /公民[、，,]?法人(?:和|或|及)其他组织/g;

/** The kind of a `收到…申请` figure: all applicants, one column, or none (a sum with 上年结转, 企业 alone…). */
function receivedKind(words: string): FigureKind | null {
  if (NOT_REQUESTS.test(words)) return null;
  const rest = words.replace(ALL_APPLICANTS, '');
  if (/结转|以及|[及和与]/.test(rest)) return null;
  const natural = rest.includes('自然人');
  const org = /法人(?:或|和|及)其他组织/.test(rest);
  if (natural && org) return null;
  if (natural) return 'receivedNatural';
  if (org) return 'receivedOrg';
  return /企业|机构|组织|法人/.test(rest) ? null : 'received';
}

/** `有1件涉及政府信息公开工作的行政复议`: the figure first, the appeal after it, at the end of the phrase. */
const APPEAL_VERB_END = /(?:有|共有|发生|发生了|共发生|收到|涉及)$/;
const APPEAL_AFTER = /^\s*[^，,；;。\d]{0,20}?(行政复议|行政诉讼)(?:案件|案|申请)?\s*(?=[，,；;。]|$)/;
/** `1件结转下年度继续办理`. */
const CARRIED_FORWARD_AFTER = /^\s*(?:申请)?(?:结转|顺延)(?:至|到)?下一?年/;

const UNITS: Partial<Record<FigureKind, readonly string[]>> = {
  adminReview: ['件', '起', '宗'],
  litigation: ['件', '起', '宗'],
  adminReviewCorrected: ['件', '起', '宗'],
  litigationCorrected: ['件', '起', '宗'],
  fees: ['万元'],
};
const unitFits = (kind: FigureKind, unit: string) => (UNITS[kind] ?? ['件']).includes(unit);

// ---- reading one sentence ----

interface Reading {
  s: string;
  reportYear: number | null;
  /** The sentence up to the next 。 (the one the scope is judged on), and the one before it in the paragraph. */
  period: Span;
  previous: Span | null;
  /** Figures read so far in this 。-sentence, for `其中自然人…` and `其中被纠错…`. */
  read: StatedFigure[];
}

const text = (r: Reading, span: Span) => r.s.slice(span.start, span.end);

/** Whether the sentence (or, for one that goes on, the one before it) is about 政府信息公开. */
function aboutDisclosure(r: Reading): boolean {
  const own = text(r, r.period);
  if (DISCLOSURE.test(own)) return true;
  return r.previous !== null && GOES_ON.test(own) && DISCLOSURE.test(text(r, r.previous));
}

/** The words between the figure before (or the phrase's start) and this one, without leading marks and `其中`. */
function wordsBefore(r: Reading, clause: Span, from: number, at: number): string {
  const raw = r.s.slice(Math.max(clause.start, from), at);
  const cut = Math.max(raw.lastIndexOf('，'), raw.lastIndexOf(','), raw.lastIndexOf('：'), raw.lastIndexOf(':'));
  return raw.slice(cut + 1).replace(/^(?:[\s、（(]|其中|另有|另外|此外)+/, '');
}

function kindOf(r: Reading, words: string, after: string): FigureKind | null {
  for (const candidate of RULES) {
    if (!candidate.re.test(words)) continue;
    if (candidate.notPublished && PUBLISHED.test(words)) return null;
    if (candidate.after) {
      const last = r.read[r.read.length - 1];
      if (!last || !candidate.after.includes(last.kind)) continue;
    }
    return candidate.kind;
  }
  const received = RECEIVED.exec(words);
  if (received) return receivedKind(received[0]);
  if (RECEIVED_VERB_END.test(words) && REQUEST_AFTER.test(after)) return NOT_REQUESTS.test(words) ? null : 'received';
  if (APPEAL_VERB_END.test(words.trim())) {
    const appeal = APPEAL_AFTER.exec(after);
    if (appeal && !/行政复议[^，,]*行政诉讼|行政诉讼[^，,]*行政复议/.test(appeal[0]))
      return appeal[1] === '行政复议' ? 'adminReview' : 'litigation';
  }
  if (words.trim() === '' && CARRIED_FORWARD_AFTER.test(after)) return 'carriedForward';
  return null;
}

/** The kinds whose words could be said of anything (`办结95件`, `行政复议2件`) unless the sentence is about 政府信息公开. */
const NEEDS_DISCLOSURE: ReadonlySet<FigureKind> = new Set<FigureKind>([
  'received',
  ...RULES.filter((x) => x.context === 'disclosure').map((x) => x.kind),
]);

/**
 * `，占61%`, `占比61.05%`, `（17.46%）` right after the figure: a share said with 占 or in brackets. A bare
 * `，100%按期答复` after a figure is about something else.
 */
const PERCENT_AFTER =
  /^\s*(?:[，,]?\s*(?:约?占(?:比)?(?:为)?|比例为)\s*(?:总数的|申请总数的|办结总数的|全部申请的)?|[（(]\s*(?:约?占(?:比)?(?:为)?)?)\s*(\d+(?:\.\d+)?)\s*%/;

function percentAfter(r: Reading, at: number, end: number): StatedFigure['percent'] {
  const m = PERCENT_AFTER.exec(r.s.slice(at, end));
  if (!m) return undefined;
  // the share is the last number of the match
  const start = at + m[0].lastIndexOf(m[1]);
  return { value: Number(m[1]), start, end: start + m[1].length };
}

/** A figure `（含上年结转5件）` only says what the figure before it holds: not read, and neither is that one. */
const INCLUDES = /^(?:含|包括|包含)/;
const INCLUDES_AFTER = /^\s*[（(]\s*(?:其中)?(?:含|包括|包含)/;

function figureOf(r: Reading, clause: Span, token: NumberToken, from: number): StatedFigure | null {
  const words = wordsBefore(r, clause, from, token.start);
  if (INCLUDES.test(words) || COMPARISON.test(words)) return null;
  const after = r.s.slice(token.after, clause.end);
  const kind = kindOf(r, words, after);
  if (!kind || !unitFits(kind, token.unit)) return null;
  if (kind !== 'handled' && INCLUDES_AFTER.test(after)) return null;
  if (NEEDS_DISCLOSURE.has(kind) && !aboutDisclosure(r)) return null;
  if (kind === 'fees' && /处理费/.test(words)) return null;
  if (!isReportYear(yearSaid(r.s, r.previous?.start ?? r.period.start, token.start), r.reportYear)) return null;
  const figure: StatedFigure = {
    kind,
    value: token.value,
    start: token.start,
    end: token.end,
    sentenceStart: clause.start,
    sentenceEnd: clause.end,
  };
  const percent = token.value === null ? undefined : percentAfter(r, token.after, clause.end);
  if (percent) figure.percent = percent;
  return figure;
}

// ---- statements of none ----

/** `申请人`, `申请书`, `申请材料` are no requests: `未收到政府信息公开申请人的补正材料` says nothing of the count. */
const NONE_RECEIVED =
  /(?:未|没有|没)(?:收到|接到|接收到|接收|受理)(?:过)?[^，,；;。\d]{0,40}?(?:申请(?!人|书|表|材料|渠道|方式)|依申请公开)|(?:全年|本年度?)?无(?:任何)?(?:政府信息公开|依申请公开|信息公开)申请(?!人|书|表|材料)/g;
const NONE_APPEAL = /(?:未|没有|无)(?:发生|出现|产生|涉及|收到|接到|被申请|被提起|因|有)/g;
const APPEAL_WORD = /行政复议|行政诉讼/g;
/** `未发生…被行政复议纠错或行政诉讼败诉` denies a result, not the appeal. */
const APPEAL_RESULT = /纠错|纠正|败诉|维持|撤销|结果/;

/** The comma phrase around `at`: a statement of none holds only within it. */
function phraseAround(r: Reading, clause: Span, at: number): Span {
  const before = r.s.slice(clause.start, at);
  const cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','));
  const rest = r.s.slice(at, clause.end).search(/[，,]/);
  return { start: cut < 0 ? clause.start : clause.start + cut + 1, end: rest < 0 ? clause.end : at + rest };
}

const hasNumber = (r: Reading, span: Span) => numbersIn(r.s, span).length > 0;

function noneFigure(r: Reading, clause: Span, kind: FigureKind, start: number, end: number): StatedFigure | null {
  if (!isReportYear(yearSaid(r.s, r.previous?.start ?? r.period.start, start), r.reportYear)) return null;
  return { kind, value: 0, start, end, sentenceStart: clause.start, sentenceEnd: clause.end, none: true };
}

function noneReceived(r: Reading, clause: Span): StatedFigure[] {
  const out: StatedFigure[] = [];
  for (const m of text(r, clause).matchAll(NONE_RECEIVED)) {
    const start = clause.start + (m.index ?? 0);
    const words = m[0];
    if (!DISCLOSURE.test(words) || NOT_REQUESTS.test(words)) continue;
    if (/自然人|法人|企业|机构|组织/.test(words.replace(ALL_APPLICANTS, ''))) continue;
    if (hasNumber(r, phraseAround(r, clause, start))) continue;
    const figure = noneFigure(r, clause, 'received', start, start + words.length);
    if (figure) out.push(figure);
  }
  return out;
}

function noneAppeals(r: Reading, clause: Span): StatedFigure[] {
  const out: StatedFigure[] = [];
  for (const m of text(r, clause).matchAll(NONE_APPEAL)) {
    const start = clause.start + (m.index ?? 0);
    const phrase = phraseAround(r, clause, start);
    const words = r.s.slice(start, phrase.end);
    if (APPEAL_RESULT.test(words) || hasNumber(r, phrase) || !aboutDisclosure(r)) continue;
    for (const w of words.matchAll(APPEAL_WORD)) {
      const kind: FigureKind = w[0] === '行政复议' ? 'adminReview' : 'litigation';
      if (out.some((f) => f.kind === kind && f.start === start)) continue;
      const figure = noneFigure(r, clause, kind, start, start + (w.index ?? 0) + w[0].length);
      if (figure) out.push(figure);
    }
  }
  return out;
}

// ---- the whole text ----

function readClause(r: Reading, clause: Span): StatedFigure[] {
  const out: StatedFigure[] = [];
  let from = clause.start;
  for (const token of numbersIn(r.s, clause)) {
    const figure = figureOf(r, clause, token, from);
    from = token.after;
    if (!figure) continue;
    out.push(figure);
    r.read.push(figure);
  }
  return [...out, ...noneReceived(r, clause), ...noneAppeals(r, clause)];
}

/**
 * The figures `text` states about the report's own tables, in text order. `reportYear` is the report's year: a
 * figure said of another year is not read (nor is any figure said of a year while the report's year is unknown).
 */
export function extractStatedFigures(text: string, reportYear: number | null): StatedFigure[] {
  const s = prepare(text);
  const out: StatedFigure[] = [];
  for (const paragraph of split(s, { start: 0, end: s.length }, LINE)) {
    let previous: Span | null = null;
    for (const period of split(s, paragraph, PERIOD)) {
      if (!OTHER_SCOPE.test(s.slice(period.start, period.end))) {
        const r: Reading = { s, reportYear, period, previous, read: [] };
        for (const clause of split(s, period, CLAUSE)) out.push(...readClause(r, clause));
      }
      previous = period;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
