import { useId, useState } from 'react';
import { addComment } from '../../report/comments';
import { enterText, TEXT_LIMITS } from '../../report/text';
import { useServices } from '../context';
import { describedBy, TextEntryMessages } from '../TextEntryMessages';
import { useTextEntry } from '../useTextEntry';
import { useAuthor } from './useAuthor';

const newId = () => `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Writes a remark on a target (or a reply to one). The first time, it asks whose name to sign with. */
export function CommentForm({ target, replyTo, label }: { target: string; replyTo?: string; label: string }) {
  const { store } = useServices();
  const [author, setAuthor] = useAuthor();
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const nameEntry = useTextEntry(name, TEXT_LIMITS.name, (raw) => enterText(raw, TEXT_LIMITS.name), setName);
  const textEntry = useTextEntry(text, TEXT_LIMITS.comment, (raw) => enterText(raw, TEXT_LIMITS.comment), setText);
  const id = useId();
  if (!author)
    return (
      <form
        className="comment-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && !nameEntry.error) setAuthor(name.trim());
        }}
      >
        <label htmlFor={`${id}-author`}>您的署名（只问一次，如“区政务公开办 张三”）</label>
        <input
          id={`${id}-author`}
          value={nameEntry.shown}
          aria-invalid={nameEntry.error ? true : undefined}
          aria-describedby={describedBy(`${id}-author`, nameEntry)}
          onChange={(e) => nameEntry.onChange(e.target.value)}
        />
        <TextEntryMessages id={`${id}-author`} view={nameEntry} />
        <button type="submit">确定</button>
      </form>
    );
  const textId = `${id}-text`;
  return (
    <form
      className="comment-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim() || textEntry.error) return;
        const edit = addComment(store.getState().report, { target, author, text, replyTo }, new Date(), newId());
        setRefusal(edit.ok ? null : edit.message);
        if (!edit.ok) return;
        store.update(() => edit.report, { label: replyTo ? '回复批注' : '添加批注' });
        setText('');
      }}
    >
      <label htmlFor={textId}>{label}</label>
      <textarea
        id={textId}
        rows={2}
        value={textEntry.shown}
        aria-invalid={textEntry.error ? true : undefined}
        aria-describedby={describedBy(textId, textEntry)}
        onChange={(e) => textEntry.onChange(e.target.value)}
      />
      <TextEntryMessages id={textId} view={textEntry} />
      <button type="submit" disabled={!text.trim() || textEntry.error !== null}>
        {replyTo ? '回复' : '添加批注'}
      </button>
      <span className="hint">署名：{author}</span>
      {refusal && (
        <p className="field-error" role="alert">
          {refusal}
        </p>
      )}
    </form>
  );
}
