import { useState } from 'react';
import { switchEdition, salvageStored, withCellNotes } from '../../report/edition';
import { keepRecent, listRecent } from '../../storage/recent';
import { checkReportYear, editionForYear, templateFor } from '../../template';
import type { Template } from '../../template/types';
import { useAppState, useServices } from '../context';
import { agencyField } from '../../report/textFields';
import { Field } from '../Field';
import { SampleOffer } from './SampleOffer';

const editionName = (t: Template) => `${t.edition}年版格式（${t.notice}）`;

function YearField() {
  const { store, storage, currentYear } = useServices();
  const year = useAppState((s) => s.report.meta.year);
  const edition = useAppState((s) => s.report.template);
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [switched, setSwitched] = useState<string | null>(null);

  /** A year of the other edition: the tables switch; table 二's figures, which do not map, only after asking. */
  const switchTo = (next: number): boolean => {
    const current = store.getState().report;
    const template = templateFor(editionForYear(next));
    const { report, notes, dropped } = switchEdition({ ...current, meta: { ...current.meta, year: next } }, template.edition);
    if (dropped > 0) {
      const question =
        `${next}年度报告使用${editionName(template)}，表格随之切换：表三、表四的数字保留；` +
        `表二的栏目不同，已填的${dropped}个数字将清空。切换前的报告会保存在“最近的报告”中，可随时恢复。继续吗？`;
      if (!window.confirm(question)) return false;
      if (!keepRecent(storage, listRecent(storage, salvageStored), current, new Date()) &&
        !window.confirm('浏览器无法保存切换前报告的副本（存储空间不足或被禁止）。建议先“保存草稿”。仍要切换吗？'))
        return false;
    }
    store.update(() => withCellNotes(report, notes, new Date()), { label: `改为${next}年度（切换格式）` });
    setSwitched(
      `已切换为${editionName(template)}的表格。` +
        (dropped > 0 ? `表二的${dropped}个数字已清空（切换前的报告在“最近的报告”中）。` : '') +
        (notes.length > 0 ? `“（六）其他处理”的数字已按新格式移动，并在单元格处加了说明（${notes.length}处）。` : ''),
    );
    return true;
  };

  const onChange = (raw: string) => {
    setTyped(raw);
    const digits = raw.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    if (!/^\d{4}$/.test(digits)) {
      setError('请输入四位年份，例如 2025');
      return;
    }
    const checked = checkReportYear(Number(digits), currentYear);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    setError(null);
    if (checked.template.edition !== store.getState().report.template) {
      if (!switchTo(Number(digits))) setError(`未切换格式，报告年度仍为${year ?? '未填写'}`);
      return;
    }
    store.update((r) => ({ ...r, meta: { ...r.meta, year: Number(digits) } }), { label: '修改“报告年度”', merge: 'meta.year' });
  };
  const template = templateFor(edition);
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
        aria-describedby="meta.year-hint meta.year-switched"
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => {
          setTyped(null);
          if (error) setError(`${error}（未保存，仍为${year ?? '未填写'}）`);
        }}
      />
      <p id="meta.year-hint" className={error ? 'field-error' : 'field-hint'} role={error ? 'alert' : undefined}>
        {error ??
          `报告哪一年的工作。${year ?? ''}年度报告使用${editionName(template)}。` +
            '2019、2020年度报告使用2019年版格式，2021年度起使用2021年版格式：改年度时表格随之切换，表三、表四的数字保留；表二栏目不同，已填的数字清空前会先询问。'}
      </p>
      <p id="meta.year-switched" className="field-note" role="status">
        {switched}
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
