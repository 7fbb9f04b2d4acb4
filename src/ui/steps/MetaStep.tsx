import { useState } from 'react';
import { editionForYear } from '../../template';
import { useAppState, useServices } from '../context';
import { agencyField } from '../../report/textFields';
import { Field } from '../Field';
import { SampleOffer } from './SampleOffer';

function YearField() {
  const { store, currentYear } = useServices();
  const year = useAppState((s) => s.report.meta.year);
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onChange = (raw: string) => {
    setTyped(raw);
    const digits = raw.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    if (!/^\d{4}$/.test(digits)) {
      setError('请输入四位年份，例如 2025');
      return;
    }
    const edition = editionForYear(Number(digits), currentYear);
    if (!edition.ok) {
      setError(edition.message);
      return;
    }
    setError(null);
    store.update((r) => ({ ...r, meta: { ...r.meta, year: Number(digits) } }), { label: '修改“报告年度”', merge: 'meta.year' });
  };
  return (
    <div className="field">
      <label htmlFor="meta.year">报告年度</label>
      <input
        id="meta.year"
        type="text"
        inputMode="numeric"
        className="input-year"
        value={typed ?? (year === null ? '' : String(year))}
        aria-invalid={error ? true : undefined}
        aria-describedby="meta.year-hint"
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => {
          setTyped(null);
          if (error) setError(`${error}（未保存，仍为${year ?? '未填写'}）`);
        }}
      />
      <p id="meta.year-hint" className={error ? 'field-error' : 'field-hint'} role={error ? 'alert' : undefined}>
        {error ?? `报告哪一年的工作。${year ?? ''}年度报告使用2021年版格式（国办公开办函〔2021〕30号）。`}
      </p>
    </div>
  );
}

export function MetaStep() {
  return (
    <section className="step" aria-labelledby="meta-title">
      <h2 id="meta-title">基本信息</h2>
      <SampleOffer />
      <Field
        label="机关名称"
        hint="写全称，例如“殷都区铜冶镇人民政府”。报告标题为“机关名称 + 年度 + 年政府信息公开工作年度报告”。"
        field={agencyField}
      />
      <YearField />
      <DateField />
    </section>
  );
}

function DateField() {
  const { store } = useServices();
  const date = useAppState((s) => s.report.meta.date);
  return (
    <div className="field">
      <label htmlFor="meta.date">落款日期（可选）</label>
      <input
        id="meta.date"
        type="date"
        value={date}
        aria-describedby="meta.date-hint"
        onChange={(e) => store.update((r) => ({ ...r, meta: { ...r.meta, date: e.target.value } }), { label: '修改“落款日期”', merge: 'meta.date' })}
      />
      <p id="meta.date-hint" className="field-hint">
        印在报告末尾机关名称下方，如“2025年1月20日”。
      </p>
    </div>
  );
}
