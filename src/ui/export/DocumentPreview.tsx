// The report as it will print: A4 sheets holding every line and table row where the shared flow
// (document/pages.ts) places it — the lines the PDF draws, the page breaks the PDF and LibreOffice make,
// tables continued with their header rows and group labels. Printing (Ctrl+P) prints these sheets.
import { Fragment, type CSSProperties, type ReactNode } from 'react';
import type { Block, DocumentModel } from '../../document/blocks';
import {
  cellLines,
  columnWidthsPt,
  type Flow,
  type PlacedLine,
  type PlacedRow,
  type Placement,
} from '../../document/pages';
import { CAPTION_SHADE } from '../../document/pageSetup';
import { isCaptionRow, labelAlignment, segmentRows } from '../../document/tableLayout';

/** In review mode, every cell, table and section can be picked to comment on, and shows its marks. */
export interface ReviewHooks {
  selected: string | null;
  select(target: string): void;
  /** Remarks on a target. */
  count(target: string): number;
  /** A check finding points there. */
  flagged(target: string): boolean;
  /** A target's name, for screen readers. */
  name(target: string): string;
  /** A total the published report printed otherwise than its parts add up to: said and shown at its cell. */
  printed?(target: string): { figure: number; message: string } | undefined;
}

/** A cell's pick shows the cell's figure (`value`, blank when not filled); a block's pick shows 批注. */
function Pick({
  target,
  review,
  value,
  block,
}: {
  target: string;
  review?: ReviewHooks;
  value?: string;
  block?: boolean;
}) {
  if (!review) return null;
  const n = review.count(target);
  // a cell's name says its row, column and figure: what a screen reader reads, and the visible figure is in it (WCAG 2.5.3)
  const figure = value === undefined ? '' : `：${value || '未填'}`;
  const printed = value === undefined ? undefined : review.printed?.(target);
  return (
    <>
      <button
        type="button"
        id={`review-${target}`}
        className={`review-pick${block ? ' review-pick-block' : ''}${review.selected === target ? ' selected' : ''}${review.flagged(target) ? ' flagged' : ''}`}
        aria-pressed={review.selected === target}
        aria-label={`批注：${review.name(target)}${figure}${printed ? `（${printed.message}）` : ''}${n ? `（已有${n}条）` : ''}${review.flagged(target) ? '（有检查问题）' : ''}`}
        title={printed?.message}
        onClick={() => review.select(target)}
      >
        {value === undefined ? '批注' : value || '　'}
        {/* the report printed another total: its figure beside the one the parts give */}
        {printed && <span className="review-printed">报告中为{printed.figure}</span>}
      </button>
      {/* beside the pick, not in it: the pick's name says the count in words, and its visible text stays in its name */}
      {n > 0 && (
        <span className="review-count" aria-hidden="true">
          {n}
        </span>
      )}
    </>
  );
}

const pt = (n: number) => `${n.toFixed(2)}pt`;

/** One line as placed: its heading part in the heading's look, justified unless it ends its paragraph. */
function Line({ line }: { line: PlacedLine }) {
  const cut = line.role === 'heading2' ? line.headingChars : 0;
  const style: CSSProperties = {
    height: pt(line.height),
    lineHeight: pt(line.height),
    paddingLeft: line.indent ? `${line.indent}em` : undefined,
  };
  return (
    <span className={`doc-line${line.last || line.ragged ? '' : ' doc-justify'}`} style={style}>
      {cut > 0 && <span className="doc-h2">{line.text.slice(0, cut)}</span>}
      {line.text.slice(cut)}
    </span>
  );
}

/** The lines of one block on one page. */
function Lines({
  block,
  lines,
  first,
  review,
}: {
  block: Block;
  lines: PlacedLine[];
  first: boolean;
  review?: ReviewHooks;
}) {
  const content = lines.map((l, i) => <Line key={i} line={l} />);
  const pick =
    first && block.kind !== 'paragraph' && block.kind !== 'closing' ? (
      <Pick target={block.target} review={review} block />
    ) : null;
  switch (block.kind) {
    case 'title':
      return (
        <h1 className="doc-title" aria-label={block.text}>
          {content}
          {pick}
        </h1>
      );
    case 'heading1':
      return (
        <h2 className="doc-h1">
          {content}
          {pick}
        </h2>
      );
    case 'closing':
      return <div className="doc-closing">{content}</div>;
    default:
      return (
        <p className="doc-p">
          {content}
          {pick}
        </p>
      );
  }
}

/** The caption rows' shade (styles.css `.doc-caption`) is the DOCX's and the PDF's. */
const TABLE_STYLE = { '--caption-shade': CAPTION_SHADE } as CSSProperties;

/** The rows of one table on one page, as they print there (header rows repeated, group labels again). */
function TableSegment({ rows, review }: { rows: PlacedRow[]; review?: ReviewHooks }) {
  const table = rows[0].table;
  const widths = columnWidthsPt(table);
  return (
    <table className={`doc-table labels-${labelAlignment(table)}`} style={TABLE_STYLE}>
      <colgroup>
        {widths.map((w, i) => (
          <col key={i} style={{ width: pt(w) }} />
        ))}
      </colgroup>
      <tbody>
        {segmentRows(rows.map((r) => r.cells)).map((row, r) => {
          return (
            <tr
              key={r}
              style={{ height: pt(rows[r].height) }}
              className={isCaptionRow(table, rows[r].row) ? 'doc-caption' : undefined}
            >
              {row.map(({ cell, rowSpan, column }, c) => {
                const width = widths.slice(column, column + cell.colSpan).reduce((a, b) => a + b, 0);
                const text = cellLines(cell, width).map((l, i) => (
                  <Fragment key={i}>
                    {i > 0 && <br />}
                    {l}
                  </Fragment>
                ));
                return (
                  <td
                    key={c}
                    colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                    rowSpan={rowSpan > 1 ? rowSpan : undefined}
                    className={`doc-cell-${cell.kind}`}
                  >
                    {review && cell.path && !rows[r].repeated ? (
                      <Pick target={cell.path} review={review} value={cell.text} />
                    ) : (
                      text
                    )}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Consecutive placements of one block on one page. */
function groupsOf(placements: Placement[]): Placement[][] {
  const groups: Placement[][] = [];
  for (const p of placements) {
    const last = groups[groups.length - 1];
    if (last && last[0].block === p.block) last.push(p);
    else groups.push([p]);
  }
  return groups;
}

function Sheet({
  page,
  placements,
  model,
  startPage,
  review,
}: {
  page: number;
  placements: Placement[];
  model: DocumentModel;
  startPage: number[];
  review?: ReviewHooks;
}) {
  const seen = new Set<number>();
  const body: ReactNode[] = groupsOf(placements).map((group) => {
    const index = group[0].block;
    const block = model.blocks[index];
    // the block's review mark goes where the block starts
    const first = startPage[index] === page && !seen.has(index);
    seen.add(index);
    const top = group[0].y;
    return (
      <div key={`${index}-${top}`} className="doc-at" style={{ top: pt(top) }}>
        {group[0].kind === 'row' ? (
          <>
            {first && <Pick target={block.target} review={review} block />}
            <TableSegment rows={group as PlacedRow[]} review={review} />
          </>
        ) : (
          <Lines block={block} lines={group as PlacedLine[]} first={first} review={review} />
        )}
      </div>
    );
  });
  return (
    <section className={`doc-sheet ${page % 2 ? 'odd' : 'even'}`} aria-label={`第${page}页`}>
      <div className="doc-body">{body}</div>
      <div className="doc-page-number">— {page} —</div>
    </section>
  );
}

/** `forPrint`: the copy printing uses (PrintView.tsx), hidden on screen and unnamed, so that the page has one preview. */
export function DocumentPreview({
  model,
  pages,
  review,
  forPrint,
}: {
  model: DocumentModel;
  pages: Flow;
  review?: ReviewHooks;
  forPrint?: boolean;
}) {
  const byPage: Placement[][] = Array.from({ length: pages.pages }, () => []);
  for (const p of pages.placements) byPage[p.page - 1].push(p);
  return (
    // the A4 sheets are wider than a narrow window (200% zoom): the preview scrolls in its own box, a named tab stop
    <div
      className={forPrint ? 'doc-print' : `doc-preview${review ? ' reviewing' : ''}`}
      role={forPrint ? undefined : 'region'}
      aria-label={forPrint ? undefined : '报告预览'}
      tabIndex={forPrint ? undefined : 0}
    >
      {byPage.map((placements, i) => (
        <Sheet key={i} page={i + 1} placements={placements} model={model} startPage={pages.startPage} review={review} />
      ))}
    </div>
  );
}
