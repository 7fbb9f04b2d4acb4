import { memo } from 'react';
import { CARRIED_MARK, isLastYearText } from '../checks/crossYear';
import { enterField, type TextField } from '../report/textFields';
import { useAppState, useServices } from './context';
import { countRender } from './renderCount';
import { describedBy, TextEntryMessages } from './TextEntryMessages';
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
  const carried = useAppState((s) => Boolean(multiline) && isLastYearText(s.report, field.read(s.report)));
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
    'aria-describedby': describedBy(id, view, [carried && `${id}-carried`, hintId].filter(Boolean).join(' ') || undefined),
    'aria-invalid': view.error ? true : undefined,
    onPaste: onPaste && ((e: React.ClipboardEvent) => onPaste(e.clipboardData.getData('text/plain'))),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {carried && (
        <p id={`${id}-carried`} className="field-carried">
          {CARRIED_MARK}
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
    </div>
  );
});
