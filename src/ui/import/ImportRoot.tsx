// 导入已有报告 as a script of its own (built apart, loaded when the dialog is first opened: the first screen stays
// small). Like the batch view it takes the page's React (src/ui/shareReact.ts) and the page's services as a prop.
import css from './import.css?inline';
import { ServicesContext, type AppServices } from '../context';
import { ImportDialog, type ImportDialogProps } from './ImportDialog';

const style = document.createElement('style');
style.textContent = css;
document.head.append(style);

export function ImportRoot({ services, ...dialog }: ImportDialogProps & { services: AppServices }) {
  return (
    <ServicesContext.Provider value={services}>
      <ImportDialog {...dialog} />
    </ServicesContext.Provider>
  );
}
