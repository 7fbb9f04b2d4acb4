import type { Finding } from '../checks';
import { useServices } from './context';
import { goTo } from './navigate';
import { countRender } from './renderCount';

/** Findings as links: each goes to its cell or field. `id` names the heading, where a 跳过表格 link lands. */
export function FindingList({
  findings,
  title,
  empty,
  id,
}: {
  findings: Finding[];
  title: string;
  empty: string;
  id?: string;
}) {
  countRender('FindingList');
  const { store } = useServices();
  return (
    <div className="findings" aria-live="polite">
      <h3 id={id} tabIndex={id ? -1 : undefined}>
        {title}
      </h3>
      {findings.length === 0 ? (
        <p className="findings-none">{empty}</p>
      ) : (
        <ul>
          {findings.map((f) => (
            <li key={f.id} className={`finding finding-${f.incomplete ? 'incomplete' : f.severity}`}>
              <span className="finding-kind">
                {f.severity === 'warning' ? '提醒' : f.incomplete ? '未完成' : '错误'}
              </span>
              <a
                href={`#${f.target}`}
                onClick={(e) => {
                  e.preventDefault();
                  goTo(store, f.target);
                }}
              >
                {f.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
