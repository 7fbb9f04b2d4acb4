import { subsectionNumber } from '../../document/numbering';
import { defaultIntro } from '../../report/defaults';
import type { Report, Subsection } from '../../report/schema';
import { sectionTitle } from '../../template/steps';
import type { OverviewSection } from '../../template/types';
import { useAppState, useServices } from '../context';
import { Field } from '../Field';
import { Guide } from '../Guide';

const withOverview = (r: Report, overview: Subsection[]): Report => ({ ...r, sections: { ...r.sections, overview } });

function moved<T>(list: T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

export function OverviewStep({ section }: { section: OverviewSection }) {
  const { store, template } = useServices();
  const count = useAppState((s) => s.report.sections.overview.length);
  const title = sectionTitle(section);

  const fillIntro = () => {
    const { report } = store.getState();
    if (report.meta.year === null) return;
    if (report.sections.intro.trim() && !window.confirm('开头段落已有内容，要替换为常用开头段落吗？')) return;
    const intro = defaultIntro(template, report.meta.year);
    store.update((r) => ({ ...r, sections: { ...r.sections, intro } }));
  };
  const edit = (change: (list: Subsection[]) => Subsection[]) =>
    store.update((r) => withOverview(r, change(r.sections.overview)));
  const remove = (i: number) => {
    const sub = store.getState().report.sections.overview[i];
    const name = `${subsectionNumber(i)}${sub.heading}`;
    if (sub.text.trim() && !window.confirm(`删除小节“${name}”及其内容？`)) return;
    edit((list) => list.filter((_, j) => j !== i));
  };

  return (
    <section className="step step-overview" aria-labelledby="overview-title">
      <h2 id="overview-title">{title}</h2>
      <div className="with-guide">
        <div>
          <Field
            id="sections.intro"
            label="开头段落（可选，位于“一、总体情况”之前）"
            multiline
            rows={4}
            read={(r) => r.sections.intro}
            write={(r, v) => ({ ...r, sections: { ...r.sections, intro: v } })}
          />
          <button type="button" onClick={fillIntro}>
            填入常用开头段落
          </button>
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
              onMove={(to) => edit((list) => moved(list, i, to))}
              onRemove={() => remove(i)}
            />
          ))}
          <button type="button" onClick={() => edit((list) => [...list, { heading: '', text: '' }])}>
            添加小节
          </button>
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
  const put = (r: Report, change: Partial<Subsection>) =>
    withOverview(
      r,
      r.sections.overview.map((s, j) => (j === index ? { ...s, ...change } : s)),
    );
  return (
    <fieldset className="subsection">
      <legend>{number}</legend>
      <Field
        id={`sections.overview.${index}`}
        label={`${number}小节标题`}
        read={(r) => r.sections.overview[index]?.heading ?? ''}
        write={(r, v) => put(r, { heading: v })}
      />
      <Field
        id={`sections.overview.${index}.text`}
        label={`${name} 内容`}
        multiline
        read={(r) => r.sections.overview[index]?.text ?? ''}
        write={(r, v) => put(r, { text: v })}
      />
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
