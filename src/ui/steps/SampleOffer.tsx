// 打开示例: on the empty first screen, a newcomer can look at a whole report (a fictional 示例镇人民政府).
// Offered only while the open report holds nothing (typed into while the sample loads, it is replaced like any
// report: asked first, kept in 最近的报告); once opened, the sample is a report like any other: 新建报告 puts it
// in 最近的报告 (its own entry) and starts an empty one.
import { useState } from 'react';
import { loadSampleText } from '#exporters';
import { readSample } from '../../draft/sample';
import { isEmptyReport } from '../../report/empty';
import { useAppState } from '../context';
import { useReplaceReport } from '../drafts/replaceReport';

export function SampleOffer() {
  const replace = useReplaceReport();
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
    replace({ report: read.report, step: 'meta', label: '打开示例', question: '打开示例将替换当前报告。' });
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
