// The body of a narrative section (一, 五, 六): its opening text, then its subsections — each with an optional
// heading, run in or on its own line — added, removed and moved here. The rules are in report/textFields.ts.
import { useMemo, useState } from 'react';
import { subsectionNumbers } from '../../report/sections';
import { LIST_LIMITS } from '../../report/text';
import {
  acknowledgeNumbering,
  addSubsection,
  moveSubsection,
  openingField,
  removeSubsection,
  setHeadingOnOwnLine,
  subsectionHeadingField,
  subsectionTextField,
} from '../../report/textFields';
import type { NarrativeKey } from '../../template/types';
import { useAppState, useServices } from '../context';
import { Field } from '../Field';
import { GenerateFromTables } from './GenerateFromTables';
import { useSplitOffer } from './SplitOffer';

/** Puts the focus on an element once React has drawn it (after an add or a move, the keyboard stays with the item). */
const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/** How a subsection is named to the clerk: `（二）依申请公开`, or `第3段（无标题）`. */
export function subsectionName(number: string | null, heading: string, index: number): string {
  return number ? `${number}${heading.trim()}` : `第${index + 1}段（无标题）`;
}

export function SectionEditor({
  sectionKey,
  title,
  openingRows,
}: {
  sectionKey: NarrativeKey;
  title: string;
  openingRows: number;
}) {
  const { store } = useServices();
  const count = useAppState((s) => s.report.sections[sectionKey].subsections.length);
  const [refusal, setRefusal] = useState<string | null>(null);
  const opening = useMemo(() => openingField(sectionKey), [sectionKey]);
  const full = count >= LIST_LIMITS.subsections;
  const countId = `sections.${sectionKey}.count`;
  const { onPaste, offer } = useSplitOffer(sectionKey);

  const add = () => {
    const edit = addSubsection(store.getState().report, sectionKey);
    setRefusal(edit.ok ? null : edit.message);
    if (!edit.ok) return;
    store.update(() => edit.report, { label: `在“${title}”中添加小节` });
    focusSoon(`sections.${sectionKey}.${count}`);
  };
  const remove = (i: number) => {
    const { subsections } = store.getState().report.sections[sectionKey];
    const sub = subsections[i];
    const name = subsectionName(subsectionNumbers(subsections)[i], sub.heading, i);
    if ((sub.text.trim() || sub.heading.trim()) && !window.confirm(`删除小节“${name}”及其内容？`)) return;
    setRefusal(null);
    store.update((r) => removeSubsection(r, sectionKey, i), { label: `删除小节“${name}”` });
  };
  const move = (from: number, to: number, button: 'up' | 'down') => {
    store.update((r) => moveSubsection(r, sectionKey, from, to), { label: `移动第${from + 1}小节` });
    // the keyboard follows the subsection; at either end the other button takes it
    const atEnd = button === 'up' ? to === 0 : to === count - 1;
    focusSoon(`sections.${sectionKey}.${to}.${atEnd ? (button === 'up' ? 'down' : 'up') : button}`);
  };

  return (
    // the section's own address (`sections.problems`, where a finding that it is empty points): focus goes on
    // to the opening text, where the clerk starts writing
    <div
      id={`sections.${sectionKey}`}
      tabIndex={-1}
      className="section-editor"
      onFocus={(e) => e.target === e.currentTarget && document.getElementById(opening.id)?.focus()}
    >
      <Field
        field={opening}
        label={`${title}：开头文字（位于各小节之前，段落之间换行）`}
        multiline
        rows={openingRows}
        onPaste={onPaste}
      />
      {offer}
      <div className="subsections" role="group" aria-label={`${title}的小节`}>
        {Array.from({ length: count }, (_, i) => (
          <SubsectionEditor
            key={i}
            sectionKey={sectionKey}
            index={i}
            count={count}
            onMove={(to, button) => move(i, to, button)}
            onRemove={() => remove(i)}
          />
        ))}
      </div>
      {/* Not disabled when full: a click says why no subsection was added (a disabled button says nothing). */}
      <button type="button" aria-describedby={countId} onClick={add}>
        添加小节
      </button>
      <p id={countId} className={refusal ? 'field-error' : 'field-hint'} role={refusal ? 'alert' : undefined}>
        {refusal ??
          (count >= LIST_LIMITS.subsections * 0.8
            ? `已有${count}条小节，最多${LIST_LIMITS.subsections}条${full ? '：不能再添加' : ''}`
            : '小节标题可不填（如“一是……二是……”写在内容里）；编号（一）（二）……由本工具按顺序加上。')}
      </p>
    </div>
  );
}

interface SubsectionProps {
  sectionKey: NarrativeKey;
  index: number;
  count: number;
  onMove(to: number, button: 'up' | 'down'): void;
  onRemove(): void;
}

function SubsectionEditor({ sectionKey, index, count, onMove, onRemove }: SubsectionProps) {
  const { store } = useServices();
  const sub = useAppState((s) => s.report.sections[sectionKey].subsections[index]);
  const number = useAppState((s) => subsectionNumbers(s.report.sections[sectionKey].subsections)[index] ?? null);
  const headingField = useMemo(() => subsectionHeadingField(sectionKey, index), [sectionKey, index]);
  const textField = useMemo(() => subsectionTextField(sectionKey, index), [sectionKey, index]);
  if (!sub) return null;
  const name = subsectionName(number, sub.heading, index);
  const id = `sections.${sectionKey}.${index}`;
  const removed = sub.removedNumbering;
  return (
    <fieldset className="subsection">
      <legend>
        第{index + 1}小节：{number ? name : '无标题（内容印为普通段落）'}
      </legend>
      <Field
        field={headingField}
        label={`第${index + 1}小节标题`}
        hint={removed ? `已去掉开头输入的编号“${removed}”：编号由本工具按顺序加上，打印为“${name}”。` : undefined}
      />
      {removed && (
        <button
          type="button"
          onClick={() =>
            store.update((r) => acknowledgeNumbering(r, sectionKey, index), { label: '知道了（编号已去掉）' })
          }
        >
          知道了（第{index + 1}小节的编号提示）
        </button>
      )}
      <label className="checkbox">
        <input
          id={`${id}.ownLine`}
          type="checkbox"
          aria-label={`第${index + 1}小节：标题单独成行`}
          checked={sub.headingOnOwnLine}
          onChange={(e) =>
            store.update((r) => setHeadingOnOwnLine(r, sectionKey, index, e.target.checked), { label: '标题单独成行' })
          }
        />
        标题单独成行（不勾选：与正文接排，如“{number ?? '（一）'}标题。正文……”）
      </label>
      <Field field={textField} label={`第${index + 1}小节内容`} multiline />
      {sectionKey === 'overview' && <GenerateFromTables field={textField} heading={sub.heading} />}
      <div className="subsection-actions">
        <button
          id={`${id}.up`}
          type="button"
          disabled={index === 0}
          aria-label={`上移第${index + 1}小节（${name}）`}
          onClick={() => onMove(index - 1, 'up')}
        >
          上移
        </button>
        <button
          id={`${id}.down`}
          type="button"
          disabled={index === count - 1}
          aria-label={`下移第${index + 1}小节（${name}）`}
          onClick={() => onMove(index + 1, 'down')}
        >
          下移
        </button>
        <button type="button" aria-label={`删除第${index + 1}小节（${name}）`} onClick={onRemove}>
          删除
        </button>
      </div>
    </fieldset>
  );
}
