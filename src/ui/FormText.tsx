// A react-hook-form text input with its label, hint and what the schema and the limit say under it: the
// schema's message (role=alert), the removal note and the counter of every text input (TextEntryMessages).
import type { FieldValues, Path, UseFormRegisterReturn, UseFormReturn } from 'react-hook-form';
import { removeForbidden, removedMessage, textCounter } from '../report/text';
import { describedBy, TextEntryMessages } from './TextEntryMessages';

interface Props<V extends FieldValues> {
  form: UseFormReturn<V, unknown, unknown>;
  name: Path<V>;
  id: string;
  label: string;
  limit: number;
  multiline?: boolean;
  hint?: string;
  /** The field's registration when it does more than register (MetaStep commits each change to the store). */
  registered?: UseFormRegisterReturn;
  /** What was removed, when the form stores the cleaned text at once (otherwise read from the value shown). */
  note?: string | null;
}

export function FormText<V extends FieldValues>({
  form,
  name,
  id,
  label,
  limit,
  multiline,
  hint,
  registered,
  note,
}: Props<V>) {
  const shown = String(form.watch(name) ?? '');
  const { text, removed } = removeForbidden(shown);
  const error = (form.formState.errors[name]?.message as string | undefined) ?? null;
  const messages = {
    error,
    note: note !== undefined ? note : removed > 0 ? removedMessage(removed) : null,
    counter: error ? null : textCounter(text.length, limit),
  };
  const hintId = hint ? `${id}-hint` : undefined;
  const input = {
    ...(registered ?? form.register(name)),
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, messages, hintId),
  };
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea {...input} rows={2} /> : <input {...input} type="text" />}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <TextEntryMessages id={id} view={messages} />
    </>
  );
}
