// A table of the format, laid out from its resolved grid: the same header rows, merged cells and
// labels as the printed table. Keys and paste are handled once, on the table, by the pure grid model.
import { memo, useMemo, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { checkStatedTotals } from '../../checks';
import { parseTsv } from '../../grid/clipboard';
import { keyToCommand } from '../../grid/keys';
import { mapGrid, neighbour } from '../../grid/navigation';
import { planPaste } from '../../grid/paste';
import { carriesRowLabels } from '../../grid/labelledPaste';
import { pasteByLabel } from './pasteByLabel';
import type { LayoutCell, ResolvedTable } from '../../template/resolve';
import { LayoutRows } from './LayoutRows';
import { useServices } from '../context';
import { countRender } from '../renderCount';
import { useScrollsSideways } from '../useScrollsSideways';
import { SkipLink } from '../SkipLink';
import { CellChannelContext, useTableChannel } from './cellChannel';
import { DerivedCell, EnteredCell } from './NumberCell';
import { RestoredNotice, useNoticeChannel } from './RestoredNotice';
import { describePaste, pasteLabel, type PasteOutcome } from '../../grid/outcome';

/** Where the 跳过表格 link before a table's grid lands: the first thing after it (the table's findings). */
export const afterTableId = (table: string) => `${table}-after-table`;

interface Props {
  table: ResolvedTable;
  caption: string;
  onPasted(outcome: PasteOutcome): void;
}

export const TableGrid = memo(function TableGrid({ table, caption, onPasted }: Props) {
  countRender('TableGrid');
  const { store } = useServices();
  const grid = useMemo(() => mapGrid(table.layout), [table]);
  const cellByPath = useMemo(() => new Map(table.cells.map((c) => [c.path, c])), [table]);
  const isEntered = (path: string) => !cellByPath.get(path)?.sumOf;
  const restoredNotice = useNoticeChannel();
  const cells = useTableChannel();
  const scrollBox = useRef<HTMLDivElement>(null);
  const scrollsSideways = useScrollsSideways(scrollBox);

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const input = e.target as HTMLInputElement;
    const path = input.dataset.path;
    if (!path || e.altKey || e.ctrlKey || e.metaKey) return;
    const len = input.value.length;
    const command = keyToCommand({
      key: e.key,
      shiftKey: e.shiftKey,
      atStart: (input.selectionStart ?? 0) === 0,
      atEnd: (input.selectionEnd ?? len) === len,
      composing: e.nativeEvent.isComposing || e.keyCode === 229,
    });
    if (!command) return;
    const next = neighbour(grid, path, command.move, command.editableOnly ? isEntered : undefined);
    e.preventDefault();
    if (next) document.getElementById(next)?.focus();
  };

  const onPaste = (e: ClipboardEvent<HTMLTableElement>) => {
    const path = (e.target as HTMLInputElement).dataset.path;
    if (!path) return;
    e.preventDefault();
    const text = e.clipboardData.getData('text/plain');
    const block = parseTsv(text);
    // labels with the figures (Word, a web page, a sheet's label column): each row to the row its label names
    if (carriesRowLabels(block)) {
      void pasteByLabel(store, table.key, { html: e.clipboardData.getData('text/html'), text }).then(onPasted);
      return;
    }
    const plan = planPaste(grid, cellByPath, path, block);
    store.setCells(plan.changes, { label: pasteLabel(plan) });
    const { resolved, checks } = store.getState();
    const mismatches = checkStatedTotals(resolved, checks.derived, plan.stated);
    onPasted(describePaste(plan, mismatches));
  };

  return (
    <CellChannelContext.Provider value={cells}>
      <RestoredNotice channel={restoredNotice} />
      <SkipLink target={afterTableId(table.key)}>跳过表格</SkipLink>
      {/* named after the table; a tab stop only when it scrolls sideways (200% zoom), for the arrow keys */}
      <div
        className="table-scroll"
        ref={scrollBox}
        role="region"
        aria-label={`表格：${caption}`}
        tabIndex={scrollsSideways ? 0 : undefined}
      >
        <table className={`form-table table-${table.key}`} onKeyDown={onKeyDown} onPaste={onPaste}>
          <caption className="visually-hidden">{caption}</caption>
          <colgroup>
            {Array.from({ length: table.layout.columnCount }, (_, i) => (
              <col key={i} className={i < table.layout.labelColumns ? `label-${i + 1}` : 'value'} />
            ))}
          </colgroup>
          <LayoutRows layout={table.layout} renderCell={renderCell} />
        </table>
      </div>
    </CellChannelContext.Provider>
  );

  function renderCell(c: LayoutCell, key: number, inHead: boolean) {
    const span = { colSpan: c.colSpan > 1 ? c.colSpan : undefined, rowSpan: c.rowSpan > 1 ? c.rowSpan : undefined };
    if (c.type === 'number') {
      const cell = cellByPath.get(c.path!)!;
      return (
        <td key={key} {...span} className={cell.sumOf ? 'num derived-td' : 'num'}>
          {cell.sumOf ? <DerivedCell cell={cell} /> : <EnteredCell cell={cell} onRestored={restoredNotice.tell} />}
        </td>
      );
    }
    const scope = inHead || c.type === 'header' ? 'col' : c.type === 'caption' ? 'colgroup' : 'row';
    return (
      <th key={key} {...span} scope={scope} className={`th-${c.type}`}>
        {c.text}
      </th>
    );
  }
});
