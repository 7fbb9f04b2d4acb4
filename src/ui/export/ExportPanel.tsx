// Export: clean when the report has no errors, otherwise only as a draft marked 草稿 on every page.
// Each writer is a classic script of its own, loaded on its first use (#exporters: src/export/loaders.build.ts),
// so the first screen carries none of them.
import { useEffect, useMemo, useState } from 'react';
import type { DocumentModel } from '../../document/blocks';
import { exportFileName } from '../../document/title';
import { useServices } from '../context';
import { downloadBlob } from '../download';
import { loadDocxWriter, loadFontCoverage, loadPdfFonts, loadPdfRestFont, loadPdfWriter } from '#exporters';
import {
  documentText,
  missingCharacters,
  missingCharactersMessage,
  parseCoverage,
  type HasCharacter,
} from '../../export/fontCoverage';
import { PDF_FONTS } from '../../export/pdfFontInfo';
import { WebVersion } from './WebVersion';

type Format = 'docx' | 'pdf';
type ExportState =
  | { state: 'idle' }
  | { state: 'working'; format: Format }
  | { state: 'done'; fileName: string; ms: number }
  | { state: 'failed'; message: string };

const LABEL: Record<Format, string> = { docx: 'DOCX', pdf: 'PDF' };

async function render(format: Format, model: DocumentModel, draft: boolean): Promise<Blob> {
  if (format === 'docx') {
    const { renderDocx } = await loadDocxWriter();
    return renderDocx(model, { draft });
  }
  const [{ renderPdfBytes }, fonts] = await Promise.all([loadPdfWriter(), loadPdfFonts()]);
  // the body face's rarer characters load only for a report that holds one (the writer checks its text)
  const bytes = await renderPdfBytes(model, { draft, fonts, loadRest: loadPdfRestFont });
  return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}

/** The PDF faces' characters, read once (a small script) when the clerk first reaches 检查与导出. */
function useFontCoverage(): HasCharacter | null {
  const [has, setHas] = useState<HasCharacter | null>(null);
  useEffect(() => {
    let live = true;
    loadFontCoverage()
      .then((ranges) => live && setHas(() => parseCoverage(ranges)))
      .catch(() => undefined); // without it nothing is named; the export itself still works
    return () => {
      live = false;
    };
  }, []);
  return has;
}

export function ExportPanel({ model, errorCount, pages }: { model: DocumentModel; errorCount: number; pages: number }) {
  const { store } = useServices();
  const [status, setStatus] = useState<ExportState>({ state: 'idle' });
  const draft = errorCount > 0;
  const has = useFontCoverage();
  const missing = useMemo(() => (has ? missingCharacters(documentText(model), has) : []), [has, model]);

  const exportAs = async (format: Format) => {
    setStatus({ state: 'working', format });
    const started = performance.now();
    try {
      const blob = await render(format, model, draft);
      const fileName = exportFileName(store.getState().report, format, draft);
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
          报告还有{errorCount}
          个问题（见上方“错误”和“未完成”），现在只能导出草稿：每页页眉印有“草稿”字样。改完后即可导出正式文件。
        </p>
      ) : (
        <p className="export-ready">检查通过，可以导出正式文件。预计共{pages}页（A4）。</p>
      )}
      <div className="export-buttons">
        {(['docx', 'pdf'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="primary"
            onClick={() => exportAs(format)}
            disabled={status.state === 'working'}
          >
            {draft ? `导出草稿（${LABEL[format]}）` : `导出 ${LABEL[format]}`}
          </button>
        ))}
        <button type="button" onClick={() => window.print()}>
          打印
        </button>
      </div>
      {missing.length > 0 && (
        <p className="export-missing" role="note">
          {missingCharactersMessage(missing)}
        </p>
      )}
      <WebVersion model={model} draft={draft} />
      <p className="export-status" role="status">
        {status.state === 'working' && `正在生成${LABEL[status.format]}…`}
        {status.state === 'done' && `已生成“${status.fileName}”（用时${status.ms}毫秒），请在浏览器的下载中查看。`}
      </p>
      {status.state === 'failed' && (
        <p className="export-failed" role="alert">
          导出失败：{status.message}。报告内容没有受影响，可以再试一次；如果仍然失败，请先“保存草稿”。
        </p>
      )}
      <p className="hint">
        PDF 内嵌开源字体
        {PDF_FONTS.map((f, i) => (
          <span key={f.name}>
            {i > 0 && '、'}
            {f.name}（{f.use}，
            <a href={f.licenseUrl} target="_blank" rel="noreferrer">
              {f.license}
            </a>
            ）
          </span>
        ))}
        ，只嵌入用到的字；DOCX 不嵌入字体，由 Word/WPS 使用本机的仿宋_GB2312 等字体。“打印”按预览的版式和分页打印报告。
      </p>
    </div>
  );
}
