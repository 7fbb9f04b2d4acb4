// 最近的批次: the batches kept in the browser, newest first; one opens in place of the one shown.
import { useState } from 'react';
import type { BatchSummary } from '../../batch/desk/db';
import type { DeskMemory } from './useDesk';

const when = (at: string) => new Date(at).toLocaleString('zh-CN', { dateStyle: 'short', timeStyle: 'short' });

export function RecentBatches({
  memory,
  disabled,
  onOpen,
}: {
  memory: DeskMemory;
  disabled: boolean;
  onOpen(id: string): void;
}) {
  const [list, setList] = useState<BatchSummary[] | null>(null);
  const toggle = async () => setList(list ? null : await memory.list());
  return (
    <div className="recent-batches">
      <button type="button" aria-expanded={list !== null} disabled={disabled} onClick={() => void toggle()}>
        最近的批次
      </button>
      {list && (
        <div className="recent-batches-list" role="region" aria-label="最近的批次">
          {list.length === 0 ? (
            <p>浏览器中还没有保存的批次。</p>
          ) : (
            <ul>
              {list.map((b) => (
                <li key={b.id}>
                  {b.name}（{b.itemCount}份，最后修改 {when(b.updatedAt)}）
                  {b.id === memory.currentId ? (
                    <span className="recent-current">（当前）</span>
                  ) : (
                    <button
                      type="button"
                      aria-label={`打开：${b.name}`}
                      onClick={() => {
                        setList(null);
                        onOpen(b.id);
                      }}
                    >
                      打开
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
