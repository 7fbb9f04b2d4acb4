import { useAfterPaint, useServices } from './context';

// One formatter, made on first use: toLocaleTimeString builds a new one per call (~1 ms), on every save.
let clock: Intl.DateTimeFormat | undefined;
const time = (d: Date) =>
  (clock ??= new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit' })).format(d);

/** Whether the clerk's work is safe in the browser — and what to do when it is not. */
interface Props {
  onSaveDraft(): void;
  /** Two tabs: take the other tab's version (this one goes to 最近的报告). */
  onLoadLatest(): void;
  /** Two tabs: keep this tab's version (the other one goes to 最近的报告). */
  onKeepMine(): void;
}

export function SaveStatus({ onSaveDraft, onLoadLatest, onKeepMine }: Props) {
  const { autosave } = useServices();
  // after paint: the first keystroke after a save turns 已保存 into 正在保存, and must not wait for that
  const status = useAfterPaint(autosave.subscribe, autosave.getStatus);
  if (status.state === 'conflict')
    return (
      <div className="save-status save-failed" role="alert">
        <strong>已停止自动保存：</strong>
        这份报告刚在另一个标签页（或窗口）中修改并保存。为免互相覆盖，本页暂不保存。请选择保留哪个版本，另一个版本会存入“最近的报告”：
        <button type="button" onClick={onLoadLatest}>
          载入最新内容
        </button>
        （另一标签页的版本）或
        <button type="button" onClick={onKeepMine}>
          保留本页的版本
        </button>
        ，也可以先
        <button type="button" onClick={onSaveDraft}>
          保存草稿
        </button>
        （把本页的内容存为文件）
      </div>
    );
  if (status.state === 'invalid')
    return (
      <div className="save-status save-failed" role="alert">
        <strong>未自动保存：</strong>
        {status.message}。浏览器中保留的是上一次能读取的内容。请修改这一处，或点
        <button type="button" onClick={onSaveDraft}>
          保存草稿
        </button>
        把报告存为文件。
      </div>
    );
  if (status.state === 'failed')
    return (
      <div className="save-status save-failed" role="alert">
        <strong>保存失败：</strong>
        {status.message}。刚才的修改还在本页面中，但关闭页面就会丢失。请点
        <button type="button" onClick={onSaveDraft}>
          保存草稿
        </button>
        把报告存为文件。
      </div>
    );
  const text =
    status.state === 'saving'
      ? '保存中…'
      : status.state === 'saved'
        ? `已自动保存（${time(status.at)}）`
        : '修改会自动保存在本浏览器中';
  return (
    <div className="save-status" role="status" data-state={status.state}>
      {text}
    </div>
  );
}
