import { useAppState } from '../context';
import { useDocument } from '../export/useDocument';
import { DocumentPreview } from '../export/DocumentPreview';
import { ExportPanel } from '../export/ExportPanel';
import { FindingList } from '../FindingList';
import { PrintView } from '../export/PrintView';
import { stepHeadingId } from '../navigate';

export function CheckStep() {
  const findings = useAppState((s) => s.checks.findings);
  const report = useAppState((s) => s.report);
  const { model, pages } = useDocument(report);
  const errors = findings.filter((f) => f.severity === 'error' && !f.incomplete);
  const incomplete = findings.filter((f) => f.incomplete);
  const warnings = findings.filter((f) => f.severity === 'warning');
  return (
    <section className="step" aria-labelledby="check-title">
      <h2 id={stepHeadingId('check')} tabIndex={-1}>
        检查与导出
      </h2>
      <p className="check-summary" role="status">
        {findings.length === 0
          ? '全部检查通过：表格数据勾稽关系正确，各部分均已填写。'
          : `共有${errors.length}个错误、${incomplete.length}处未完成、${warnings.length}条提醒。点击一条可转到相应位置。`}
      </p>
      <FindingList findings={errors} title="错误（数据不符）" empty="没有数据错误。" />
      <FindingList findings={incomplete} title="未完成" empty="各部分均已填写。" />
      <FindingList findings={warnings} title="提醒（不影响导出，请核对）" empty="没有提醒。" />
      <h3>导出</h3>
      <ExportPanel model={model} errorCount={errors.length + incomplete.length} pages={pages.pages} />
      <h3 id="preview-title">
        预览<span className="preview-pages">（按A4排版，预计共{pages.pages}页）</span>
      </h3>
      <DocumentPreview model={model} pages={pages} />
      <PrintView model={model} pages={pages} />
    </section>
  );
}
