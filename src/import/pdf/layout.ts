// Rebuilds lines, table rows and table cells from the positioned text of a PDF (pdf.js's text items), as
// the intermediate form every reader produces (SourceDocument), so the one matcher reads PDFs too.
// Pure: no pdf.js, no DOM. Coordinates are PDF user space (origin bottom-left, y up), per page.
import type { SourceBlock, SourceCell, SourceDocument } from '../types';

export interface PdfTextItem {
  str: string;
  /** Baseline start. */
  x: number;
  y: number;
  /** Advance width of the string. */
  w: number;
  /** About the font size. */
  h: number;
}
export interface PdfPage {
  items: PdfTextItem[];
}

interface Cell {
  text: string;
  x0: number;
  x1: number;
}
export interface PdfLine {
  page: number;
  y: number;
  /** Font size of the line's smallest item: the scale of every distance below. */
  h: number;
  cells: Cell[];
}

/**
 * A figure as printed: digits with thousands separators and decimals, or a dash/slash meaning none (the
 * matcher decides what that means). `1.` is a label's number, not a figure.
 */
const NUMBER = /^(?:[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?|[-－—/／])$/;
export const isFigure = (text: string) => NUMBER.test(text.trim());
/**
 * Page numbers (`— 3 —`, `- 3 -`, `3`, `第3页`, `第 3 页 共 10 页`) and the draft mark at the edge of a page are not
 * content. One cell only: a row of figures at a page's foot (`0 3 0 0 3`) is the table's.
 */
export const PAGE_FURNITURE =
  /^(?:[—\-－–\s]*\d{1,3}[—\-－–\s]*|第\s*\d{1,3}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*[/／]\s*\d{1,3}|草稿)$/;

/** Items on one baseline (within 0.4 of a font size) make a line; a gap wider than 0.9 font size starts a new cell. */
export function groupLines(page: PdfPage, pageIndex: number): PdfLine[] {
  const items = [...page.items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  for (const item of items) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - item.y) <= 0.4 * Math.min(row[0].h, item.h)) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const h = row.reduce((m, i) => Math.min(m, i.h), Infinity);
    const cells: Cell[] = [];
    for (const item of row) {
      const last = cells[cells.length - 1];
      // text runs join; figures are cells of their own (`21 0 0`) unless they touch the text (`2024年`)
      const gap = item.x - (last?.x1 ?? 0);
      if (last && (gap <= 0.4 * h || (gap <= 0.9 * h && !isFigure(item.str) && !isFigure(last.text)))) {
        last.text += item.str;
        last.x1 = Math.max(last.x1, item.x + item.w);
      } else cells.push({ text: item.str, x0: item.x, x1: item.x + item.w });
    }
    for (const c of cells) c.text = c.text.trim();
    return { page: pageIndex, y: row[0].y, h, cells };
  });
}

const figures = (line: PdfLine) => line.cells.filter((c) => isFigure(c.text));
const isTabular = (line: PdfLine) => line.cells.length >= 2 || figures(line).length > 0;
const centre = (c: Cell) => (c.x0 + c.x1) / 2;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const lineText = (l: PdfLine) =>
  l.cells
    .map((c) => c.text)
    .join(' ')
    .trim();

/**
 * Drops page furniture at the top or bottom of each page: page numbers and the draft mark, and a running header
 * or footer (the same words at the edge of two or more pages: the agency's name, the report's title).
 */
function contentLines(pages: PdfPage[]): PdfLine[] {
  const paged = pages.map((page, i) => groupLines(page, i));
  const atEdge = (lines: PdfLine[], k: number) => k < 2 || k >= lines.length - 2;
  const edgeCount = new Map<string, number>();
  for (const lines of paged)
    for (const text of new Set(lines.filter((_, k) => atEdge(lines, k)).map(lineText)))
      edgeCount.set(text, (edgeCount.get(text) ?? 0) + 1);
  const running = (text: string) =>
    pages.length >= 2 && (edgeCount.get(text) ?? 0) >= 2 && !/^[\d\s.,，．]+$/.test(text);
  return paged.flatMap((lines) =>
    lines.filter((l, k) => !(atEdge(lines, k) && (PAGE_FURNITURE.test(lineText(l)) || running(lineText(l))))),
  );
}

/**
 * Splits the lines into runs of table lines and text. A line without figures stays in a table when it sits
 * tight between table lines (a label wrapped over several lines); a table runs on over a page break.
 */
function segments(lines: PdfLine[]): { table: boolean; lines: PdfLine[] }[] {
  const gap = (a: PdfLine, b: PdfLine) => (a.page === b.page ? a.y - b.y : 0);
  const tight = (a: PdfLine | undefined, b: PdfLine | undefined) => !!a && !!b && gap(a, b) <= 2.6 * Math.max(a.h, b.h);
  const inTable = lines.map(isTabular);
  for (let i = 0; i < lines.length; i++) {
    if (inTable[i]) continue;
    // a wrapped label: one short cell, within a tight run of lines that has table lines on both sides
    let before = i - 1;
    while (before >= 0 && !inTable[before] && tight(lines[before], lines[before + 1])) before--;
    let after = i + 1;
    while (after < lines.length && !inTable[after] && tight(lines[after - 1], lines[after])) after++;
    // same type size as the table (a heading is larger), one short cell
    const sameSize = (j: number) => j >= 0 && j < lines.length && Math.abs(lines[j].h - lines[i].h) < 0.1 * lines[i].h;
    const short =
      lines[i].cells.length === 1 && lines[i].cells[0].text.length <= 40 && sameSize(i - 1) && sameSize(i + 1);
    if (
      short &&
      before >= 0 &&
      after < lines.length &&
      inTable[before] &&
      inTable[after] &&
      tight(lines[before], lines[before + 1]) &&
      tight(lines[after - 1], lines[after])
    )
      inTable[i] = true;
  }
  const out: { table: boolean; lines: PdfLine[] }[] = [];
  lines.forEach((line, i) => {
    const last = out[out.length - 1];
    if (last && last.table === inTable[i]) last.lines.push(line);
    else out.push({ table: inTable[i], lines: [line] });
  });
  return out;
}

/** How a row label begins: `1.`, `（一）`, `一、`. */
const LABEL_START = /^(?:\d+[.、．]|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)/;
const cell = (text: string): SourceCell => ({ text, colSpan: 1, rowSpan: 1 });

/** Value columns learnt from the lines with the most figures: the median centre of each column. */
function valueColumns(lines: PdfLine[]): number[] {
  // loops, not spreads: a crafted PDF may have a page of 100,000 lines, past the arguments a call can take
  const n = lines.reduce((m, l) => Math.max(m, figures(l).length), 0);
  const full = lines.filter((l) => figures(l).length === n);
  return Array.from({ length: n }, (_, k) => median(full.map((l) => centre(figures(l)[k]))));
}
/** Where the value columns begin: half a column left of the first centre. */
const valuesStart = (centres: number[]) => centres[0] - (centres.length > 1 ? (centres[1] - centres[0]) / 2 : 30);

/**
 * The last line of a part when it is a caption of the header line that follows: one line of text alone, on
 * the header's page, a full row below the line before it (a wrapped label's next line sits closer).
 */
function captionBefore(part: PdfLine[], header: PdfLine): PdfLine | undefined {
  const [before, last] = part.slice(-2);
  const ownRow = last.page === before.page && before.y - last.y >= 1.6 * last.h;
  return figures(last).length === 0 && last.page === header.page && ownRow ? last : undefined;
}

/**
 * A run of table lines cut into the tables it holds: a line of text reaching into the value columns after
 * rows of figures (a block caption, a header repeated on a new page) starts the next table part.
 */
function tableParts(lines: PdfLine[]): PdfLine[][] {
  const centres = valueColumns(lines);
  if (centres.length === 0) return [lines];
  const start = valuesStart(centres);
  const parts: PdfLine[][] = [[]];
  let seenFigures = false;
  for (const line of lines) {
    // a long row label written from the label column may run past where the value columns are reckoned to start:
    // only text that starts there, or a line of several cells reaching there (a header), is a new part
    const reaches =
      figures(line).length === 0 && line.cells.some((c) => c.x0 > start || (line.cells.length > 1 && c.x1 > start));
    if (reaches && seenFigures) {
      // a caption row above the header (table 二's shaded `第二十条第（X）项`, written from the left) belongs
      // to the part it captions, not to the row of figures above it
      const part = parts[parts.length - 1];
      const caption = part.length > 1 ? captionBefore(part, line) : undefined;
      parts.push(caption ? [part.pop()!] : []);
      seenFigures = false;
    }
    if (figures(line).length > 0) seenFigures = true;
    parts[parts.length - 1].push(line);
  }
  return parts;
}

/**
 * Where the innermost label column begins: the rightmost start of a row label that two rows of figures share
 * (one row alone: the rightmost). Not a median: where a table continues on a new page, the merged group
 * labels repeated there and the rows labelled across (`（七）总计`, `四、…`) can outnumber the own labels.
 */
function innermostLabelX(rowLines: PdfLine[], start: number): number {
  const xs = rowLines
    .map((l) =>
      l.cells.filter((c) => !isFigure(c.text) && centre(c) < start).reduce((m, c) => Math.max(m, c.x0), -Infinity),
    )
    .filter(Number.isFinite)
    .sort((a, b) => b - a);
  if (xs.length === 0) return NaN;
  const shared = xs.find((x, i) => xs.some((y, j) => j !== i && Math.abs(x - y) <= 0.5 * rowLines[0].h));
  return shared ?? xs[0];
}

interface Fragment {
  text: string;
  x0: number;
  x1: number;
  y: number;
  page: number;
  h: number;
  line?: PdfLine;
}

/**
 * One table part from its lines. Every figure goes to the nearest value column, so a row with gaps keeps its
 * figures in place. Label text left of the values is read per label column: the innermost column is the
 * row's own label (its wrapped parts join the nearest row of figures); an outer column holds merged group
 * labels (`三、本年度办理结果` written down over many rows), rebuilt from its pieces and put on the row at
 * their middle, in a cell of its own.
 */
export function buildTable(lines: PdfLine[]): SourceCell[][] {
  const centres = valueColumns(lines);
  if (centres.length === 0) return lines.map((l) => l.cells.map((c) => cell(c.text)));
  const start = valuesStart(centres);
  const column = (f: Cell) =>
    centres.reduce((best, c, j) => (Math.abs(c - centre(f)) < Math.abs(centres[best] - centre(f)) ? j : best), 0);
  const withFigures = lines.filter((l) => figures(l).length > 0);
  // a figure too wide for its cell wraps (`1077` over `3`): a line of figures only, tight above or below a row
  // whose cell in that column is empty, is that row's figure in pieces
  const pieces = new Map<PdfLine, PdfLine[]>();
  for (const line of withFigures) {
    if (line.cells.length !== figures(line).length) continue;
    const host = withFigures.find(
      (r) =>
        r !== line &&
        r.page === line.page &&
        Math.abs(r.y - line.y) <= 1.3 * line.h &&
        figures(r).length > figures(line).length &&
        !figures(line).some((f) => figures(r).some((g) => column(g) === column(f))),
    );
    if (host) pieces.set(host, [...(pieces.get(host) ?? []), line]);
  }
  const merged = new Set([...pieces.values()].flat());
  const rowLines = withFigures.filter((l) => !merged.has(l));
  const header = lines.filter((l) => figures(l).length === 0 && l.cells.some((c) => c.x1 > start));
  const labelCells = lines.flatMap((l) =>
    header.includes(l)
      ? []
      : l.cells
          .filter((c) => !isFigure(c.text) && centre(c) < start)
          .map((c) => ({ text: c.text, x0: c.x0, x1: c.x1, y: l.y, page: l.page, h: l.h, line: l })),
  );
  const ownX = innermostLabelX(rowLines, start);
  const isOuter = (f: Fragment) => Number.isFinite(ownX) && f.x0 < ownX - f.h && f.x1 < ownX + f.h;
  const nearestRow = (f: { y: number; page: number }, keep: (l: PdfLine) => boolean = () => true) =>
    rowLines.reduce<PdfLine | null>(
      (best, l) => (l.page === f.page && keep(l) && (!best || Math.abs(l.y - f.y) < Math.abs(best.y - f.y)) ? l : best),
      null,
    );
  const own = new Map<PdfLine, Fragment[]>(rowLines.map((l) => [l, []]));
  const outer = new Map<PdfLine, string[]>(rowLines.map((l) => [l, []]));
  const outerFragments: Fragment[] = [];
  // A row label wrapped over lines (set up to two font sizes apart, as WPS does): a numbered line (`1.`, `（一）`) starts it, the lines after it continue
  // it; the figures sit on one of its lines or between two. Each label goes to the row of figures nearest
  // its middle, if that row is close; what is near no row is header text (the corner cell's words).
  const figureLine = new Set(rowLines);
  const groups: { parts: Fragment[]; onRow: boolean }[] = [];
  for (const f of labelCells.filter((x) => !isOuter(x)).sort((x, y) => x.page - y.page || y.y - x.y || x.x0 - y.x0)) {
    const group = groups[groups.length - 1];
    const last = group?.parts[group.parts.length - 1];
    const onRow = figureLine.has(f.line);
    const continues =
      last && last.page === f.page && last.y - f.y <= 2.2 * f.h && !LABEL_START.test(f.text) && !(onRow && group.onRow);
    if (continues) {
      group.parts.push(f);
      group.onRow ||= onRow;
    } else groups.push({ parts: [f], onRow });
  }
  for (const { parts } of groups) {
    const top = parts[0].y;
    const bottom = parts[parts.length - 1].y;
    const row = nearestRow({ y: (top + bottom) / 2, page: parts[0].page });
    if (row && row.y <= top + 1.3 * parts[0].h && row.y >= bottom - 1.3 * parts[0].h)
      for (const f of parts) own.get(row)!.push(f);
    else for (const f of parts) header.push(f.line!);
  }
  for (const f of labelCells) if (isOuter(f)) outerFragments.push(f);
  // pieces of one merged label: same column, consecutive lines
  const runs: Fragment[][] = [];
  for (const f of outerFragments.sort((a, b) => a.page - b.page || b.y - a.y)) {
    const run = runs.find((r) => {
      const last = r[r.length - 1];
      return last.page === f.page && Math.abs(last.x0 - f.x0) < f.h && last.y - f.y <= 2.6 * f.h;
    });
    if (run) run.push(f);
    else runs.push([f]);
  }
  for (const run of runs) {
    const row = nearestRow({ y: (run[0].y + run[run.length - 1].y) / 2, page: run[0].page });
    if (row) outer.get(row)!.push(run.map((f) => f.text).join(''));
  }

  const rows = rowLines.map((line) => {
    const values: string[] = centres.map(() => '');
    const parts = [line, ...(pieces.get(line) ?? [])].sort((a, b) => b.y - a.y);
    for (const part of parts)
      for (const f of figures(part)) {
        const k = column(f);
        values[k] = values[k] ? `${values[k]}${part === line ? ' ' : ''}${f.text}` : f.text;
      }
    const label = own
      .get(line)!
      .sort((a, b) => b.y - a.y || a.x0 - b.x0)
      .map((f) => f.text)
      .join('');
    const groups = outer.get(line)!;
    // a label written from the outer column across the row (`（七）总计`, `一、…`) is the row's own
    if (!label && groups.length > 0)
      return [...groups.slice(0, -1).map(cell), cell(groups[groups.length - 1]), ...values.map(cell)];
    return [...groups.map(cell), cell(label), ...values.map(cell)];
  });
  // header lines in reading order (a caption found above may have been added after the header)
  const headerLines = [...new Set(header)].sort((a, b) => a.page - b.page || b.y - a.y);
  return [...headerLines.map((l) => l.cells.map((c) => cell(c.text))), ...rows];
}

/** The PDF's text as the readers' common form: paragraphs for text, tables for runs of table lines. */
export function pdfToSource(pages: PdfPage[]): SourceDocument {
  const blocks: SourceBlock[] = [];
  for (const seg of segments(contentLines(pages))) {
    if (seg.table) for (const part of tableParts(seg.lines)) blocks.push({ kind: 'table', rows: buildTable(part) });
    else
      for (const line of seg.lines) blocks.push({ kind: 'paragraph', text: line.cells.map((c) => c.text).join(' ') });
  }
  return { source: 'pdf', blocks };
}
