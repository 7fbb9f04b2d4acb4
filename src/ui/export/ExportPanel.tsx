// Export: clean when the report has no errors, otherwise only as a draft marked 草稿 on every page.
// The writer is loaded with import() on the first export, so the first screen does not carry it.
import { useState } from 'react';
import type { DocumentModel } from '../../document/blocks';
import { exportFileName } from '../../document/title';
import { useServices } from '../context';
import { downloadBlob } from '../download';

type ExportState = { state: 'idle' } | { state: 'working' } | { state: 'done'; fileName: string; ms: number } | { state: 'failed'; message: string };

export function ExportPanel({ model, errorCount, pages }: { model: DocumentModel; errorCount: number; pages: number }) {
  const { store } = useServices();
  const [status, setStatus] = useState<ExportState>({ state: 'idle' });
  const draft = errorCount > 0;

  const exportDocx = async () => {
    setStatus({ state: 'working' });
    const started = performance.now();
    try {
      const { renderDocx } = await import('../../export/docx');
      const blob = await renderDocx(model, { draft });
      const fileName = exportFileName(store.getState().report, 'docx', draft);
      downloadBlob(fileName, blob);
      setStatus({ state: 'done', fileName, ms: Math.round(performance.now() - started) });
    } catch (error) {
      // The report is untouched: exporting only reads it.
      setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="export-panel">
      {draft ? (
        <p className="export-blocked">
          报告还有{errorCount}个问题（见上方“错误”和“未完成”），现在只能导出草稿：每页页眉印有“草稿”字样。改完后即可导出正式文件。
        </p>
      ) : (
        <p className="export-ready">检查通过，可以导出正式文件。预计共{pages}页（A4）。</p>
      )}
      <button type="button" className="primary" onClick={exportDocx} disabled={status.state === 'working'}>
        {draft ? '导出草稿（DOCX）' : '导出 DOCX'}
      </button>
      <p className="export-status" role="status">
        {status.state === 'working' && '正在生成…'}
        {status.state === 'done' && `已生成“${status.fileName}”（用时${status.ms}毫秒），请在浏览器的下载中查看。`}
      </p>
      {status.state === 'failed' && (
        <p className="export-failed" role="alert">
          导出失败：{status.message}。报告内容没有受影响，可以再试一次；如果仍然失败，请先“保存草稿”。
        </p>
      )}
    </div>
  );
}
