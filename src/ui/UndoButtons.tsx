// 撤销 / 重做 for the whole report, each saying what it would undo or redo. Read after paint: a keystroke's
// frame never waits for them.
import { useAfterPaint, useServices } from './context';

export function UndoButtons() {
  const { store } = useServices();
  const { undo, redo } = useAfterPaint(store.subscribe, store.getUndoState);
  return (
    <div className="header-actions">
      {/* Named 撤销 / 重做 (what they do: the step is their description), so that a button named after an
          action, 添加批注 or 添加小节, is never confused with the 撤销 of that action. */}
      <button type="button" aria-label="撤销" disabled={!undo} title={`${undo ?? '没有可撤销的操作'}（Ctrl+Z）`} onClick={() => store.undo()}>
        {undo ? `撤销：${undo}` : '撤销'}
      </button>
      <button type="button" aria-label="重做" disabled={!redo} title={`${redo ?? '没有可重做的操作'}（Ctrl+Y）`} onClick={() => store.redo()}>
        {redo ? `重做：${redo}` : '重做'}
      </button>
    </div>
  );
}
