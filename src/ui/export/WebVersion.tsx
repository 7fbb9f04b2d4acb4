// 复制网页版 / 导出网页: the report as clean HTML for the government website's CMS (src/export/html.ts).
import { useState } from 'react';
import type { DocumentModel } from '../../document/blocks';
import { exportFileName } from '../../document/title';
import { renderHtmlFragment, renderHtmlPage, renderPlainText } from '../../export/html';
import { useServices } from '../context';
import { downloadText } from '../download';
import { copyHtml } from './copyHtml';

export function WebVersion({ model, draft }: { model: DocumentModel; draft: boolean }) {
  const { store } = useServices();
  const [said, setSaid] = useState('');
  const copy = () => {
    const ok = copyHtml(renderHtmlFragment(model), renderPlainText(model));
    setSaid(
      ok
        ? '已复制网页版：在网站后台的编辑器中粘贴即可（保留标题、段落和表格的合并单元格、边框）。'
        : '浏览器不允许复制，请改用“导出网页”，再把文件上传到网站或用浏览器打开后复制。',
    );
  };
  const save = () => {
    const fileName = exportFileName(store.getState().report, 'html', draft);
    downloadText(fileName, renderHtmlPage(model), 'text/html');
    setSaid(`已生成“${fileName}”，请在浏览器的下载中查看。`);
  };
  return (
    <div className="export-buttons">
      <button type="button" onClick={copy}>
        复制网页版
      </button>
      <button type="button" onClick={save}>
        导出网页
      </button>
      {said && (
        <p className="hint" role="status">
          {said}
        </p>
      )}
    </div>
  );
}
