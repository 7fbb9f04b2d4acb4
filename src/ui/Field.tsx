import { memo } from 'react';
import type { Report } from '../report/schema';
import { useAppState, useServices } from './context';
import { countRender } from './renderCount';

interface Props {
  id: string;
  label: string;
  read(report: Report): string;
  write(report: Report, value: string): Report;
  multiline?: boolean;
  rows?: number;
  hint?: string;
}

/** A text field bound to one place of the report; it re-renders only when that text changes. */
export const Field = memo(function Field({ id, label, read, write, multiline, rows = 8, hint }: Props) {
  countRender('Field');
  const { store } = useServices();
  const value = useAppState((s) => read(s.report));
  const onChange = (v: string) => store.update((r) => write(r, v));
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} rows={rows} value={value} aria-describedby={hintId} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} type="text" value={value} aria-describedby={hintId} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
});
