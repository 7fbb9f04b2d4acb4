// The import corpus: published reports in every form they come in, each with the figures a person read off the
// original by hand. Never produced by the reader under test: a case whose expectation came from the reader
// proves nothing.
import { resolveTemplate } from '../../src/template/resolve';
import { template2019, template2021 } from '../../src/template';

/** The forms a published report reaches us in (each case's form: seeds/manifest.ts, real/manifest.ts). */
export type CorpusForm =
  | 'pdf' // a PDF with a text layer (WPS, Word, LibreOffice, a portal's converter)
  | 'pdf-layout-text' // `pdftotext -layout` of a PDF, pasted
  | 'pdf-plain-text' // text copied from a PDF viewer without layout (`pdftotext` without -layout)
  | 'docx'
  | 'html' // a saved web page
  | 'html-paste' // a web page's table copied from the browser (text/html on the clipboard)
  | 'text' // a clean .txt
  | 'page-text' // a crawler's page text: cells run together without separators
  | 'markdown' // pipe tables
  | 'tsv' // tab-separated text
  | 'ocr' // OCR output: blocks per group, headers as 数据1…数据6
  | 'typos' // labels with typos, other numbering, group labels once
  | 'layout2019'; // a 2021-year report whose 表三 uses the 2019 layout

export interface CorpusExpectation {
  agency: string;
  year: number;
  edition: '2019' | '2021';
  /**
   * Every entered cell of the edition's tables (paths as in the draft file: `tables.requests.new.natural`): the
   * figure printed, or null where the published report itself has no figure for it.
   */
  values: Record<string, number | null>;
  /**
   * The published report's own arithmetic errors, each a substring of the finding the reader must give
   * (`行政复议 总计：报告中为0，各项相加为11`). Empty for a sound report: then any 勾稽不符 is invented.
   */
  errors: string[];
  /**
   * Cells whose figure the source itself does not determine: figures run together where no sum of the table ties
   * them (`行政规范性文件693665`: 69|3|665 or 6|93|665…). The figure printed stays in `values` (read off the portal's
   * own table), but a reader must leave these cells unread and say why: read blank they count as right, any figure
   * read there as wrong (a guess, even a lucky one).
   */
  undetermined?: string[];
}

export interface CorpusCase {
  /** Unique, short: `tieli-2024.pdf`. */
  id: string;
  /** Relative to test/corpus/. */
  file: string;
  form: CorpusForm;
  /** `file`: read as the file it is (by extension, PDFs with pdf.js); `paste`: its text pasted into 粘贴报告内容. */
  how: 'file' | 'paste';
  expected: CorpusExpectation;
  /** Where the original was published or taken from, and how this file was made from it. */
  source: string;
}

/** Every entered cell of an edition at 0, then the figures given: most reports print 0 in most cells. */
export function figures(
  edition: '2019' | '2021',
  nonZero: Record<string, number | null>,
): Record<string, number | null> {
  const template = edition === '2019' ? template2019 : template2021;
  const all: Record<string, number | null> = {};
  for (const c of resolveTemplate(template).cells) if (!c.sumOf) all[c.path] = 0;
  for (const [path, v] of Object.entries(nonZero)) {
    if (!(path in all)) throw new Error(`corpus: ${path} is not an entered cell of the ${edition} edition`);
    all[path] = v;
  }
  return all;
}
