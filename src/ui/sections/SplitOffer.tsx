// After a paste into a section's first box: when the text holds its own subsection headings, a notice under the
// box offers to split it (`拆分`) or leave it (`保持原样`). The split is the import's (import/sectionPaste.ts),
// loaded with the import readers on first use; applying it is one undo step.
import { useCallback, useState } from 'react';
import { loadImporter } from '#importer';
import { splitIntoSubsections } from '../../report/textFields';
import type { NarrativeKey } from '../../template/types';
import { useServices } from '../context';

export function useSplitOffer(sectionKey: NarrativeKey) {
  const { store } = useServices();
  const [count, setCount] = useState(0);
  const [refusal, setRefusal] = useState<string | null>(null);
  const openingNow = () => store.getState().report.sections[sectionKey].opening;
  // offered when the pasted text itself holds headings: a later paste of a plain sentence asks nothing
  const onPaste = useCallback((pasted: string) => {
    void loadImporter()
      .then((m) => setCount(m.splitPastedSection(pasted)?.subsections.length ?? 0))
      .catch(() => setCount(0));
  }, []);
  const split = async () => {
    // the whole box as it is now: the paste, what stood there before it, and any edit since
    const found = (await loadImporter()).splitPastedSection(openingNow());
    setCount(0);
    if (!found) return;
    const edit = splitIntoSubsections(store.getState().report, sectionKey, found);
    setRefusal(edit.ok ? null : edit.message);
    if (edit.ok) store.update(() => edit.report, { label: `拆分为${found.subsections.length}个小节` });
  };
  const offer =
    count > 0 ? (
      <div className="split-offer" role="group" aria-label="拆分为小节">
        <p role="status">检测到{count}个小节标题，是否拆分为小节？</p>
        <button type="button" onClick={() => void split()}>
          拆分
        </button>
        <button type="button" onClick={() => setCount(0)}>
          保持原样
        </button>
      </div>
    ) : refusal ? (
      <p className="field-error" role="alert">
        {refusal}
      </p>
    ) : null;
  return { onPaste, offer };
}
