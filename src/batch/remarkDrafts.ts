// 导出批注草稿: a draft file per report that has remarks, to send back to each agency, all in one .zip. Pure: the
// names and texts (the zip is made where it is downloaded).
import { writeDraft } from '../draft/write';
import type { BatchRow } from './batch';

export interface RemarkDraft {
  name: string;
  text: string;
}

/** `{机关名称}{年度}年报草稿（审阅意见）.nianbao.json`; a name taken twice gets （2）, （3）… */
export function remarkDrafts(rows: readonly BatchRow[], savedAt: Date): RemarkDraft[] {
  const taken = new Map<string, number>();
  const out: RemarkDraft[] = [];
  for (const r of rows) {
    if (!r.item.ok || r.item.report.comments.length === 0) continue;
    const { agency, year } = r.item.report.meta;
    const base = `${agency.trim() || '未命名机关'}${year ?? ''}年报草稿（审阅意见）`;
    const n = (taken.get(base) ?? 0) + 1;
    taken.set(base, n);
    out.push({ name: `${base}${n > 1 ? `（${n}）` : ''}.nianbao.json`, text: writeDraft(r.item.report, savedAt) });
  }
  return out;
}
