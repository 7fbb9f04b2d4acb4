import { useMemo } from 'react';
import { layoutDocument } from '../../document/blocks';
import { paginate } from '../../document/pages';
import type { Report } from '../../report/schema';
import { useResolved } from '../context';

/** The report laid out as it prints, and where its pages break: what the preview, the review and the exports share. */
export function useDocument(report: Report) {
  const { template } = useResolved();
  const model = useMemo(() => layoutDocument(template, report), [template, report]);
  const pages = useMemo(() => paginate(model.blocks), [model]);
  return { model, pages };
}
