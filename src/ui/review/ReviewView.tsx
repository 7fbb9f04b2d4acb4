// 审阅模式: the whole report read-only, laid out as it prints, every check finding marked in place and
// listed, and a remark attachable to any cell, table or section. Remarks travel in the draft file.
import { useMemo, useState } from 'react';
import { describeTarget, threads } from '../../report/comments';
import { CommentForm } from '../comments/CommentForm';
import { CommentThreads } from '../comments/CommentThreads';
import { useAppState, useResolved } from '../context';
import { useDocument } from '../export/useDocument';
import { DocumentPreview, type ReviewHooks } from '../export/DocumentPreview';
import { SkipLink } from '../SkipLink';
import type { Finding } from '../../checks';

/** A finding as 审阅模式 lists it: the app's own checks, or the desk's list for a report read from a published file. */
export interface ReviewFinding {
  key: string;
  severity: 'error' | 'warning';
  incomplete?: boolean;
  message: string;
  target?: string;
  /** The figure the report printed at `target`, a total its parts do not add up to. */
  printed?: number;
}

const ownFinding = (f: Finding): ReviewFinding => ({
  key: f.id,
  severity: f.severity,
  incomplete: f.incomplete,
  message: f.message,
  target: f.target,
});

/** `deskFindings`: opened from 批量检查, the desk's findings of this report (printed totals and across-batch ones included). */
export function ReviewView({ onExit, deskFindings }: { onExit(): void; deskFindings?: readonly ReviewFinding[] }) {
  const { template } = useResolved();
  const report = useAppState((s) => s.report);
  const ownFindings = useAppState((s) => s.checks.findings);
  const findingsByCell = useAppState((s) => s.findingsByCell);
  const findings = useMemo(() => deskFindings ?? ownFindings.map(ownFinding), [deskFindings, ownFindings]);
  const flaggedTargets = useMemo(() => new Set(findings.map((f) => f.target)), [findings]);
  const printed = useMemo(() => {
    const map = new Map<string, { figure: number; message: string }>();
    for (const f of findings)
      if (f.target && f.printed !== undefined) map.set(f.target, { figure: f.printed, message: f.message });
    return map;
  }, [findings]);
  const { model, pages } = useDocument(report);
  const [selected, setSelected] = useState<string | null>(null);
  const remarksByPlace = useMemo(() => {
    const counts = new Map<string, number>();
    for (const t of threads(template, report.comments)) counts.set(t.place, (counts.get(t.place) ?? 0) + 1);
    return counts;
  }, [template, report.comments]);

  const show = (target: string) => {
    setSelected(target);
    requestAnimationFrame(() => {
      const el = document.getElementById(`review-${target}`);
      el?.scrollIntoView({ block: 'center' });
      el?.focus();
    });
  };
  const review: ReviewHooks = {
    selected,
    select: setSelected,
    count: (t) => remarksByPlace.get(t) ?? 0,
    flagged: (t) => (!deskFindings && findingsByCell.has(t)) || flaggedTargets.has(t),
    name: (t) => describeTarget(template, report, t),
    printed: (t) => printed.get(t),
  };

  return (
    <div className="review">
      <div className="review-bar">
        <strong>审阅模式</strong>
        ：报告只读，按打印版式排列。点“批注”或任一数字单元格，即可在右侧写批注；改完请“保存草稿”发回。
        <button type="button" onClick={onExit}>
          返回填写
        </button>
      </div>
      <div className="review-layout">
        {/* the preview holds a button per cell (about 200): a keyboard goes past them to the remarks and findings */}
        <SkipLink target="review-side">跳过报告预览</SkipLink>
        <DocumentPreview model={model} pages={pages} review={review} />
        <aside className="review-side" id="review-side" tabIndex={-1} aria-label="批注与检查结果">
          {selected ? (
            <div className="review-new" role="region" aria-label="新批注">
              <h3>批注：{describeTarget(template, report, selected)}</h3>
              <CommentForm key={selected} target={selected} label="批注内容" />
            </div>
          ) : (
            <p className="hint">先在左侧选一个单元格、表格或章节。</p>
          )}
          <CommentThreads keep={() => true} onShow={show} title="全部批注" />
          <section aria-label="检查发现的问题" className="review-findings">
            <h3>检查发现的问题（{findings.length}）</h3>
            <ul>
              {findings.map((f) => (
                <li key={f.key} className={`finding finding-${f.incomplete ? 'incomplete' : f.severity}`}>
                  {f.target ? (
                    <a
                      href={`#review-${f.target}`}
                      onClick={(e) => {
                        e.preventDefault();
                        show(f.target!);
                      }}
                    >
                      {f.message}
                    </a>
                  ) : (
                    f.message
                  )}
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </div>
  );
}
