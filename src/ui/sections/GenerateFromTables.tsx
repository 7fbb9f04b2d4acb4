// 按表格生成段落 under a text of 一: the figure sentences written from the tables, inserted at the cursor as ordinary
// text the clerk edits, in one undo step. A figure not filled in is written as ×, which the checks then name. The
// wording is the prose checks' (loaded after the first screen, #prose).
import { useState } from 'react';
import { loadProse } from '#prose';
import { applyText, type TextField } from '../../report/textFields';
import { useServices } from '../context';

export function GenerateFromTables({ field, heading }: { field: TextField; heading: string }) {
  const { store } = useServices();
  const [refusal, setRefusal] = useState<string | null>(null);
  const generate = async () => {
    let prose: Awaited<ReturnType<typeof loadProse>>;
    try {
      prose = await loadProse();
    } catch (e) {
      setRefusal(`未能生成：组件未能加载（${(e as Error).message}）。文字没有改动。`);
      return;
    }
    const { report, checks } = store.getState();
    const box = document.getElementById(field.id) as HTMLTextAreaElement | null;
    const current = field.read(report);
    // the cursor of the box as the clerk left it; at the end when the box shows something else (a refused paste)
    const [start, end] =
      box && box.value === current ? [box.selectionStart, box.selectionEnd] : [current.length, current.length];
    const { text, caret } = prose.withFigureParagraphs(report, checks.derived, heading, { text: current, start, end });
    const { report: next, entry } = applyText(report, field, text);
    setRefusal(entry.ok ? null : entry.message);
    if (!entry.ok) return;
    store.update(() => next, { label: '按表格生成段落' });
    requestAnimationFrame(() => {
      box?.focus();
      box?.setSelectionRange(caret, caret);
    });
  };
  return (
    <div className="generate-from-tables">
      <button type="button" onClick={() => void generate()}>
        按表格生成段落
      </button>
      {refusal && (
        <p className="field-error" role="alert">
          {refusal}
        </p>
      )}
    </div>
  );
}
