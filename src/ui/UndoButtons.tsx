// 撤销 / 重做 for the whole report, each saying what it would undo or redo. Read after paint: a keystroke's
// frame never waits for them.
import { useAfterPaint, useServices } from './context';

export function UndoButtons() {
  const { store } = useServices();
  const { undo, redo } = useAfterPaint(store.subscribe, store.getUndoState);
  return (
    <div className="header-actions">
      <button type="button" disabled={!undo} title="Ctrl+Z" onClick={() => store.undo()}>
        {undo ? `撤销：${undo}` : '撤销'}
      </button>
      <button type="button" disabled={!redo} title="Ctrl+Y" onClick={() => store.redo()}>
        {redo ? `重做：${redo}` : '重做'}
      </button>
    </div>
  );
}
