// The batch's one table (TanStack Table v9: rows sorted by the table, filtered before it by src/batch/filter.ts):
// a row per file, sortable on every column; a row opens to list its findings, each naming its cell.
import {
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { Fragment, memo, useMemo, useState } from 'react';
import type { BatchRow } from '../../batch/batch';
import { KEY_FIGURE_LABELS, type KeyFigures } from '../../batch/figures';
import { formatNumber } from '../../report/number';
import { REVIEW_STATES, type ReviewState } from '../../batch/desk/record';
import { StateSelect } from './StateSelect';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});
type Column = ColumnDef<typeof features, BatchRow>;

const text = (id: string, header: string, get: (r: BatchRow) => string): Column => ({
  id,
  header,
  accessorFn: get,
  sortFn: 'alphanumeric',
});
// numbers sort as numbers; a file with no figure (not read) sorts last either way
const number = (id: string, header: string, get: (r: BatchRow) => number | null): Column => ({
  id,
  header,
  accessorFn: (r) => get(r) ?? undefined,
  sortFn: 'basic',
  sortUndefined: 'last',
  cell: (info) => formatNumber(info.getValue() as number | undefined),
});

const FIGURES = Object.keys(KEY_FIGURE_LABELS) as (keyof KeyFigures)[];

/** The state of a report, set in its row: sorted in the order of the review (待审 first). */
const stateColumn = (onState: (id: string, state: ReviewState) => void): Column => ({
  id: 'state',
  header: '审阅状态',
  accessorFn: (r) => REVIEW_STATES.indexOf(r.state),
  sortFn: 'basic',
  cell: (info) => {
    const r = info.row.original;
    if (!r.item.ok) return '';
    return <StateSelect label={`审阅状态：${r.fileName}`} value={r.state} onChange={(s) => onState(r.id, s)} />;
  },
});

const columnsWith = (onState: (id: string, state: ReviewState) => void): Column[] => [
  text('fileName', '文件', (r) => r.fileName),
  text('agency', '机关', (r) => r.agency),
  number('year', '年度', (r) => r.year),
  text('edition', '版式', (r) => r.edition),
  number('errors', '错误', (r) => r.errors),
  number('warnings', '提醒', (r) => r.warnings),
  number('unread', '未能识别', (r) => r.unread),
  ...FIGURES.map((k) => number(k, KEY_FIGURE_LABELS[k], (r) => r.figures?.[k] ?? null)),
  // beside 审阅 (the last column): where the reviewer works through the list
  number('remarks', '批注', (r) => (r.item.ok ? r.remarks : null)),
  stateColumn(onState),
];

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** Rows drawn at once: a county's month of reports on one page, a city's in a few. */
const PAGE_SIZE = 200;

/** Re-renders only when its rows change (not on every progress tick). */
export const BatchTable = memo(function BatchTable({
  rows,
  onReview,
  onState,
}: {
  rows: BatchRow[];
  onReview(row: BatchRow): void;
  onState(id: string, state: ReviewState): void;
}) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const columns = useMemo(() => columnsWith(onState), [onState]);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  // numbers sort ascending on the first click too, like the text columns
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (r) => r.id,
    state: { sorting },
    onSortingChange: setSorting,
    sortDescFirst: false,
  });
  // a city's batch (1,000 reports) is shown a page at a time: the page stays light to draw while files are read
  const [page, setPage] = useState(0);
  const sorted = table.getRowModel().rows;
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = sorted.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    // a region a keyboard can scroll: at 200% zoom the table is wider than the window
    <div className="batch-table-wrap" role="region" aria-label="检查结果表（可左右滚动）" tabIndex={0}>
      <table className="batch-table" aria-label="批量检查结果">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              <th scope="col">
                <span className="visually-hidden">展开</span>
              </th>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th key={header.id} scope="col" aria-sort={sorted ? ARIA_SORT[sorted] : 'none'}>
                    <button type="button" onClick={header.column.getToggleSortingHandler()}>
                      <table.FlexRender header={header} />
                      {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                    </button>
                  </th>
                );
              })}
              <th scope="col">操作</th>
            </tr>
          ))}
        </thead>
        <tbody>
          {shown.map((row) => {
            const r = row.original;
            const expanded = open.has(r.id);
            return (
              <Fragment key={row.id}>
                <tr
                  className={r.item.ok ? (r.errors > 0 ? 'batch-row has-errors' : 'batch-row') : 'batch-row unreadable'}
                  data-file={r.fileName}
                >
                  <td>
                    {/* named by what it shows and, unseen, whose problems they are: the visible count is in the name (WCAG 2.5.3) */}
                    <button type="button" aria-expanded={expanded} onClick={() => toggle(r.id)}>
                      {expanded ? '▾' : '▸'} {r.findings.length}
                      <span className="visually-hidden">（{r.fileName} 的问题）</span>
                    </button>
                  </td>
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} className={typeof cell.getValue() === 'number' ? 'num' : undefined}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                  <td>
                    {r.item.ok ? (
                      <button type="button" onClick={() => onReview(r)}>
                        审阅
                      </button>
                    ) : (
                      <span className="batch-reason">{r.item.reason}</span>
                    )}
                  </td>
                </tr>
                {expanded && (
                  <tr className="batch-findings">
                    <td colSpan={columns.length + 2}>
                      {r.findings.length === 0 ? (
                        <p>未发现问题。</p>
                      ) : (
                        <ul aria-label={`${r.fileName} 的问题`}>
                          {r.findings.map((f, i) => (
                            <li key={i} className={`finding finding-${f.severity}`}>
                              <span className="batch-kind">{f.kind}</span> {f.message}
                              {f.place ? <span className="batch-place">（位置：{f.place}）</span> : null}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {pages > 1 && (
        <nav className="batch-pages" aria-label="分页">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            上一页
          </button>
          <span>
            第 {current + 1} / {pages} 页（每页 {PAGE_SIZE} 份）
          </span>
          <button type="button" disabled={current === pages - 1} onClick={() => setPage(current + 1)}>
            下一页
          </button>
        </nav>
      )}
    </div>
  );
});
