import { useId, useState } from 'react';
import { addComment } from '../../report/comments';
import { useServices } from '../context';
import { useAuthor } from './useAuthor';

const newId = () => `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Writes a remark on a target (or a reply to one). The first time, it asks whose name to sign with. */
export function CommentForm({ target, replyTo, label }: { target: string; replyTo?: string; label: string }) {
  const { store } = useServices();
  const [author, setAuthor] = useAuthor();
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const id = useId();
  if (!author)
    return (
      <form
        className="comment-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) setAuthor(name.trim());
        }}
      >
        <label htmlFor={`${id}-author`}>您的署名（只问一次，如“区政务公开办 张三”）</label>
        <input id={`${id}-author`} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit">确定</button>
      </form>
    );
  return (
    <form
      className="comment-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        store.update((r) => addComment(r, { target, author, text, replyTo }, new Date(), newId()));
        setText('');
      }}
    >
      <label htmlFor={`${id}-text`}>{label}</label>
      <textarea id={`${id}-text`} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit" disabled={!text.trim()}>
        {replyTo ? '回复' : '添加批注'}
      </button>
      <span className="hint">署名：{author}</span>
    </form>
  );
}
