// 复制网页版 / 导出网页: the report as clean HTML for the government website's CMS (src/export/html.ts, loaded on
// first use like the other exporters: the first screen does without it).
import { loadHtmlWriter } from '#exporters';
import { useState } from 'react';
import type { DocumentModel } from '../../document/blocks';
import { exportFileName } from '../../document/title';
import { useServices } from '../context';
import { downloadText } from '../download';
import { copyHtml } from './copyHtml';

type HtmlWriter = Awaited<ReturnType<typeof loadHtmlWriter>>;
const NOT_LOADED = '网页版组件未能加载（文件缺失或被拦截），请刷新页面后重试。';

export function WebVersion({ model, draft }: { model: DocumentModel; draft: boolean }) {
  const { store } = useServices();
  const [said, setSaid] = useState('');
  // Loaded as the pointer or the focus reaches a button, so that it is in hand at the click: the browser allows
  // a copy only within a moment of the click. A click before it arrives waits for it (a local file, quick).
  const [writer, setWriter] = useState<HtmlWriter | null>(null);
  const load = () => loadHtmlWriter().then((w) => (setWriter(w), w));
  const preload = () => void load().catch(() => {});
  const withWriter = (run: (w: HtmlWriter) => void) => () => {
    if (writer) return run(writer);
    load().then(run, () => setSaid(NOT_LOADED));
  };
  const copy = withWriter((w) => {
    const ok = copyHtml(w.renderHtmlFragment(model), w.renderPlainText(model));
    setSaid(
      ok
        ? '已复制网页版：在网站后台的编辑器中粘贴即可（保留标题、段落和表格的合并单元格、边框）。'
        : '浏览器不允许复制，请改用“导出网页”，再把文件上传到网站或用浏览器打开后复制。',
    );
  });
  const save = withWriter((w) => {
    const fileName = exportFileName(store.getState().report, 'html', draft);
    downloadText(fileName, w.renderHtmlPage(model), 'text/html');
    setSaid(`已生成“${fileName}”，请在浏览器的下载中查看。`);
  });
  return (
    <div className="export-buttons">
      <button type="button" onClick={copy} onPointerEnter={preload} onFocus={preload}>
        复制网页版
      </button>
      <button type="button" onClick={save} onPointerEnter={preload} onFocus={preload}>
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
