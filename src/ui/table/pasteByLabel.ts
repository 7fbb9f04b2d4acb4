// A paste that carries its row labels: each row goes to the template row its label names, read by import's
// matcher (loaded on first use, like the import dialog). One undo step, like any paste.
import { loadImporter } from '#importer';
import { checkStatedTotals } from '../../checks';
import { describeLabelledPaste, labelledPasteLabel } from '../../grid/labelledPaste';
import type { PasteOutcome } from '../../grid/outcome';
import type { ReportStore } from '../../state/store';
import type { TableSection } from '../../template/types';

export async function pasteByLabel(
  store: ReportStore,
  tableKey: string,
  paste: { html: string; text: string },
): Promise<PasteOutcome> {
  let importer: Awaited<ReturnType<typeof loadImporter>>;
  try {
    importer = await loadImporter();
  } catch (e) {
    return {
      summary: `按行名粘贴未能进行：读取功能未能加载（${(e as Error).message}）。表格没有改动。`,
      details: [],
      ok: false,
    };
  }
  const { resolved } = store.getState();
  const section = resolved.template.sections.find((s): s is TableSection => s.kind === 'table' && s.key === tableKey)!;
  const read = importer.matchPastedTable(resolved, section.table, section.number, paste);
  if (read.values.size) store.setCells(read.values, { label: labelledPasteLabel(read) });
  const { checks } = store.getState();
  return describeLabelledPaste(read, checkStatedTotals(resolved, checks.derived, read.stated));
}
