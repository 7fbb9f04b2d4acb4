// One number cell. An entered cell keeps what the clerk is typing locally and stores it only when it
// reads as a valid value (the rules are the pure `grid/typing.ts`); a derived cell shows its computed total.
// Each wakes only when the store says its cell changed, so typing re-renders this cell, the totals that
// changed and nothing else.
import { memo, useContext, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { judgeLeaving, judgeTyping } from '../../grid/typing';
import { getCellValue } from '../../report/cells';
import { formatNumber } from '../../report/number';
import type { AppState } from '../../state/store';
import type { CellDef } from '../../template/resolve';
import { useServices } from '../context';
import { CellChannelContext, useCellChanges } from './cellChannel';
import { countRender } from '../renderCount';

/** What a cell shows besides its figure: its findings, and its open reviewers' remarks (resolved ones and replies left out). */
function cellMarks(state: AppState, path: string) {
  const findings = state.findingsByCell.get(path);
  return {
    findingsText: findings?.map((f) => f.message).join('\n') ?? '',
    hasError: findings?.some((f) => f.severity === 'error') ?? false,
    remarks: state.remarks.get(path) ?? 0,
  };
}

/** What the store holds for this cell, read when the store says the cell changed (see cellChannel.ts). */
function useCellView(path: string) {
  const version = useCellChanges(path);
  const { store } = useServices();
  const state = store.getState();
  /** `version` changes each time the store says this cell changed. */
  return { state, version, ...cellMarks(state, path) };
}

interface MessagesProps {
  id: string;
  /** Why what is being typed is not stored: announced at once. */
  input?: string | null;
  /** Why what was typed gave way to the earlier value: kept as the cell's description and title, shown under it only while it has the focus. */
  restored?: string | null;
  findings: string;
  remarks: number;
}

function Messages({ id, input, restored, findings, remarks }: MessagesProps) {
  if (!input && !restored && !findings && !remarks) return null;
  return (
    <span id={id} className="cell-messages">
      {remarks > 0 && <span className="cell-remark">有{remarks}条审阅批注（见本页上方“审阅批注”）</span>}
      {input && (
        <span className="cell-input-error" role="alert">
          {input}
        </span>
      )}
      {restored && <span className="cell-restored-message">{restored}</span>}
      {findings &&
        findings.split('\n').map((m) => (
          <span key={m} className="cell-finding">
            {m}
          </span>
        ))}
    </span>
  );
}

/** Counts visits to cells, so that each visit's keystrokes are one undo step and the next visit another. */
let visits = 0;

const preventSubmit = (e: FormEvent) => e.preventDefault();

interface EnteredCellProps {
  cell: CellDef;
  /** Told when text the clerk typed was refused on leaving and the earlier value restored (must be stable). */
  onRestored(message: string): void;
}

export const EnteredCell = memo(function EnteredCell({ cell, onRestored }: EnteredCellProps) {
  countRender('EnteredCell');
  const { store } = useServices();
  const view = useCellView(cell.path);
  const value = getCellValue(view.state.report, cell.path);
  const findings = { text: view.findingsText, hasError: view.hasError };
  const remarks = view.remarks;
  // The input is uncontrolled: the browser keeps what is typed, so a keystroke re-renders this cell only
  // when what it shows besides the text changes (a refusal appears or goes). `typed` is the text typed
  // since the cell was entered, null when it shows the stored value.
  const input = useRef<HTMLInputElement>(null);
  const typed = useRef<string | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  const committed = useRef(value);
  /** The value when the clerk entered the cell: what a refused text gives way to. */
  const before = useRef(value);
  /** The undo step of this visit to the cell: its keystrokes make one step (see state/history.ts). */
  const edit = useRef({ label: '', merge: '' });
  // Given once: a changing defaultValue would write the input's attribute on every stored keystroke.
  const [initialText] = useState(() => formatNumber(value));
  // 未填 is the input's background picture while it is blank (styles.css says why), not its placeholder: the
  // browser restyles an input's placeholder on every keystroke. The class is set straight on the input, like
  // the text typed: a React render of the cell for it cost the first digit of every cell a render and a commit.
  // React sets the class once; a later render gives it the same prop, so React leaves what markBlank set.
  const [startsBlank] = useState(initialText === '');
  const markBlank = (text: string) => input.current?.classList.toggle('cell-empty', text === '');

  const show = (text: string) => {
    if (input.current && input.current.value !== text) input.current.value = text;
    markBlank(text);
  };

  // A value that changes from outside (paste, 填0, a new report) replaces what was being typed here.
  // Checked at every change the store tells, not only when `value` differs from the last render's: this
  // cell's own keystrokes do not render it, so that value may be older than what it stored since.
  useLayoutEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      before.current = value;
      typed.current = null;
      const text = formatNumber(value);
      if (input.current) input.current.value = text;
      markBlank(text);
      setInputError(null);
      setRestored(null);
    }
  }, [value, view.version]);

  // This cell is not drawn again for its own keystrokes (see setCells): what it last stored is
  // `committed`, not the `value` of its last render.
  const storeValue = (next: typeof value, typing: boolean) => {
    if (next === committed.current) return;
    committed.current = next;
    store.setCells(new Map([[cell.path, next]]), edit.current, typing ? cell.path : undefined);
  };

  const onChange = (raw: string) => {
    typed.current = raw;
    markBlank(raw);
    // each setter only when its state changes: even a same-value update can cost this cell a render
    if (restored !== null) setRestored(null);
    const step = judgeTyping(raw, cell.kind);
    const refusal = step.kind === 'refused' ? step.message : null;
    if (refusal !== inputError) setInputError(refusal);
    if (step.kind === 'store') storeValue(step.value, true);
  };

  const onBlur = () => {
    const restore = judgeLeaving(typed.current, cell.kind, before.current);
    typed.current = null;
    setInputError(null);
    // what is kept is shown as stored (`1,000` → `1000`), or the earlier value comes back
    show(formatNumber(restore ? restore.value : committed.current));
    if (!restore) return;
    storeValue(restore.value, false);
    setRestored(restore.message);
    onRestored(restore.message);
  };

  const messageId = `${cell.path}-messages`;
  const invalid = Boolean(inputError) || findings.hasError;
  const described = Boolean(inputError || restored || findings.text || remarks);
  const classes = [
    'cell',
    invalid && 'cell-invalid',
    findings.text && 'cell-flagged',
    remarks && 'cell-commented',
    restored && 'cell-restored',
  ];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      {/* Each entered cell is a form of its own, never submitted: on every keystroke Chrome's autofill re-reads
          the form of the field typed in, and a field in no form belongs to the page's one unowned form — all the
          table's inputs, with their labels inferred from the table: 85 ms a digit at 4× slowdown over http,
          against 5 ms for a form of one field (bench trace, FormSubmissionTracker::FormControlDidChange). */}
      <form className="cell-form" onSubmit={preventSubmit}>
        <input
          ref={input}
          id={cell.path}
          className={startsBlank ? 'cell-empty' : undefined}
          data-path={cell.path}
          type="text"
          inputMode={cell.kind === 'count' ? 'numeric' : 'decimal'}
          autoComplete="off"
          aria-label={cell.label}
          aria-invalid={invalid || undefined}
          aria-describedby={described ? messageId : undefined}
          title={restored ?? (findings.text || undefined)}
          defaultValue={initialText}
          onChange={(e) => onChange(e.target.value)}
          onFocus={(e) => {
            before.current = committed.current;
            edit.current = { label: `修改“${cell.label}”`, merge: `${cell.path}#${++visits}` };
            e.target.select();
          }}
          onBlur={onBlur}
          // A paste fills from this cell (the table handles it): what was being typed here is dropped, not judged later.
          onPaste={() => {
            typed.current = null;
            show(formatNumber(committed.current));
            setInputError(null);
          }}
        />
      </form>
      <Messages id={messageId} input={inputError} restored={restored} findings={findings.text} remarks={remarks} />
    </div>
  );
});

/** A total's figure, and its marks: React draws the marks; the figure itself is written straight to the input. */
function derivedLook(state: AppState, path: string) {
  return { text: formatNumber(state.checks.derived.get(path) ?? null), ...cellMarks(state, path) };
}

export const DerivedCell = memo(function DerivedCell({ cell }: { cell: CellDef }) {
  countRender('DerivedCell');
  const { store } = useServices();
  const channel = useContext(CellChannelContext);
  const input = useRef<HTMLInputElement>(null);
  const [look, setLook] = useState(() => derivedLook(store.getState(), cell.path));
  // A keystroke changes a total's figure, seldom its findings or remarks: the figure is written to the input
  // when the store says this cell changed (no render, no commit); anything else it shows is drawn again.
  useLayoutEffect(() => {
    const sync = () => {
      const next = derivedLook(store.getState(), cell.path);
      if (input.current && input.current.value !== next.text) input.current.value = next.text;
      setLook((shown) =>
        shown.findingsText === next.findingsText && shown.hasError === next.hasError && shown.remarks === next.remarks
          ? shown
          : next,
      );
    };
    sync();
    return channel?.subscribe(cell.path, sync);
  }, [store, channel, cell.path]);
  const { findingsText: findings, hasError, remarks } = look;
  const messageId = `${cell.path}-messages`;
  return (
    <div
      className={`cell derived${hasError ? ' cell-invalid' : ''}${findings ? ' cell-flagged' : ''}${remarks ? ' cell-commented' : ''}`}
    >
      <input
        ref={input}
        id={cell.path}
        data-path={cell.path}
        type="text"
        readOnly
        tabIndex={-1}
        aria-label={cell.label}
        aria-invalid={hasError || undefined}
        aria-describedby={findings || remarks ? messageId : undefined}
        title={findings || '自动计算'}
        defaultValue={look.text}
      />
      <Messages id={messageId} findings={findings} remarks={remarks} />
    </div>
  );
});
