// The report as it will print: the same blocks as the DOCX, with the page breaks the layout expects.
import { Fragment } from 'react';
import { withRowSpans, type Block, type DocumentModel } from '../../document/blocks';
import type { Flow } from '../../document/pages';

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
}

function Pick({ target, review, children }: { target: string; review?: ReviewHooks; children?: string }) {
  if (!review) return null;
  const n = review.count(target);
  return (
    <button
      type="button"
      id={`review-${target}`}
      className={`review-pick${review.selected === target ? ' selected' : ''}${review.flagged(target) ? ' flagged' : ''}`}
      aria-pressed={review.selected === target}
      aria-label={`批注：${review.name(target)}${n ? `（已有${n}条）` : ''}${review.flagged(target) ? '（有检查问题）' : ''}`}
      onClick={() => review.select(target)}
    >
      {children ?? '批注'}
      {n > 0 && <span className="review-count">{n}</span>}
    </button>
  );
}

function BlockView({ block, review }: { block: Block; review?: ReviewHooks }) {
  switch (block.kind) {
    case 'title':
      return (
        <h1 className="doc-title">
          {block.text}
          <Pick target={block.target} review={review} />
        </h1>
      );
    case 'heading1':
      return (
        <h2 className="doc-h1">
          {block.text}
          <Pick target={block.target} review={review} />
        </h2>
      );
    case 'heading2':
      return (
        <p className="doc-p">
          <span className="doc-h2">{block.heading}</span>
          {block.text}
          <Pick target={block.target} review={review} />
        </p>
      );
    case 'paragraph':
      return <p className="doc-p">{block.text}</p>;
    case 'closing':
      return (
        <div className="doc-closing">
          {block.lines.map((l) => (
            <p key={l}>{l}</p>
          ))}
        </div>
      );
    case 'table': {
      const total = block.columnWidths.reduce((a, b) => a + b, 0);
      return (
        <table className="doc-table">
          <colgroup>
            {block.columnWidths.map((w, i) => (
              <col key={i} style={{ width: `${(w / total) * 100}%` }} />
            ))}
          </colgroup>
          <tbody>
            {withRowSpans(block).map((row, r) => (
              <tr key={r}>
                {row.map(({ cell, rowSpan }, c) => (
                  <td
                    key={c}
                    colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                    rowSpan={rowSpan > 1 ? rowSpan : undefined}
                    className={`doc-cell-${cell.kind}`}
                  >
                    {review && cell.path ? (
                      <Pick target={cell.path} review={review}>
                        {cell.text || '　'}
                      </Pick>
                    ) : (
                      cell.text
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
  }
}

export function DocumentPreview({ model, pages, review }: { model: DocumentModel; pages: Pick<Flow, 'startPage'>; review?: ReviewHooks }) {
  return (
    <div className={`doc-preview${review ? ' reviewing' : ''}`} aria-label="报告预览">
      {model.blocks.map((block, i) => (
        <Fragment key={i}>
          {i > 0 && pages.startPage[i] > pages.startPage[i - 1] && (
            <div className="doc-page-break" aria-hidden="true">
              第{pages.startPage[i]}页
            </div>
          )}
          <BlockView block={block} review={review} />
        </Fragment>
      ))}
    </div>
  );
}
