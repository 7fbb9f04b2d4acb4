// 导入已有报告: a file (.docx, .pdf, .html/.htm, .txt) or a paste → 识别 shows everything read, and what could not be,
// before 确认导入 replaces the open report; 取消 changes nothing.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { layoutDocument } from '../../document/blocks';
import { flowDocument } from '../../document/pages';
import { IMPORT_ACCEPT } from '../../import/limits';
import type { Report } from '../../report/schema';
import { useServices } from '../context';
import { DocumentPreview } from '../export/DocumentPreview';
import { FilePicker } from '../FilePicker';
import { runImport, type ImportInput, type ImportOutcome } from './runImport';

const SOURCE_NAME = { docx: 'Word文档', html: '网页', text: '文本文件', paste: '粘贴的文字', pdf: 'PDF' } as const;

export interface ImportDialogProps {
  /** A file dropped onto the page: read at once. */
  initialFile: File | null;
  onConfirm(report: Report, what: string): void;
  onClose(): void;
}

export function ImportDialog({ initialFile, onConfirm, onClose }: ImportDialogProps) {
  const { currentYear } = useServices();
  const pasteId = useId();
  const [text, setText] = useState('');
  const html = useRef<string | null>(null);
  const pasting = useRef(false);
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const recognise = async (source: ImportInput) => {
    setWorking(true);
    setOutcome(await runImport(source, currentYear));
    setWorking(false);
  };

  useEffect(() => {
    if (initialFile) void recognise({ kind: 'file', file: initialFile });
    // read once, for the file the dialog was opened with
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialFile]);

  return (
    <div className="import-dialog" role="dialog" aria-modal="true" aria-label="导入已有报告">
      <h2>导入已有报告</h2>
      <p className="hint">
        从已有的年度报告开始：Word文档（.docx，Word、WPS或本工具导出的）、PDF文件（.pdf，有文字的，非扫描件）、保存的网页（.html/.htm）或文本文件（.txt），也可以把网页、Word或PDF阅读器中复制的报告全文粘贴到下面。
        导入前会列出读到的全部内容和没能读取的地方，确认后才替换当前报告。
      </p>
      <div className="import-sources">
        <FilePicker
          accept={IMPORT_ACCEPT}
          inputLabel="选择要导入的报告文件"
          disabled={working}
          onFiles={([file]) => void recognise({ kind: 'file', file })}
        >
          选择文件
        </FilePicker>
        <div className="import-paste">
          <label htmlFor={pasteId}>粘贴报告内容</label>
          <textarea
            id={pasteId}
            value={text}
            rows={6}
            placeholder="在网页上全选（Ctrl+A）并复制（Ctrl+C）报告，在这里粘贴（Ctrl+V）"
            onPaste={(e) => {
              // a copy from a browser carries HTML: its tables are read as tables, not as flattened text
              html.current = e.clipboardData.getData('text/html') || null;
              pasting.current = true;
            }}
            onChange={(e) => {
              if (!pasting.current) html.current = null; // typed over: the text is what there is now
              pasting.current = false;
              setText(e.target.value);
            }}
          />
        </div>
        <button
          type="button"
          className="primary"
          disabled={working}
          onClick={() => void recognise({ kind: 'paste', html: html.current, text })}
        >
          识别
        </button>
      </div>
      {working && <p role="status">正在识别……</p>}
      {outcome && !outcome.ok && (
        <div className="notice notice-error">
          <p role="alert">{outcome.message}</p>
          {outcome.detail && (
            <details>
              <summary>技术信息</summary>
              <code>{outcome.detail.slice(0, 500)}</code>
            </details>
          )}
        </div>
      )}
      {outcome?.ok && <ImportPreview outcome={outcome} />}
      <div className="import-actions">
        {outcome?.ok && (
          <button type="button" className="primary" onClick={() => onConfirm(outcome.result.report, outcome.what)}>
            确认导入
          </button>
        )}
        <button type="button" onClick={onClose}>
          取消
        </button>
      </div>
    </div>
  );
}

function ImportPreview({ outcome }: { outcome: Extract<ImportOutcome, { ok: true }> }) {
  const { result } = outcome;
  const model = useMemo(() => layoutDocument(result.template, result.report), [result]);
  const pages = useMemo(() => flowDocument(model.blocks), [model]);
  const unread = result.notes.filter((n) => n.kind === 'unread');
  const other = result.notes.filter((n) => n.kind !== 'unread' && n.kind !== 'printedTotal');
  return (
    <section className="import-preview" aria-label="识别结果">
      <h3>识别结果</h3>
      <dl className="import-summary">
        <dt>机关名称</dt>
        <dd>{result.agency || '（未读出）'}</dd>
        <dt>年度</dt>
        <dd>{result.year ?? '（未读出）'}</dd>
        <dt>格式</dt>
        <dd>
          {result.edition}年版（{result.template.notice}）
        </dd>
        <dt>来源</dt>
        <dd>
          {SOURCE_NAME[result.source]}，用时{Math.round(outcome.ms)}毫秒
        </dd>
      </dl>
      <section aria-label="未能读取的内容">
        <h4>未能读取的内容（{unread.length}）</h4>
        {unread.length === 0 ? (
          <p>没有：报告的每一部分都已读到。</p>
        ) : (
          <NoteList items={unread.map((n) => n.message)} />
        )}
      </section>
      <section aria-label="导入时的说明">
        <h4>导入时的说明（{other.length}）</h4>
        {other.length === 0 ? <p>没有。</p> : <NoteList items={other.map((n) => n.message)} />}
      </section>
      <section aria-label="这份报告的检查结果">
        <h4>这份报告的检查结果（{result.findings.length}）</h4>
        {result.findings.length === 0 ? (
          <p>没有发现问题。</p>
        ) : (
          <NoteList items={result.findings.map((f) => `${f.severity === 'error' ? '错误' : '提示'}：${f.message}`)} />
        )}
      </section>
      <section aria-label="读到的报告内容">
        <h4>读到的报告内容</h4>
        <DocumentPreview model={model} pages={pages} />
      </section>
    </section>
  );
}

function NoteList({ items }: { items: string[] }) {
  return (
    <ul className="import-notes">
      {items.map((m, i) => (
        <li key={i}>{m}</li>
      ))}
    </ul>
  );
}
