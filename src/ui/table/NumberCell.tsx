// One number cell. An entered cell keeps what the clerk is typing locally and stores it only when it
// reads as a valid value; a derived cell shows its computed total. Each subscribes to its own value
// and its own findings, so typing re-renders this cell, the totals that changed and nothing else.
import { memo, useEffect, useRef, useState } from 'react';
import { getCellValue } from '../../report/cells';
import { formatNumber, parseNumberInput } from '../../report/number';
import type { CellDef } from '../../template/resolve';
import { useAppState, useServices } from '../context';
import { countRender } from '../renderCount';

function useCellFindings(path: string): { text: string; hasError: boolean } {
  const text = useAppState((s) => s.findingsByCell.get(path)?.map((f) => f.message).join('\n') ?? '');
  const hasError = useAppState((s) => s.findingsByCell.get(path)?.some((f) => f.severity === 'error') ?? false);
  return { text, hasError };
}

/** Open reviewers' remarks on this cell (resolved ones and replies left out). */
function useCellRemarks(path: string): number {
  return useAppState((s) => s.report.comments.filter((c) => c.target === path && !c.replyTo && !c.resolved).length);
}

function Messages({ id, input, findings, remarks }: { id: string; input: string | null; findings: string; remarks: number }) {
  if (!input && !findings && !remarks) return null;
  return (
    <span id={id} className="cell-messages">
      {remarks > 0 && <span className="cell-remark">有{remarks}条审阅批注（见本页上方“审阅批注”）</span>}
      {input && (
        <span className="cell-input-error" role="alert">
          {input}
        </span>
      )}
      {findings &&
        findings.split('\n').map((m) => (
          <span key={m} className="cell-finding">
            {m}
          </span>
        ))}
    </span>
  );
}

export const EnteredCell = memo(function EnteredCell({ cell }: { cell: CellDef }) {
  countRender('EnteredCell');
  const { store } = useServices();
  const value = useAppState((s) => getCellValue(s.report, cell.path));
  const findings = useCellFindings(cell.path);
  const remarks = useCellRemarks(cell.path);
  const [typed, setTyped] = useState<string | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  const committed = useRef(value);

  // A value that changes from outside (paste, 填0, a new report) replaces what was being typed here.
  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setTyped(null);
      setInputError(null);
    }
  }, [value]);

  const onChange = (raw: string) => {
    setTyped(raw);
    const parsed = parseNumberInput(raw, cell.kind);
    if (!parsed.ok) {
      setInputError(`“${raw.trim()}”未保存：${parsed.message}`);
      return;
    }
    setInputError(null);
    if (parsed.value !== value) {
      committed.current = parsed.value;
      store.setCells(new Map([[cell.path, parsed.value]]));
    }
  };

  const onBlur = () => {
    setTyped(null);
    if (inputError) setInputError(`${inputError}（已恢复为${value === null ? '未填写' : value}）`);
  };

  const messageId = `${cell.path}-messages`;
  const invalid = Boolean(inputError) || findings.hasError;
  const described = Boolean(inputError || findings.text || remarks);
  return (
    <div className={`cell${invalid ? ' cell-invalid' : ''}${findings.text ? ' cell-flagged' : ''}${remarks ? ' cell-commented' : ''}`}>
      <input
        id={cell.path}
        data-path={cell.path}
        className={value === null && typed === null ? 'blank' : undefined}
        type="text"
        inputMode={cell.kind === 'count' ? 'numeric' : 'decimal'}
        autoComplete="off"
        aria-label={cell.label}
        aria-invalid={invalid || undefined}
        aria-describedby={described ? messageId : undefined}
        placeholder="未填"
        title={findings.text || undefined}
        value={typed ?? formatNumber(value)}
        onChange={(e) => onChange(e.target.value)}
        onFocus={(e) => e.target.select()}
        onBlur={onBlur}
      />
      <Messages id={messageId} input={inputError} findings={findings.text} remarks={remarks} />
    </div>
  );
});

export const DerivedCell = memo(function DerivedCell({ cell }: { cell: CellDef }) {
  countRender('DerivedCell');
  const value = useAppState((s) => s.checks.derived.get(cell.path) ?? null);
  const findings = useCellFindings(cell.path);
  const remarks = useCellRemarks(cell.path);
  const messageId = `${cell.path}-messages`;
  return (
    <div className={`cell derived${findings.hasError ? ' cell-invalid' : ''}${findings.text ? ' cell-flagged' : ''}${remarks ? ' cell-commented' : ''}`}>
      <input
        id={cell.path}
        data-path={cell.path}
        type="text"
        readOnly
        tabIndex={-1}
        aria-label={cell.label}
        aria-invalid={findings.hasError || undefined}
        aria-describedby={findings.text || remarks ? messageId : undefined}
        title={findings.text || '自动计算'}
        value={formatNumber(value)}
      />
      <Messages id={messageId} input={null} findings={findings.text} remarks={remarks} />
    </div>
  );
});
