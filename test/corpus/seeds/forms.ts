// The text forms of the seed corpus, each written from the app's own layout of the report (DocumentModel: the
// title, headings, paragraphs and tables with their merges, totals computed from the parts) the way that form
// prints a report: pipe tables, tab-separated rows, a crawler's run-together text, OCR blocks, typos, the 2019
// layout of 表三. Pure and deterministic (a seeded generator where a form is irregular).
import type { Block, DocTable, DocumentModel } from '../../../src/document/blocks';
import { random, type Random } from '../../random';

/** Every row across the whole grid: a spanned cell's text in its first column, '' in the columns it covers. */
export function fullGrid(t: DocTable): string[][] {
  return t.rows.map((row) =>
    row.flatMap((c) => [c.vMerge === 'continue' ? '' : c.text, ...Array<string>(c.colSpan - 1).fill('')]),
  );
}

/** Each row as its printed labels (merged labels only on the row that opens them) and its figures. */
export function labelsAndFigures(t: DocTable): { labels: string[]; figures: string[] }[] {
  return t.rows.map((row) => ({
    labels: row.filter((c) => c.kind !== 'number' && c.vMerge !== 'continue' && c.text).map((c) => c.text),
    figures: row.filter((c) => c.kind === 'number').map((c) => c.text),
  }));
}

interface Writer {
  title(text: string): string[];
  heading1(text: string): string[];
  paragraph(text: string): string[];
  table(t: DocTable, index: number): string[];
  /** Between blocks. */
  gap: string;
}

function write(model: DocumentModel, w: Writer): string {
  const out: string[] = [];
  let tableIndex = 0;
  for (const b of model.blocks as Block[]) {
    if (b.kind === 'title') out.push(w.title(b.text).join('\n'));
    else if (b.kind === 'heading1') out.push(w.heading1(b.text).join('\n'));
    else if (b.kind === 'heading2') out.push(w.paragraph(b.heading + b.text).join('\n'));
    else if (b.kind === 'paragraph') out.push(w.paragraph(b.text).join('\n'));
    else if (b.kind === 'closing') out.push(b.lines.flatMap((l) => w.paragraph(l)).join('\n'));
    else out.push(w.table(b, tableIndex++).join('\n'));
  }
  return out.join(w.gap) + '\n';
}

const pipe = (cells: string[]) => `| ${cells.join(' | ')} |`;
/** A pipe table: its first row is the markdown header. */
function pipeTable(rows: string[][]): string[] {
  const [head, ...body] = rows;
  return [pipe(head), pipe(head.map(() => '---')), ...body.map(pipe)];
}

/** Markdown: `#` title, `##` section headings, paragraphs, each table one pipe table (its other header rows as body rows). */
export function markdown(model: DocumentModel): string {
  return write(model, {
    title: (t) => [`# ${t}`],
    heading1: (t) => [`## ${t}`],
    paragraph: (t) => [t],
    table: (t) => pipeTable(fullGrid(t)),
    gap: '\n\n',
  });
}

/** Tab-separated text: a line a paragraph, each table row its grid cells joined by tabs (as copied from a spreadsheet). */
export function tsv(model: DocumentModel): string {
  return write(model, {
    title: (t) => [t],
    heading1: (t) => [t],
    paragraph: (t) => [t],
    table: (t) => fullGrid(t).map((r) => r.join('\t')),
    gap: '\n',
  });
}

/** Cells run together, a stray space between two of them now and then (about one gap in six). */
function runTogether(cells: string[], rng: Random): string {
  return cells.reduce((s, c, i) => (i === 0 ? c : s + (rng.next() < 0.17 ? ' ' : '') + c), '');
}

/**
 * A crawler's page text: every table row's labels and figures run together without separators
 * (`一、本年新收政府信息公开申请数量230 000023`), the rows of a table on lines of their own, run into one line,
 * or some of each, by table and seed.
 */
export function pageText(model: DocumentModel, seedIndex: number): string {
  const rng = random(1000 + seedIndex);
  return write(model, {
    title: (t) => [t],
    heading1: (t) => [t],
    paragraph: (t) => [t],
    table: (t, index) => {
      const rows = labelsAndFigures(t)
        .map((r) => runTogether([...r.labels, ...r.figures], rng))
        .filter(Boolean);
      const mode = (['lines', 'one', 'mixed'] as const)[(seedIndex + index) % 3];
      if (mode === 'lines') return rows;
      if (mode === 'one') return [rows.join('')];
      const lines = [rows[0]];
      for (const r of rows.slice(1))
        if (rng.next() < 0.5) lines.push(r);
        else lines[lines.length - 1] += r;
      return lines;
    },
    gap: '\n',
  });
}

type OcrHeader = 'repeated' | 'missing' | 'data';

/**
 * OCR output as markdown: 表三 cut into one table per group of rows (一/二, 三（一）…（七）, 四), as a page-by-page
 * OCR tool gives it; each block's header repeated, missing (its first row taken for the header), or replaced by
 * `数据1 … 数据7`, in turn by seed. On odd seeds a merged label is repeated on every row it covers.
 */
export function ocr(model: DocumentModel, seedIndex: number): string {
  const treatments: OcrHeader[] = ['repeated', 'data', 'missing'];
  return write(model, {
    title: (t) => [`# ${t}`],
    heading1: (t) => [`## ${t}`],
    paragraph: (t) => [t],
    table: (t) => {
      if (t.key !== 'requests') return pipeTable(fullGrid(t));
      const grid = fullGrid(t);
      if (seedIndex % 2 === 1) {
        // a merged label copied into every row it covers
        t.rows.forEach((row, r) => {
          let col = 0;
          for (const c of row) {
            if (c.vMerge === 'continue') grid[r][col] = grid[r - 1][col];
            col += c.colSpan;
          }
        });
      }
      const head = grid.slice(0, t.headerRows);
      const body = grid.slice(t.headerRows);
      const results = body.findIndex((r) => r[0].startsWith('三、'));
      const carried = body.findIndex((r) => r[0].startsWith('四、'));
      const blocks = [body.slice(0, results), body.slice(results, carried), body.slice(carried)];
      const labelColumns = grid[0].length - 7;
      const out: string[] = [];
      blocks.forEach((rows, i) => {
        const treatment = treatments[(seedIndex + i) % 3];
        if (i > 0) out.push('', `- ${i + 2} -`, '');
        if (treatment === 'repeated') out.push(...pipeTable([...head, ...rows]));
        else if (treatment === 'data')
          out.push(
            ...pipeTable([
              ['项目', ...Array<string>(labelColumns - 1).fill(''), ...[1, 2, 3, 4, 5, 6, 7].map((n) => `数据${n}`)],
              ...rows,
            ]),
          );
        else out.push(...pipeTable(rows));
      });
      return out;
    },
    gap: '\n\n',
  });
}

/** Labels as some reports print them: typos, characters missing or doubled, other numbering, other punctuation. */
const TYPO_LABELS: Record<string, string> = {
  '一、本年新收政府信息公开申请数量': '一、本年新收政府信息公开申请数',
  '（一）予以公开': '(一)予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）': '（二）部分公开(区分处理的,只计这一情形，不计其它情形)',
  '1.属于国家秘密': '1、属于国家秘秘密',
  '2.其他法律行政法规禁止公开': '(2)其他法律行政止公开',
  '3.危及“三安全一稳定”': '③危及"三安全一稳定"',
  '5.属于三类内部事务信息': '5．属于三类内部事物信息',
  '6.属于四类过程性信息': '6.属于四类过程信息',
  '8.属于行政查询事项': '8.属于行政查询事',
  '（四）无法提供': '(四)无法提供',
  '1.本机关不掌握相关政府信息': '①本机关不掌握相关政府信息',
  '2.没有现成信息需要另行制作': '②没有现成信息需另行制作',
  '3.补正后申请内容仍不明确': '③补正后申请内容仍不明确',
  '1.信访举报投诉类申请': '1、信访举报投诉类申请',
  '2.重复申请': '2、重复申请',
  '3.要求提供公开出版物': '3、要求提供公开出版物',
  '4.无正当理由大量反复申请': '4、无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息': '5、要求行政机关确认或重新出具已获取的信息',
  '（六）其他处理': '(六)其他处理',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请':
    '(1)申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请':
    '(2)申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请',
  '3.其他': '(3)其它',
  '（七）总计': '(七)总计',
  '四、结转下年度继续办理': '四、结转下年度继续力理',
  // 2019 wording in a 2021 report
  行政规范性文件: '规范性文件',
  '本年收费金额（单位：万元）': '本年收费金额(单位:万元)',
};
/** Section headings in the wording of 2019 and of many reports (`行政机关…`, `因政府信息公开工作被申请…`). */
const TYPO_HEADINGS: Record<string, string> = {
  '二、主动公开政府信息情况': '二、行政机关主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况': '三、行政机关收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况': '四、因政府信息公开工作被申请行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况': '五、政府信息公开工作存在的主要问题及改进情况',
};

/**
 * Typos: labels mistyped or in other numbering (TYPO_LABELS), headings in other wording, each row a line of its
 * printed labels and figures separated by spaces, a merged group label (`（三）不予公开`) only on its first row.
 */
export function typos(model: DocumentModel): string {
  return write(model, {
    title: (t) => [t],
    heading1: (t) => [TYPO_HEADINGS[t] ?? t],
    paragraph: (t) => [t],
    table: (t) => labelsAndFigures(t).map((r) => [...r.labels.map((l) => TYPO_LABELS[l] ?? l), ...r.figures].join(' ')),
    gap: '\n\n',
  });
}

/** The paths of 2021's （六）其他处理 rows, the first two folded into the third by layout2019. */
export const OTHER_HANDLING_ROWS = ['otherHandling.noCorrection', 'otherHandling.unpaidFee', 'otherHandling.other'];

/**
 * A 2021-edition report whose 表三 uses the 2019 layout: （六）其他处理 one row, each figure the sum of the 2021
 * edition's three sub-rows (its 总计 too). Each row a line of its labels and figures, tab-separated.
 */
export function layout2019(model: DocumentModel): string {
  return write(model, {
    title: (t) => [t],
    heading1: (t) => [t],
    paragraph: (t) => [t],
    table: (t) => {
      const rows = labelsAndFigures(t);
      if (t.key !== 'requests') return rows.map((r) => [...r.labels, ...r.figures].join('\t'));
      const rowPath = (r: number) =>
        t.rows[r].find((c) => c.kind === 'number')?.path?.replace(/^tables\.requests\.|\.[^.]+$/g, '');
      const folded = t.rows.map((_, r) => r).filter((r) => OTHER_HANDLING_ROWS.includes(rowPath(r) ?? ''));
      if (folded.length !== 3) throw new Error('layout2019: no （六）其他处理 rows');
      const sum = rows[folded[0]].figures.map((_, j) =>
        String(folded.reduce((s, r) => s + Number(rows[r].figures[j]), 0)),
      );
      return rows.flatMap((r, i) => {
        if (i === folded[0]) return [['（六）其他处理', ...sum].join('\t')];
        if (folded.includes(i)) return [];
        return [[...r.labels, ...r.figures].join('\t')];
      });
    },
    gap: '\n',
  });
}
