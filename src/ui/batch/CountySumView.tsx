// 汇总: the county's sum of the agencies' reports of one year, shown read-only in the printed tables (the same
// header rows, merged cells and labels as the form), with how many reports were added and which were left out.
// Everything is worked out by countySum (src/batch/county.ts); this only lays it out.
import { useId, useMemo, useState } from 'react';
import type { BatchRow } from '../../batch/batch';
import { countySum, countyYears, type CountySum } from '../../batch/county';
import { formatNumber } from '../../report/number';
import { templateFor } from '../../template';
import { resolveTemplate, type LayoutCell, type ResolvedTable } from '../../template/resolve';
import { LayoutRows } from '../table/LayoutRows';
import { sectionTitle } from '../../template/steps';
import css from './county.css?inline';

// Injected as a style element, as batch.css is (BatchRoot.tsx): the batch view is a script built apart, where a
// stylesheet imported the ordinary way would be written to a file no page links.
if (typeof document !== 'undefined' && !document.getElementById('county-css')) {
  const style = document.createElement('style');
  style.id = 'county-css';
  style.textContent = css;
  document.head.append(style);
}

export function CountySumView({ rows }: { rows: readonly BatchRow[] }) {
  const years = useMemo(() => countyYears(rows), [rows]);
  const [chosen, setChosen] = useState<number | null>(null);
  // the newest year until the reviewer chooses; a chosen year no longer in the batch falls back to it
  const year = years.some((y) => y.year === chosen) ? chosen : (years[0]?.year ?? null);
  const sum = useMemo(() => (year === null ? null : countySum(rows, year)), [rows, year]);
  const selectId = useId();

  if (!sum) return <p className="county-empty">还没有读取到报告，无法汇总。</p>;
  return (
    <div className="county">
      <p className="county-year">
        <label htmlFor={selectId}>年度</label>
        <select id={selectId} value={sum.year} onChange={(e) => setChosen(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y.year} value={y.year}>
              {y.year}年（{y.reports}份报告）
            </option>
          ))}
        </select>
      </p>
      <CountyTables sum={sum} />
      <p className="county-count" role="status">
        共汇总{sum.summed.length}份报告
      </p>
      <LeftOut sum={sum} />
    </div>
  );
}

function CountyTables({ sum }: { sum: CountySum }) {
  const template = templateFor(sum.edition);
  return (
    <>
      {resolveTemplate(template).tables.map((table) => (
        <CountyTable
          key={table.key}
          table={table}
          caption={sectionTitle(template.sections.find((s) => s.key === table.key)!)}
          values={sum.values}
        />
      ))}
    </>
  );
}

function CountyTable({
  table,
  caption,
  values,
}: {
  table: ResolvedTable;
  caption: string;
  values: Map<string, number>;
}) {
  const totals = new Set(table.cells.filter((c) => c.sumOf).map((c) => c.path));
  const amounts = new Set(table.cells.filter((c) => c.kind === 'amount').map((c) => c.path));
  const renderCell = (c: LayoutCell, key: number, inHead: boolean) => {
    const span = { colSpan: c.colSpan > 1 ? c.colSpan : undefined, rowSpan: c.rowSpan > 1 ? c.rowSpan : undefined };
    if (c.type === 'number') {
      const kind = totals.has(c.path!) ? ' county-total' : amounts.has(c.path!) ? ' county-amount' : '';
      return (
        <td key={key} {...span} className={`county-num${kind}`}>
          {formatNumber(values.get(c.path!))}
        </td>
      );
    }
    // headings name their columns (a heading over several, and a block's caption, their group); labels their row
    const heading = inHead || c.type === 'header' || c.type === 'corner';
    const scope =
      c.type === 'caption' || (heading && c.colSpan > 1 && c.type !== 'corner') ? 'colgroup' : heading ? 'col' : 'row';
    return (
      <th key={key} {...span} scope={scope} className={`county-${c.type}`}>
        {c.text}
      </th>
    );
  };
  return (
    <div className="county-scroll">
      <table className={`county-table county-${table.key}`}>
        <caption>{caption}</caption>
        <LayoutRows layout={table.layout} renderCell={renderCell} />
      </table>
    </div>
  );
}

function LeftOut({ sum }: { sum: CountySum }) {
  const headingId = useId();
  if (sum.left.length === 0) return null;
  return (
    <>
      <p id={headingId} className="county-left-heading">
        未计入汇总的报告（{sum.left.length}份）：
      </p>
      <ul className="county-left" aria-labelledby={headingId}>
        {sum.left.map((r) => (
          <li key={r.id}>
            {r.agency || '未填机关'}（{r.fileName}）——{r.why}
          </li>
        ))}
      </ul>
    </>
  );
}
