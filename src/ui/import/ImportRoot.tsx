// 导入已有报告 as a script of its own (built apart, loaded when the dialog is first opened: the first screen stays
// small). Like the batch view it reads React and the services context from core.js (build/classicScripts.ts).
import css from './import.css?inline';
import { ImportDialog, type ImportDialogProps } from './ImportDialog';

const style = document.createElement('style');
style.textContent = css;
document.head.append(style);

export function ImportRoot(dialog: ImportDialogProps) {
  return <ImportDialog {...dialog} />;
}
