// 按表格生成段落 under a text of 一: the figure sentences written from the tables, inserted at the cursor as ordinary
// text the clerk edits, in one undo step. A figure not filled in is written as ×, which the checks then name. The
// wording is the prose checks' (loaded after the first screen, #prose).
import { useState } from 'react';
import { loadProse } from '#prose';
import { insertAtCursor, paragraphsForHeading, type FigureParagraphKind } from '../../report/insertParagraph';
import { applyText, type TextField } from '../../report/textFields';
import { useServices } from '../context';

const WHAT: Record<FigureParagraphKind, string> = {
  requests: '收到和办理申请（表三）',
  appeals: '行政复议、行政诉讼（表四）',
  active: '规章、规范性文件、许可、处罚、强制、收费（表二）',
};

export function GenerateFromTables({ field, heading }: { field: TextField; heading: string }) {
  const { store } = useServices();
  const kinds = paragraphsForHeading(heading);
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
    const paragraphs = prose.figureParagraphs(report, checks.derived);
    const insert = kinds
      .map((k) => paragraphs[k])
      .filter(Boolean)
      .join('');
    const box = document.getElementById(field.id) as HTMLTextAreaElement | null;
    const current = field.read(report);
    // the cursor of the box as the clerk left it; at the end when the box shows something else (a refused paste)
    const here = box && box.value === current ? [box.selectionStart, box.selectionEnd] : [current.length, current.length];
    const { text, caret } = insertAtCursor(current, here[0], here[1], insert);
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
      <button type="button" onClick={() => void generate()} aria-describedby={`${field.id}-generate-hint`}>
        按表格生成段落
      </button>
      <span id={`${field.id}-generate-hint`} className="field-hint">
        按表格写出{kinds.map((k) => WHAT[k]).join('和')}的数字，插入到光标处
      </span>
      {refusal && (
        <p className="field-error" role="alert">
          {refusal}
        </p>
      )}
    </div>
  );
}
