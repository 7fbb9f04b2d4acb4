import { useMemo, useState } from 'react';
import { subsectionNumber } from '../../template/numbering';
import { defaultIntro } from '../../report/defaults';
import { LIST_LIMITS } from '../../report/text';
import {
  addSubsection,
  applyText,
  introField,
  moveSubsection,
  removeSubsection,
  subsectionHeadingField,
  subsectionTextField,
} from '../../report/textFields';
import { sectionTitle } from '../../template/steps';
import type { OverviewSection } from '../../template/types';
import { useAppState, useServices } from '../context';
import { Field } from '../Field';
import { Guide } from '../Guide';

export function OverviewStep({ section }: { section: OverviewSection }) {
  const { store } = useServices();
  const count = useAppState((s) => s.report.sections.overview.length);
  const title = sectionTitle(section);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [introRefusal, setIntroRefusal] = useState<string | null>(null);

  const fillIntro = () => {
    const { report } = store.getState();
    if (report.meta.year === null) return;
    if (report.sections.intro.trim() && !window.confirm('开头段落已有内容，要替换为常用开头段落吗？')) return;
    // through the field's own rule, like typing: a report already at its total limit refuses it too
    const { report: next, entry } = applyText(report, introField, defaultIntro(store.getState().resolved.template, report.meta.year));
    setIntroRefusal(entry.ok ? null : entry.message);
    store.update(() => next, { label: '填入常用开头段落' });
  };
  const add = () => {
    const edit = addSubsection(store.getState().report);
    setRefusal(edit.ok ? null : edit.message);
    if (edit.ok) store.update(() => edit.report, { label: '添加小节' });
  };
  const remove = (i: number) => {
    const sub = store.getState().report.sections.overview[i];
    const name = `${subsectionNumber(i)}${sub.heading}`;
    if (sub.text.trim() && !window.confirm(`删除小节“${name}”及其内容？`)) return;
    setRefusal(null);
    store.update((r) => removeSubsection(r, i), { label: `删除小节“${name}”` });
  };
  const full = count >= LIST_LIMITS.subsections;

  return (
    <section className="step step-overview" aria-labelledby="overview-title">
      <h2 id="overview-title">{title}</h2>
      <div className="with-guide">
        <div>
          <Field
            field={introField}
            label="开头段落（可选，位于“一、总体情况”之前）"
            multiline
            rows={4}
          />
          <button type="button" onClick={fillIntro}>
            填入常用开头段落
          </button>
          {introRefusal && (
            <p className="field-error" role="alert">
              {introRefusal}
            </p>
          )}
        </div>
        <Guide title="开头段落" text={section.introGuide} />
      </div>
      <div className="with-guide">
        <div className="subsections">
          {Array.from({ length: count }, (_, i) => (
            <SubsectionEditor
              key={i}
              index={i}
              count={count}
              onMove={(to) => store.update((r) => moveSubsection(r, i, to), { label: '移动小节' })}
              onRemove={() => remove(i)}
            />
          ))}
          {/* Not disabled when full: a click says why no subsection was added (a disabled button says nothing). */}
          <button type="button" aria-describedby="subsections-count" onClick={add}>
            添加小节
          </button>
          <p id="subsections-count" className={refusal ? 'field-error' : 'field-hint'} role={refusal ? 'alert' : undefined}>
            {refusal ?? (count >= LIST_LIMITS.subsections * 0.8 ? `已有${count}条小节，最多${LIST_LIMITS.subsections}条${full ? '：不能再添加' : ''}` : '')}
          </p>
        </div>
        <Guide text={section.guide} />
      </div>
    </section>
  );
}

interface SubsectionProps {
  index: number;
  count: number;
  onMove(to: number): void;
  onRemove(): void;
}

function SubsectionEditor({ index, count, onMove, onRemove }: SubsectionProps) {
  const number = subsectionNumber(index);
  const heading = useAppState((s) => s.report.sections.overview[index]?.heading ?? '');
  const name = `${number}${heading}`;
  const headingField = useMemo(() => subsectionHeadingField(index), [index]);
  const textField = useMemo(() => subsectionTextField(index), [index]);
  return (
    <fieldset className="subsection">
      <legend>{number}</legend>
      <Field field={headingField} label={`${number}小节标题`} />
      <Field field={textField} label={`${name} 内容`} multiline />
      <div className="subsection-actions">
        <button type="button" disabled={index === 0} aria-label={`上移小节${name}`} onClick={() => onMove(index - 1)}>
          上移
        </button>
        <button
          type="button"
          disabled={index === count - 1}
          aria-label={`下移小节${name}`}
          onClick={() => onMove(index + 1)}
        >
          下移
        </button>
        <button type="button" aria-label={`删除小节${name}`} onClick={onRemove}>
          删除
        </button>
      </div>
    </fieldset>
  );
}
