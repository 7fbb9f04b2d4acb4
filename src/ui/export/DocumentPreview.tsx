// The report as it will print: the same blocks as the DOCX, with the page breaks the layout expects.
import { Fragment } from 'react';
import { withRowSpans, type Block, type DocumentModel } from '../../document/blocks';
import type { Flow } from '../../document/pages';

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'title':
      return <h1 className="doc-title">{block.text}</h1>;
    case 'heading1':
      return <h2 className="doc-h1">{block.text}</h2>;
    case 'heading2':
      return (
        <p className="doc-p">
          <span className="doc-h2">{block.heading}</span>
          {block.text}
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
                    {cell.text}
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

export function DocumentPreview({ model, pages }: { model: DocumentModel; pages: Pick<Flow, 'startPage'> }) {
  return (
    <div className="doc-preview" aria-label="报告预览">
      {model.blocks.map((block, i) => (
        <Fragment key={i}>
          {i > 0 && pages.startPage[i] > pages.startPage[i - 1] && (
            <div className="doc-page-break" aria-hidden="true">
              第{pages.startPage[i]}页
            </div>
          )}
          <BlockView block={block} />
        </Fragment>
      ))}
    </div>
  );
}
