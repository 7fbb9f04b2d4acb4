import { memo } from 'react';
import { CARRIED_MESSAGE } from '../checks/crossYear';
import { carriedState, keepLastYearText } from '../report/lastYearText';
import { enterField, type TextField } from '../report/textFields';
import { useAppState, useServices } from './context';
import { countRender } from './renderCount';
import { describedBy, TextEntryMessages } from './TextEntryMessages';
import { findingsIdOf, TextFindings } from './TextFindings';
import { useTextEntry } from './useTextEntry';

interface Props {
  field: TextField;
  label: string;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  /** The text pasted into the box (SectionEditor offers to split a pasted section). */
  onPaste?(text: string): void;
}

/**
 * A text field bound to one place of the report; it re-renders only when that text changes. It stores only
 * what the draft reader accepts: a text past its limit is refused (kept visible, with the reason), and
 * characters a document cannot hold are removed, saying so.
 */
export const Field = memo(function Field({ field, label, multiline, rows = 8, hint, onPaste }: Props) {
  countRender('Field');
  const { store } = useServices();
  const stored = useAppState((s) => field.read(s.report));
  // a section's text copied from last year's report and not edited since (以上年报告为基础新建)
  const carried = useAppState((s) => (multiline ? carriedState(s.report, field.read(s.report)) : 'own'));
  const view = useTextEntry(
    stored,
    field.limit,
    (raw) => enterField(store.getState().report, field, raw),
    (text) => store.update((r) => field.write(r, text), { label: `修改“${label}”`, merge: field.id }),
  );
  const { id } = field;
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    value: view.shown,
    'aria-describedby': describedBy(
      id,
      view,
      [carried !== 'own' && `${id}-carried`, multiline && findingsIdOf(id), hintId].filter(Boolean).join(' ') ||
        undefined,
    ),
    'aria-invalid': view.error ? true : undefined,
    onPaste: onPaste && ((e: React.ClipboardEvent) => onPaste(e.clipboardData.getData('text/plain'))),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {carried === 'carried' && (
        <p id={`${id}-carried`} className="field-carried">
          {CARRIED_MESSAGE}：请改写为本年度的内容，或确认不需修改{' '}
          <button
            type="button"
            onClick={() =>
              store.update((r) => keepLastYearText(r, field.read(r)), { label: `沿用上年内容：“${label}”` })
            }
          >
            沿用上年内容
          </button>
        </p>
      )}
      {carried === 'kept' && (
        <p id={`${id}-carried`} className="field-kept">
          已确认沿用上年内容（改动文字后须重新确认）
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => view.onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => view.onChange(e.target.value)} />
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <TextEntryMessages id={id} view={view} />
      {multiline && <TextFindings fieldId={id} />}
    </div>
  );
});
