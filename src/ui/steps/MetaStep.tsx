import { useMemo, useState } from 'react';
import { useForm, type FieldPath, type UseFormReturn } from 'react-hook-form';
import { schemaResolver } from '../schemaResolver';
import { changeYear, editionName } from '../../report/edition';
import { metaFormSchema, type MetaFormOutput, type MetaFormValues } from '../../report/formSchemas';
import { templateFor } from '../../template';
import { useAppState, useServices } from '../context';
import { agencyField, enterField } from '../../report/textFields';
import { useReplaceReport } from '../drafts/replaceReport';
import { FormText } from '../FormText';
import { SampleOffer } from './SampleOffer';
import { stepHeadingId } from '../navigate';

// 基本信息 is a react-hook-form form over the zod schema of report/formSchemas.ts: the messages at each field come
// from there. The report stays the single source of truth: the form's values follow the store (`values`), and
// each change the schema accepts goes into the store at once (autosave, undo) — the form never waits for a submit.
type MetaForm = UseFormReturn<MetaFormValues, unknown, MetaFormOutput>;

/** Judges one field by the schema (its message shows at the field) and hands the accepted value on. */
function commitOnChange(form: MetaForm, name: FieldPath<MetaFormValues>, commit: (raw: string) => void) {
  return form.register(name, {
    onChange: async () => {
      if (await form.trigger(name)) commit(form.getValues(name));
    },
  });
}

function AgencyField({ form }: { form: MetaForm }) {
  const { store } = useServices();
  const [note, setNote] = useState<string | null>(null);
  const registered = commitOnChange(form, 'agency', (raw) => {
    // the schema judged the field; the whole report's length is judged with the report
    const entry = enterField(store.getState().report, agencyField, raw);
    if (!entry.ok) return form.setError('agency', { message: entry.message });
    setNote(entry.note);
    store.update((r) => agencyField.write(r, entry.text), { label: '修改“机关名称”', merge: agencyField.id });
  });
  return (
    <div className="field">
      <FormText
        form={form}
        name="agency"
        id={agencyField.id}
        label="机关名称"
        limit={agencyField.limit}
        registered={registered}
        note={note}
        hint="写全称，例如“殷都区铜冶镇人民政府”。报告标题为“机关名称 + 年度 + 年政府信息公开工作年度报告”。"
      />
    </div>
  );
}

/** `parseYear`: the year the schema accepted, as the schema reads it (full-width digits too). */
function YearField({ form, parseYear }: { form: MetaForm; parseYear: (raw: string) => number }) {
  const { store } = useServices();
  const replace = useReplaceReport();
  const year = useAppState((s) => s.report.meta.year);
  const edition = useAppState((s) => s.report.template);
  const [switched, setSwitched] = useState<string | null>(null);
  const error = form.formState.errors.year?.message;

  // a year of the other edition switches the tables (report/edition.ts); one that loses figures replaces the report
  const input = commitOnChange(form, 'year', (raw) => {
    const change = changeYear(store.getState().report, parseYear(raw), new Date());
    if (change.question === null) store.update(() => change.report, change.edit);
    else if (!replace({ report: change.report, question: change.question, ...change.edit }))
      return form.setError('year', { message: `未切换格式，报告年度仍为${year ?? '未填写'}` });
    if (change.told) setSwitched(change.told);
  });
  const template = templateFor(edition);
  return (
    <div className="field">
      <label htmlFor="meta.year">报告年度</label>
      <input
        {...input}
        id="meta.year"
        type="text"
        inputMode="numeric"
        className="input-year"
        aria-invalid={error ? true : undefined}
        aria-describedby="meta.year-hint meta.year-switched"
        onBlur={(e) => {
          void input.onBlur(e);
          // what was refused is not kept: the stored year shows again, and the message says so
          if (!error) return;
          form.setValue('year', year === null ? '' : String(year));
          form.setError('year', { message: `${error}（未保存，仍为${year ?? '未填写'}）` });
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
  const { currentYear } = useServices();
  const agency = useAppState((s) => s.report.meta.agency);
  const year = useAppState((s) => s.report.meta.year);
  const date = useAppState((s) => s.report.meta.date);
  const schema = useMemo(() => metaFormSchema(currentYear), [currentYear]);
  const values = useMemo(() => ({ agency, year: year === null ? '' : String(year), date }), [agency, year, date]);
  const form = useForm<MetaFormValues, unknown, MetaFormOutput>({
    resolver: schemaResolver(schema),
    values,
    shouldFocusError: false,
  });
  return (
    <section className="step" aria-labelledby="meta-title">
      <h2 id={stepHeadingId('meta')} tabIndex={-1}>
        基本信息
      </h2>
      <SampleOffer />
      <form onSubmit={(e) => e.preventDefault()} noValidate>
        <AgencyField form={form} />
        <YearField form={form} parseYear={(raw) => schema.shape.year.parse(raw)} />
        <DateField form={form} />
      </form>
    </section>
  );
}

function DateField({ form }: { form: MetaForm }) {
  const { store } = useServices();
  const input = commitOnChange(form, 'date', (date) =>
    store.update((r) => ({ ...r, meta: { ...r.meta, date } }), { label: '修改“落款日期”', merge: 'meta.date' }),
  );
  const error = form.formState.errors.date?.message;
  return (
    <div className="field">
      <label htmlFor="meta.date">落款日期（可选）</label>
      <input
        id="meta.date"
        type="date"
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'meta.date-hint meta.date-error' : 'meta.date-hint'}
      />
      <p id="meta.date-hint" className="field-hint">
        印在报告末尾机关名称下方，如“2025年1月20日”。
      </p>
      {error && (
        <p id="meta.date-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
