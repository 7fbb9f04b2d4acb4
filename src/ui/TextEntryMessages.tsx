import type { TextMessages } from './useTextEntry';

/** The counter, the removal note and the refusal of a text input, under it (its aria-describedby target). */
export function TextEntryMessages({ id, view }: { id: string; view: TextMessages }) {
  return (
    <>
      {view.counter && (
        <p id={`${id}-count`} className="field-counter">
          {view.counter}
        </p>
      )}
      <p id={`${id}-note`} className="field-note" role="status">
        {view.note}
      </p>
      {view.error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {view.error}
        </p>
      )}
    </>
  );
}

/** The ids of the messages a text input is described by (with its hint, if any). */
export const describedBy = (id: string, view: TextMessages, hintId?: string) =>
  [hintId, view.counter && `${id}-count`, view.note && `${id}-note`, view.error && `${id}-error`]
    .filter(Boolean)
    .join(' ') || undefined;
