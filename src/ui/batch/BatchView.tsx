// 批量检查: a view of its own for a county reviewer. Choose or drop many files (folders too), see one table
// of every report with its findings, filter and sort it, open one in 审阅模式, export the checks as .xlsx.
import { loadXlsxWriter } from '#batch-loaders';
import { useMemo, useState } from 'react';
import type { BatchRow } from '../../batch/batch';
import { filterRows } from '../../batch/filter';
import { ACCEPTED } from '../../batch/read';
import { findingSheet, reportSheet } from '../../batch/sheet';
import { ErrorBoundary } from '../ErrorBoundary';
import { FilePicker } from '../FilePicker';
import { FINDING_KINDS, type FindingKind } from '../../batch/types';
import { downloadBlob } from '../download';
import { BatchReview } from './BatchReview';
import { BatchTable } from './BatchTable';
import { queuedFile, useDropAnywhere } from './dropFiles';
import { useBatch } from './useBatch';

// The boundaries sit below useBatch: what was read stays in this view's state when the table or a review fails to show.
const TABLE_FAILED = '批量检查的表格显示时出错，已读取的文件没有丢失。可以导出检查结果，或点“重试”再显示表格。';
const REVIEW_FAILED = '这份报告的审阅显示时出错，已读取的文件没有丢失。请返回批量检查继续。';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function BatchView({ onExit }: { onExit(): void }) {
  const { rows, progress, add, update, busy } = useBatch();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<FindingKind | ''>('');
  const [reviewing, setReviewing] = useState<BatchRow | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const shown = useMemo(() => filterRows(rows, { text, kind }), [rows, text, kind]);

  useDropAnywhere(add);
  const exportChecks = async () => {
    setExportError(null);
    try {
      const writer = await loadXlsxWriter();
      const bytes = await writer.writeXlsx([reportSheet(rows), findingSheet(rows)]);
      downloadBlob(`批量检查结果（${rows.length}份）.xlsx`, new Blob([bytes as BlobPart], { type: XLSX }));
    } catch (e) {
      setExportError(`导出失败：${(e as Error).message}`);
    }
  };

  if (reviewing?.item.ok)
    return (
      <ErrorBoundary place="batch-review" message={REVIEW_FAILED} leave={{ label: '返回批量检查', onClick: () => setReviewing(null) }}>
        <BatchReview
          report={reviewing.item.report}
          fileName={reviewing.fileName}
          findings={reviewing.findings}
          onClose={(report) => {
            update(reviewing.id, report);
            setReviewing(null);
          }}
        />
      </ErrorBoundary>
    );

  return (
    <div className="batch">
      <div className="batch-bar">
        <h2>批量检查</h2>
        <FilePicker className="primary" multiple accept={ACCEPTED} inputLabel="选择要检查的文件" onFiles={(files) => add(files.map((f) => queuedFile(f)))}>
          选择文件
        </FilePicker>
        <button type="button" disabled={rows.length === 0 || busy} onClick={() => void exportChecks()}>
          导出检查结果
        </button>
        <button type="button" onClick={onExit}>
          返回填写
        </button>
      </div>
      <p className="batch-drop">
        把各单位的报告拖到这里（可多选，也可拖入整个文件夹）：草稿 .nianbao.json、.docx、.pdf、网页 .html、文本 .txt。
        打开的报告不受影响。PDF 须有文字层（扫描件无法识别），需 Chromium 78 或更新的浏览器内核。
      </p>
      {progress.total > 0 && (
        <p className="batch-progress" role="status">
          {busy ? `已检查 ${progress.done}/${progress.total}` : `已检查 ${progress.done}/${progress.total}，全部完成`}
          <progress max={progress.total} value={progress.done} />
        </p>
      )}
      {exportError && (
        <p className="notice notice-error" role="alert">
          {exportError}
        </p>
      )}
      <div className="batch-filter">
        <label>
          筛选
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="机关、年度、问题内容" />
        </label>
        <label>
          问题类别
          <select value={kind} onChange={(e) => setKind(e.target.value as FindingKind | '')}>
            <option value="">全部</option>
            {FINDING_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <span className="batch-count" role="status">
          显示 {shown.length} / {rows.length} 份
        </span>
      </div>
      <ErrorBoundary place="batch-table" message={TABLE_FAILED}>
        <BatchTable rows={shown} onReview={setReviewing} />
      </ErrorBoundary>
    </div>
  );
}
