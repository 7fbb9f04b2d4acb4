// Printing (Ctrl+P or the 打印 button) prints the report's sheets exactly as the preview shows them, and
// nothing of the app: the print style sheet (styles.css, @media print) hides every child of <body> but
// this one. On 检查与导出 the sheets are always there (the layout is computed for the preview anyway);
// elsewhere they are laid out only when the browser is about to print, so typing never pays for them.
import { useEffect, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { DocumentModel } from '../../document/blocks';
import type { Flow } from '../../document/pages';
import { useAppState } from '../context';
import { DocumentPreview } from './DocumentPreview';
import { useDocument } from './useDocument';

export function PrintView({ model, pages }: { model: DocumentModel; pages: Flow }) {
  return createPortal(
    <div className="print-root" aria-hidden="true">
      <DocumentPreview model={model} pages={pages} forPrint />
    </div>,
    document.body,
  );
}

function PrintReport() {
  const report = useAppState((s) => s.report);
  const { model, pages } = useDocument(report);
  return <PrintView model={model} pages={pages} />;
}

/** Mounted once by the app: lays the report out for printing when the browser prints from any step. */
export function PrintOnDemand() {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // synchronously, so that the sheets are in the page before the browser lays it out for print
    const before = () => {
      if (!document.querySelector('.print-root')) flushSync(() => setPrinting(true));
    };
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing ? <PrintReport /> : null;
}
