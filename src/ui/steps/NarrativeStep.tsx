import { sectionTitle } from '../../template/steps';
import type { NarrativeSection } from '../../template/types';
import { Guide } from '../Guide';
import { SectionEditor } from '../sections/SectionEditor';
import { stepHeadingId } from '../navigate';

export function NarrativeStep({ section }: { section: NarrativeSection }) {
  const title = sectionTitle(section);
  return (
    <section className="step step-narrative" aria-labelledby={`${section.key}-title`}>
      <h2 id={stepHeadingId(section.key)} tabIndex={-1}>
        {title}
      </h2>
      <div className="with-guide">
        <SectionEditor sectionKey={section.key} title={title} openingRows={12} />
        <Guide text={section.guide} />
      </div>
    </section>
  );
}
