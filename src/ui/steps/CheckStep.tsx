import { useAppState } from '../context';
import { FindingList } from '../FindingList';

export function CheckStep() {
  const findings = useAppState((s) => s.checks.findings);
  const errors = findings.filter((f) => f.severity === 'error' && !f.incomplete);
  const incomplete = findings.filter((f) => f.incomplete);
  const warnings = findings.filter((f) => f.severity === 'warning');
  return (
    <section className="step" aria-labelledby="check-title">
      <h2 id="check-title">检查</h2>
      <p className="check-summary" role="status">
        {findings.length === 0
          ? '全部检查通过：表格数据勾稽关系正确，各部分均已填写。'
          : `共有${errors.length}个错误、${incomplete.length}处未完成、${warnings.length}条提醒。点击一条可转到相应位置。`}
      </p>
      <FindingList findings={errors} title="错误（数据不符）" empty="没有数据错误。" />
      <FindingList findings={incomplete} title="未完成" empty="各部分均已填写。" />
      <FindingList findings={warnings} title="提醒（不影响导出，请核对）" empty="没有提醒。" />
    </section>
  );
}
