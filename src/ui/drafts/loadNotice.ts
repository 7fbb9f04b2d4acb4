// What the clerk is told when the autosave did not read whole. Pure, so that it is tested in Node.
import type { SetAside } from '../../report/salvage';
import type { LoadResult } from '../../storage/autosave';
import { BACKUP_POLICY_TEXT } from '../../storage/backups';

const SHOWN = 5;

/** The fields set aside, in one line: `path（文件中为 …）`, the first few, then how many more. */
export function describeSetAside(setAside: SetAside[]): string {
  const named = setAside.slice(0, SHOWN).map((s) => `${s.path}（原为 ${s.found}）`);
  return named.join('；') + (setAside.length > SHOWN ? ` 等${setAside.length}处` : '');
}

export function loadNotice(loaded: LoadResult): string | null {
  if (loaded.kind !== 'salvaged' && loaded.kind !== 'broken') return null;
  const kept = loaded.preserve
    ? '原内容仍留在浏览器中，不会被覆盖；但浏览器存储空间已满，无法另存，请先点“保存草稿”。'
    : `原内容已另存在本浏览器中（${BACKUP_POLICY_TEXT}），可在“最近的报告”中恢复或下载。`;
  if (loaded.kind === 'broken') return `上次自动保存的内容已损坏，无法读取，现在是一份空白报告。${kept}`;
  return `上次自动保存的内容有${loaded.setAside.length}处无法读取，其余内容已恢复。未恢复的：${describeSetAside(loaded.setAside)}。${kept}`;
}
