import { useMemo } from 'react';
import { narrativeField } from '../../report/textFields';
import { sectionTitle } from '../../template/steps';
import type { NarrativeSection } from '../../template/types';
import { Field } from '../Field';
import { Guide } from '../Guide';

export function NarrativeStep({ section }: { section: NarrativeSection }) {
  const title = sectionTitle(section);
  const field = useMemo(() => narrativeField(section.key), [section.key]);
  return (
    <section className="step step-narrative" aria-labelledby={`${section.key}-title`}>
      <h2 id={`${section.key}-title`}>{title}</h2>
      <div className="with-guide">
        <Field
          field={field}
          label={`${title}（正文，段落之间换行）`}
          multiline
          rows={16}
        />
        <Guide text={section.guide} />
      </div>
    </section>
  );
}
