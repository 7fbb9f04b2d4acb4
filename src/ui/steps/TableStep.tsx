import { useState } from 'react';
import { getCellValue } from '../../report/cells';
import type { PasteOutcome } from '../../grid/outcome';
import { sectionTitle } from '../../template/steps';
import type { TableSection } from '../../template/types';
import { useFindings, useServices } from '../context';
import { FindingList } from '../FindingList';
import { countRender } from '../renderCount';
import { Guide } from '../Guide';
import { afterTableId, TableGrid } from '../table/TableGrid';
import { stepHeadingId } from '../navigate';

/** The findings of one table; the only part of the step that re-renders as cells change. */
function TableFindings({ step }: { step: TableSection['key'] }) {
  const findings = useFindings((f) => f.step === step);
  return <FindingList findings={findings} title="本表的问题" empty="本表没有发现问题。" id={afterTableId(step)} />;
}

export function TableStep({ section }: { section: TableSection }) {
  countRender('TableStep');
  const { store } = useServices();
  // keyed by edition (App.tsx): the report's tables are read once, when the step opens
  const table = store.getState().resolved.tables.find((t) => t.key === section.key)!;
  const [pasted, setPasted] = useState<PasteOutcome | null>(null);
  const title = sectionTitle(section);

  const fillBlanks = () => {
    const { report } = store.getState();
    const blanks = table.cells.filter((c) => !c.sumOf && getCellValue(report, c.path) === null);
    store.setCells(new Map(blanks.map((c) => [c.path, 0])), { label: `未填写的单元格填0（${blanks.length}个）` });
  };

  return (
    <section className="step step-table" aria-labelledby={`${section.key}-title`}>
      <h2 id={stepHeadingId(section.key)} tabIndex={-1}>
        {title}
      </h2>
      <Guide text={section.guide} folded />
      <div className="table-actions">
        <button type="button" onClick={fillBlanks}>
          未填写的单元格填0
        </button>
        <p className="hint">
          方向键、回车在单元格间移动；可从 Excel 或 WPS
          复制一块数字，点一下起始单元格后粘贴（Ctrl+V）。空白表示“未填写”，与 0 不同。
        </p>
      </div>
      <TableGrid table={table} caption={title} onPasted={setPasted} />
      {pasted && (
        <div className={`paste-outcome${pasted.ok ? '' : ' paste-problem'}`} role="status">
          <p>{pasted.summary}</p>
          {pasted.details.length > 0 && (
            <ul>
              {pasted.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
          <button type="button" onClick={() => setPasted(null)}>
            知道了
          </button>
        </div>
      )}
      <TableFindings step={section.key} />
    </section>
  );
}
