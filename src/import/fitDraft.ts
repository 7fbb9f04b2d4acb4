// What 确认导入 puts into the report always saves and always reopens: an imported report is held to the draft's own
// limits (src/report/text.ts) before anyone sees it — characters a document cannot hold removed, a text past its
// limit cut there, subsections past their number left out, the whole within the report's limit — each said in 识别
// with where it was cut. Never accepted whole: autosave would refuse it and the draft file saved instead would not open.
import { LIST_LIMITS, TEXT_LIMITS, removeForbidden } from '../report/text';
import { reportTextLength, textFieldsOf } from '../report/textFields';
import type { Report } from '../report/schema';
import { NARRATIVE_KEYS } from '../report/sections';
import type { ImportNote } from './types';

/** A text cut at `limit` units, never inside a surrogate pair. */
const cut = (text: string, limit: number) =>
  text.slice(0, /[\uD800-\uDBFF]/.test(text[limit - 1] ?? '') ? limit - 1 : limit);

export function fitToDraft(
  report: Report,
  placeOf: (fieldId: string) => string,
): { report: Report; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  let fitted = report;
  for (const key of NARRATIVE_KEYS) {
    const { subsections } = fitted.sections[key];
    if (subsections.length <= LIST_LIMITS.subsections) continue;
    fitted = {
      ...fitted,
      sections: {
        ...fitted.sections,
        [key]: { ...fitted.sections[key], subsections: subsections.slice(0, LIST_LIMITS.subsections) },
      },
    };
    notes.push({
      kind: 'unread',
      path: `sections.${key}`,
      message: `${placeOf(`sections.${key}`)}有${subsections.length}个小节，最多${LIST_LIMITS.subsections}个：第${LIST_LIMITS.subsections + 1}个起未读入`,
    });
  }
  for (const field of textFieldsOf(fitted)) {
    const raw = field.read(fitted);
    const { text, removed } = removeForbidden(raw);
    let kept = text;
    if (removed)
      notes.push({
        kind: 'converted',
        path: field.id,
        message: `${placeOf(field.id)}：删除了${removed}个无法写入文档的控制字符`,
      });
    if (text.length > field.limit) {
      kept = cut(text, field.limit);
      notes.push({
        kind: 'unread',
        path: field.id,
        message: `${placeOf(field.id)}过长（${text.length}字，最多${field.limit}字）：只读入前${kept.length}字，从“${text.slice(kept.length, kept.length + 12)}…”起未读入`,
      });
    }
    if (kept !== raw) fitted = field.write(fitted, kept);
  }
  // the whole report: the last texts give way first (六, 五, then 一's last subsections)
  for (const field of [...textFieldsOf(fitted)].reverse()) {
    const over = reportTextLength(fitted) - TEXT_LIMITS.report;
    if (over <= 0) break;
    const text = field.read(fitted);
    if (!text) continue;
    const kept = cut(text, Math.max(0, text.length - over));
    fitted = field.write(fitted, kept);
    notes.push({
      kind: 'unread',
      path: field.id,
      message: `整份报告的文字超过${TEXT_LIMITS.report}字：${placeOf(field.id)}只读入前${kept.length}字`,
    });
  }
  return { report: fitted, notes };
}
