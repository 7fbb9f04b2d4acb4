// What a text input shows and says while the clerk types: the stored text, or a refused one kept visible
// with the reason; a note when characters were removed; a counter near the limit. The rules are in
// report/text.ts; this hook only holds the refused text until the clerk shortens it.
import { useState } from 'react';
import { textCounter, type TextEntry } from '../report/text';

/** The refusal (role=alert), the removal note (role=status) and the counter, each when there is one. */
export interface TextMessages {
  error: string | null;
  note: string | null;
  counter: string | null;
}

export interface TextEntryView extends TextMessages {
  /** What the input shows. */
  shown: string;
  onChange(raw: string): void;
}

/** `enter` judges a typed value (report/text.ts `enterText`, or a field's `enterField`); `store` keeps it. */
export function useTextEntry(
  stored: string,
  limit: number,
  enter: (raw: string) => TextEntry,
  store: (text: string) => void,
): TextEntryView {
  // `over`: the stored text the refusal was shown over; when the report changes under it (a draft opened,
  // a recent report restored), the refusal no longer applies and the stored text shows again
  const [refusal, setRefused] = useState<{ text: string; message: string; over: string } | null>(null);
  const refused = refusal?.over === stored ? refusal : null;
  const [note, setNote] = useState<string | null>(null);
  const onChange = (raw: string) => {
    const entry = enter(raw);
    if (!entry.ok) {
      setRefused({ text: raw, message: entry.message, over: stored });
      return;
    }
    setRefused(null);
    setNote(entry.note);
    store(entry.text);
  };
  const shown = refused?.text ?? stored;
  return {
    shown,
    onChange,
    error: refused?.message ?? null,
    note,
    counter: refused ? null : textCounter(shown.length, limit),
  };
}
