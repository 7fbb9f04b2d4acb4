// 批量检查 in the page: loads the batch view's script on first use and renders it in the page's tree.
import { loadBatchView } from '#batch-loaders';
import { useLoadedScript } from '../useLoadedScript';

export function LazyBatchView({ onExit }: { onExit(): void }) {
  const view = useLoadedScript(loadBatchView);
  if (!view) return <p role="status">正在打开批量检查…</p>;
  if ('error' in view)
    return (
      <p className="notice notice-error" role="alert">
        批量检查未能打开：{view.error}
      </p>
    );
  return <view.api.BatchRoot onExit={onExit} />;
}
