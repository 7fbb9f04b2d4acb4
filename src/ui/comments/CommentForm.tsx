// The remark and reply forms and the reviewer's name: react-hook-form over the zod schemas of
// report/formSchemas.ts, whose messages show at the field (with the counter and removal note of every text input).
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { schemaResolver } from '../schemaResolver';
import { addComment } from '../../report/comments';
import {
  authorFormSchema,
  commentFormSchema,
  type AuthorFormOutput,
  type AuthorFormValues,
  type CommentFormOutput,
  type CommentFormValues,
} from '../../report/formSchemas';
import { TEXT_LIMITS } from '../../report/text';
import { useServices } from '../context';
import { FormText } from '../FormText';
import { useAuthor } from './useAuthor';

const newId = () => `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Asked once, before the first remark: the name remarks are signed with. */
function AuthorForm({ onName }: { onName(name: string): void }) {
  const form = useForm<AuthorFormValues, unknown, AuthorFormOutput>({
    resolver: schemaResolver(authorFormSchema),
    mode: 'onChange',
    defaultValues: { author: '' },
  });
  const id = useId();
  return (
    <form className="comment-form" noValidate onSubmit={form.handleSubmit(({ author }) => onName(author))}>
      <FormText
        form={form}
        name="author"
        id={`${id}-author`}
        label="您的署名（只问一次，如“区政务公开办 张三”）"
        limit={TEXT_LIMITS.name}
      />
      <button type="submit">确定</button>
    </form>
  );
}

/** Writes a remark on a target (or a reply to one). The first time, it asks whose name to sign with. */
export function CommentForm({ target, replyTo, label }: { target: string; replyTo?: string; label: string }) {
  const { store } = useServices();
  const [author, setAuthor] = useAuthor();
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = useForm<CommentFormValues, unknown, CommentFormOutput>({
    resolver: schemaResolver(commentFormSchema),
    mode: 'onChange',
    defaultValues: { text: '' },
  });
  const id = useId();
  if (!author) return <AuthorForm onName={setAuthor} />;
  const save = form.handleSubmit(({ text }) => {
    const edit = addComment(store.getState().report, { target, author, text, replyTo }, new Date(), newId());
    setRefusal(edit.ok ? null : edit.message);
    if (!edit.ok) return;
    store.update(() => edit.report, { label: replyTo ? '回复批注' : '添加批注' });
    form.reset();
  });
  return (
    <form className="comment-form" noValidate onSubmit={save}>
      <FormText form={form} name="text" id={`${id}-text`} label={label} limit={TEXT_LIMITS.comment} multiline />
      <button type="submit" disabled={!form.formState.isValid}>
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
