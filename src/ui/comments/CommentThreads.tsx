// Remarks with their replies: each names where it points (a link there), who wrote it and when; each can
// be answered and marked resolved. Shown to the reviewer beside the document and to the clerk in each step.
import { describeTarget, remarkTime, setResolved, threads } from '../../report/comments';
import type { Comment } from '../../report/schema';
import { useAppState, useResolved, useServices } from '../context';
import { CommentForm } from './CommentForm';

function Remark({ c }: { c: Comment }) {
  return (
    <div className="remark">
      <span className="remark-author">{c.author || '（未署名）'}</span>
      <span className="remark-time">{remarkTime(c.at)}</span>
      <p>{c.text}</p>
    </div>
  );
}

interface Props {
  /** Which remarks: by the place they are shown (their target, or GENERAL_TARGET for 总体意见). */
  keep(place: string): boolean;
  /** Where a remark's target link goes (its place). */
  onShow(target: string): void;
  title: string;
}

export function CommentThreads({ keep, onShow, title }: Props) {
  const { store } = useServices();
  const { template } = useResolved();
  const comments = useAppState((s) => s.report.comments);
  // The headings that name a remark's place: not the whole report, which changes with every keystroke.
  const sections = useAppState((s) => s.report.sections);
  const list = threads(template, comments, keep);
  if (list.length === 0) return null;
  const open = list.filter((t) => !t.comment.resolved).length;
  return (
    <section className="comment-threads" aria-label={title}>
      <h3>
        {title}（{open}条待处理，共{list.length}条）
      </h3>
      <ul>
        {/* keyed by position too: a hand-edited file may repeat an id */}
        {list.map(({ comment, replies, place }, i) => (
          <li key={`${i}:${comment.id}`} className={comment.resolved ? 'thread resolved' : 'thread'}>
            <a
              href={`#${place}`}
              className="thread-target"
              onClick={(e) => {
                e.preventDefault();
                onShow(place);
              }}
            >
              {describeTarget(template, { sections }, place)}
            </a>
            {comment.resolved && <span className="badge-resolved">已解决</span>}
            <Remark c={comment} />
            {replies.map((r, j) => (
              <div key={`${j}:${r.id}`} className="reply">
                <Remark c={r} />
              </div>
            ))}
            <div className="thread-actions">
              <button
                type="button"
                onClick={() =>
                  store.update((r) => setResolved(r, comment.id, !comment.resolved), {
                    label: comment.resolved ? '重新打开批注' : '标记批注已解决',
                  })
                }
              >
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
