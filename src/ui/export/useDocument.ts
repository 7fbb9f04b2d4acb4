import { useMemo } from 'react';
import { layoutDocument } from '../../document/blocks';
import { flowDocument } from '../../document/pages';
import type { Report } from '../../report/schema';
import { useResolved } from '../context';

/** The report laid out as it prints, and where every line and row falls on its page: what the preview, the review and the exports share. */
export function useDocument(report: Report) {
  const { template } = useResolved();
  const model = useMemo(() => layoutDocument(template, report), [template, report]);
  // the whole flow: the preview places every line and row where the PDF does
  const pages = useMemo(() => flowDocument(model.blocks), [model]);
  return { model, pages };
}
