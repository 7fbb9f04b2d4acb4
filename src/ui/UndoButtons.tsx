// 撤销 / 重做 for the whole report, each saying what it would undo or redo. Read after paint: a keystroke's
// frame never waits for them.
import { useAfterPaint, useServices } from './context';

export function UndoButtons() {
  const { store } = useServices();
  const { undo, redo } = useAfterPaint(store.subscribe, store.getUndoState);
  return (
    <div className="header-actions">
      {/* Named by what they show (WCAG 2.5.3: 撤销：修改“机关名称”), the step they would undo or redo included. */}
      <button
        type="button"
        disabled={!undo}
        title={`${undo ?? '没有可撤销的操作'}（Ctrl+Z）`}
        onClick={() => store.undo()}
      >
        {undo ? `撤销：${undo}` : '撤销'}
      </button>
      <button
        type="button"
        disabled={!redo}
        title={`${redo ?? '没有可重做的操作'}（Ctrl+Y）`}
        onClick={() => store.redo()}
      >
        {redo ? `重做：${redo}` : '重做'}
      </button>
    </div>
  );
}
