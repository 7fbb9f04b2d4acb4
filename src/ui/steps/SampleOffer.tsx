// 打开示例: on the empty first screen, a newcomer can look at a whole report (a fictional 示例镇人民政府).
// Offered only while the open report holds nothing, so it never replaces the clerk's work; once opened, the
// sample is a report like any other: 新建报告 puts it in 最近的报告 (its own entry) and starts an empty one.
import { useState } from 'react';
import { loadSampleText } from '#exporters';
import { readSample } from '../../draft/sample';
import { isEmptyReport } from '../../report/empty';
import { useAppState, useServices } from '../context';

export function SampleOffer() {
  const { store } = useServices();
  const empty = useAppState((s) => isEmptyReport(s.report));
  const [failed, setFailed] = useState<string | null>(null);
  if (!empty) return null;
  const open = async () => {
    let text: string;
    try {
      text = await loadSampleText();
    } catch {
      return setFailed('示例无法打开：示例文件没有载入。请确认整个程序文件夹都已复制（含 assets 文件夹）。');
    }
    const read = readSample(text);
    if (!read.ok) return setFailed(`示例无法打开：${read.error.message}`);
    if (!isEmptyReport(store.getState().report)) return; // typed into meanwhile: never over the clerk's work
    store.replace(read.report, 'meta', { label: '打开示例' });
  };
  return (
    <div className="sample-offer">
      <p className="hint">
        第一次使用？可以先看一份填好的示例报告（虚构的“示例镇人民政府”）。看完点“新建报告”开始填写自己的报告，示例会留在“最近的报告”中。
      </p>
      <button type="button" onClick={() => void open()}>
        打开示例
      </button>
      {failed && (
        <p className="field-error" role="alert">
          {failed}
        </p>
      )}
    </div>
  );
}
