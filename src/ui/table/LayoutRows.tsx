// A table's printed layout as HTML rows — its header rows, then its body rows, merges as colSpan/rowSpan — with each
// cell drawn by the caller (the form's grid, the desk's 汇总). Rows of a block caption (表二) get `block-caption`.
import type { ReactNode } from 'react';
import type { LayoutCell, TableLayout } from '../../template/resolve';

export function LayoutRows({
  layout,
  renderCell,
}: {
  layout: TableLayout;
  renderCell(cell: LayoutCell, key: number, inHead: boolean): ReactNode;
}) {
  return (
    <>
      {layout.head.length > 0 && (
        <thead>
          {layout.head.map((line, i) => (
            <tr key={i}>{line.map((c, j) => renderCell(c, j, true))}</tr>
          ))}
        </thead>
      )}
      <tbody>
        {layout.body.map((line, i) => (
          <tr key={i} className={line[0].type === 'caption' ? 'block-caption' : undefined}>
            {line.map((c, j) => renderCell(c, j, false))}
          </tr>
        ))}
      </tbody>
    </>
  );
}
