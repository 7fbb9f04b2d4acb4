import { useState } from 'react';
import { defaultIntro } from '../../report/defaults';
import { applyText, introField } from '../../report/textFields';
import { sectionTitle } from '../../template/steps';
import type { OverviewSection } from '../../template/types';
import { useServices } from '../context';
import { Field } from '../Field';
import { Guide } from '../Guide';
import { SectionEditor } from '../sections/SectionEditor';
import { stepHeadingId } from '../navigate';

export function OverviewStep({ section }: { section: OverviewSection }) {
  const { store } = useServices();
  const title = sectionTitle(section);
  const [introRefusal, setIntroRefusal] = useState<string | null>(null);

  const fillIntro = () => {
    const { report } = store.getState();
    if (report.meta.year === null) return;
    if (report.sections.intro.trim() && !window.confirm('开头段落已有内容，要替换为常用开头段落吗？')) return;
    // through the field's own rule, like typing: a report already at its total limit refuses it too
    const { report: next, entry } = applyText(
      report,
      introField,
      defaultIntro(store.getState().resolved.template, report.meta.year),
    );
    setIntroRefusal(entry.ok ? null : entry.message);
    store.update(() => next, { label: '填入常用开头段落' });
  };
  return (
    <section className="step step-overview" aria-labelledby="overview-title">
      <h2 id={stepHeadingId('overview')} tabIndex={-1}>
        {title}
      </h2>
      <div className="with-guide">
        <div>
          <Field field={introField} label="开头段落（可选，位于“一、总体情况”之前）" multiline rows={4} />
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
        <SectionEditor sectionKey="overview" title={title} openingRows={5} />
        <Guide text={section.guide} />
      </div>
    </section>
  );
}
