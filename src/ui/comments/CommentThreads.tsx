// Remarks with their replies: each names where it points (a link there), who wrote it and when; each can
// be answered and marked resolved. Shown to the reviewer beside the document and to the clerk in each step.
import { describeTarget, setResolved, threads } from '../../report/comments';
import type { Comment } from '../../report/schema';
import { useAppState, useServices } from '../context';
import { CommentForm } from './CommentForm';

const when = (iso: string) => (iso ? new Date(iso).toLocaleString('zh-CN', { dateStyle: 'short', timeStyle: 'short' }) : '');

function Remark({ c }: { c: Comment }) {
  return (
    <div className="remark">
      <span className="remark-author">{c.author || '（未署名）'}</span>
      <span className="remark-time">{when(c.at)}</span>
      <p>{c.text}</p>
    </div>
  );
}

interface Props {
  /** Which remarks: by their target. */
  keep(target: string): boolean;
  /** Where a remark's target link goes. */
  onShow(target: string): void;
  title: string;
}

export function CommentThreads({ keep, onShow, title }: Props) {
  const { store, template } = useServices();
  const comments = useAppState((s) => s.report.comments);
  const report = useAppState((s) => s.report);
  const list = threads(comments, keep);
  if (list.length === 0) return null;
  const open = list.filter((t) => !t.comment.resolved).length;
  return (
    <section className="comment-threads" aria-label={title}>
      <h3>
        {title}（{open}条待处理，共{list.length}条）
      </h3>
      <ul>
        {list.map(({ comment, replies }) => (
          <li key={comment.id} className={comment.resolved ? 'thread resolved' : 'thread'}>
            <a
              href={`#${comment.target}`}
              className="thread-target"
              onClick={(e) => {
                e.preventDefault();
                onShow(comment.target);
              }}
            >
              {describeTarget(template, report, comment.target)}
            </a>
            {comment.resolved && <span className="badge-resolved">已解决</span>}
            <Remark c={comment} />
            {replies.map((r) => (
              <div key={r.id} className="reply">
                <Remark c={r} />
              </div>
            ))}
            <div className="thread-actions">
              <button type="button" onClick={() => store.update((r) => setResolved(r, comment.id, !comment.resolved))}>
                {comment.resolved ? '重新打开' : '标记为已解决'}
              </button>
            </div>
            {!comment.resolved && <CommentForm target={comment.target} replyTo={comment.id} label="回复" />}
          </li>
        ))}
      </ul>
    </section>
  );
}
