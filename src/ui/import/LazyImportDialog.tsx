// 导入已有报告 in the page: loads the dialog's script on first use and renders it in the page's tree.
import { loadImportView } from '#importer';
import { useLoadedScript } from '../useLoadedScript';
import type { ImportDialogProps } from './ImportDialog';

export function LazyImportDialog(props: ImportDialogProps) {
  const view = useLoadedScript(loadImportView);
  if (view && 'api' in view) return <view.api.ImportRoot {...props} />;
  return (
    <div className="import-dialog" role="dialog" aria-modal="true" aria-label="导入已有报告">
      {view ? (
        <p className="notice notice-error" role="alert">
          导入功能未能加载，请刷新页面后再试。
        </p>
      ) : (
        <p role="status">正在打开导入……</p>
      )}
      <button type="button" onClick={props.onClose}>
        取消
      </button>
    </div>
  );
}
