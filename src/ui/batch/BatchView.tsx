// 批量检查: a view of its own for a county reviewer. Choose or drop many files (folders too), see one table
// of every report with its findings and review state, filter and sort it, open one in 审阅模式, sum the county
// (汇总), send the remarks back (导出批注草稿), export the checks as .xlsx. The desk remembers it all (useBatch).
import { loadXlsxWriter } from '#batch-loaders';
import { strToU8, zipSync } from 'fflate';
import { useMemo, useState } from 'react';
import type { BatchRow } from '../../batch/batch';
import { REVIEW_STATES, type ReviewState } from '../../batch/desk/record';
import { filterRows, stateCounts } from '../../batch/filter';
import { ACCEPTED } from '../../batch/read';
import { remarkDrafts } from '../../batch/remarkDrafts';
import { FINDING_KINDS, type FindingKind } from '../../batch/types';
import { checkSheets } from '../../batch/workbook';
import { ErrorBoundary } from '../ErrorBoundary';
import { FilePicker } from '../FilePicker';
import { downloadBlob } from '../download';
import { BatchReview } from './BatchReview';
import { BatchTable } from './BatchTable';
import { CountySumView } from './CountySumView';
import { queuedFile, useDropAnywhere } from './dropFiles';
import { RecentBatches } from './RecentBatches';
import { StateSelect } from './StateSelect';
import { useBatch } from './useBatch';

// The boundaries sit below useBatch: what was read stays in this view's state when the table or a review fails to show.
const TABLE_FAILED = '批量检查的表格显示时出错，已读取的文件没有丢失。可以导出检查结果，或点“重试”再显示表格。';
const REVIEW_FAILED = '这份报告的审阅显示时出错，已读取的文件没有丢失。请返回批量检查继续。';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function BatchView({ onExit }: { onExit(): void }) {
  const batch = useBatch();
  const { rows, progress, add, update, setState, busy } = batch;
  const [text, setText] = useState('');
  const [kind, setKind] = useState<FindingKind | ''>('');
  const [state, setStateFilter] = useState<ReviewState | ''>('');
  const [summing, setSumming] = useState(false);
  const [reviewingId, setReviewingId] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [told, setTold] = useState<string | null>(null);
  const shown = useMemo(() => filterRows(rows, { text, kind, state }), [rows, text, kind, state]);
  const counts = useMemo(() => stateCounts(rows), [rows]);
  const reviewing = rows.find((r) => r.id === reviewingId) ?? null;
  useDropAnywhere(add);

  const exportChecks = async () => {
    setExportError(null);
    try {
      const writer = await loadXlsxWriter();
      const bytes = await writer.writeXlsx(checkSheets(rows));
      downloadBlob(`批量检查结果（${rows.length}份）.xlsx`, new Blob([bytes as BlobPart], { type: XLSX }));
    } catch (e) {
      setExportError(`导出失败：${(e as Error).message}`);
    }
  };
  const exportRemarks = () => {
    const drafts = remarkDrafts(rows, new Date());
    if (drafts.length === 0) {
      setTold('还没有写批注的报告：在“审阅”中写批注后，再导出批注草稿。');
      return;
    }
    const zip = zipSync(Object.fromEntries(drafts.map((d) => [d.name, strToU8(d.text)])));
    downloadBlob(`审阅意见草稿（${drafts.length}份）.zip`, new Blob([zip as BlobPart], { type: 'application/zip' }));
    setTold(`已导出${drafts.length}份报告的批注草稿（一个 .zip），每份可在年报助手中用“打开草稿”打开。`);
  };
  const startNew = () => {
    if (rows.length > 0 && !window.confirm('开始新的一批？当前这一批的结果会保留在“最近的批次”中。')) return;
    batch.startNew();
    setTold(null);
  };

  if (reviewing?.item.ok)
    return (
      <ErrorBoundary
        place="batch-review"
        message={REVIEW_FAILED}
        leave={{ label: '返回批量检查', onClick: () => setReviewingId(null) }}
      >
        <BatchReview
          key={reviewing.id}
          report={reviewing.item.report}
          fileName={reviewing.fileName}
          findings={reviewing.findings}
          state={reviewing.state}
          onState={(s) => setState(reviewing.id, s)}
          onChange={(report) => update(reviewing.id, report)}
          onClose={() => setReviewingId(null)}
        />
      </ErrorBoundary>
    );

  return (
    <div className="batch">
      <div className="batch-bar">
        <h2>批量检查</h2>
        <FilePicker
          className="primary"
          multiple
          accept={ACCEPTED}
          inputLabel="选择要检查的文件"
          onFiles={(files) => add(files.map((f) => queuedFile(f)))}
        >
          选择文件
        </FilePicker>
        <button type="button" disabled={rows.length === 0 || busy} onClick={() => void exportChecks()}>
          导出检查结果
        </button>
        <button type="button" disabled={rows.length === 0 || busy} onClick={exportRemarks}>
          导出批注草稿
        </button>
        <button type="button" aria-pressed={summing} disabled={rows.length === 0} onClick={() => setSumming((v) => !v)}>
          汇总
        </button>
        <button type="button" disabled={busy} onClick={startNew}>
          新的一批
        </button>
        <RecentBatches memory={batch.memory} disabled={busy} onOpen={(id) => void batch.open(id)} />
        <button type="button" onClick={onExit}>
          返回填写
        </button>
      </div>
      {batch.memory.notice && (
        <p className="notice notice-error" role="alert">
          {batch.memory.notice}
        </p>
      )}
      {batch.setAside.length > 0 && (
        <p className="notice notice-error" role="alert">
          浏览器中保存的{batch.setAside.length}条记录已损坏，没有显示（已另存，未删除）：
          {batch.setAside.map((s) => `${s.fileName ?? s.key}（${s.why}）`).join('；')}
        </p>
      )}
      {told && (
        <p className="notice" role="status">
          {told}
        </p>
      )}
      <p className="batch-drop">
        把各单位的报告拖到本页任意位置（可多选，也可拖入整个文件夹）：草稿 .nianbao.json、.docx、.pdf、网页 .html、文本
        .txt。 打开的报告不受影响；读取的结果、批注和审阅状态保存在本浏览器中，下次打开仍在。PDF
        须有文字层（扫描件无法识别），需 Chromium 78 或更新的浏览器内核。
      </p>
      {batch.restoring && <p role="status">正在打开上次的批次…</p>}
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
      <p className="batch-states" aria-label="审阅状态统计">
        {REVIEW_STATES.map((s) => `${s} ${counts[s]}`).join(' · ')}
      </p>
      {summing ? (
        <ErrorBoundary place="batch-county" message={TABLE_FAILED}>
          <CountySumView rows={rows} />
        </ErrorBoundary>
      ) : (
        <>
          <div className="batch-filter">
            <label>
              筛选
              <input
                type="search"
                value={text}
                onChange={(e) => setText(e.target.value)}
                placeholder="机关、年度、问题内容"
              />
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
            <label>
              审阅状态
              <StateSelect<ReviewState | ''> value={state} onChange={setStateFilter} any />
            </label>
            <span className="batch-count" role="status">
              显示 {shown.length} / {rows.length} 份
            </span>
          </div>
          <ErrorBoundary place="batch-table" message={TABLE_FAILED}>
            <BatchTable rows={shown} onReview={(r: BatchRow) => setReviewingId(r.id)} onState={setState} />
          </ErrorBoundary>
        </>
      )}
    </div>
  );
}
