// Test helper: reads a DOCX the way the checks need it — its document.xml as paragraphs and tables.
import { strFromU8, unzipSync } from 'fflate';
import { xmlProblem } from './xmlWellFormed';

export interface XmlCell {
  text: string;
  gridSpan: number;
  vMerge: 'restart' | 'continue' | null;
}
export interface XmlTable {
  gridCols: number[];
  rows: XmlCell[][];
  headerRows: number;
  cantSplitRows: number;
}

const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/**
 * The XML parts of a DOCX by name — after proving every part (and the .rels) well-formed XML 1.0, so that
 * each DOCX a test exports also proves that Word and LibreOffice can load it.
 */
export function readDocx(bytes: Uint8Array): Record<string, string> {
  const parts = Object.entries(unzipSync(bytes))
    .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
    .map(([name, data]) => [name, strFromU8(data)] as const);
  for (const [name, xml] of parts) {
    const problem = xmlProblem(xml);
    if (problem) throw new Error(`${name} is not well-formed XML: ${problem}`);
  }
  return Object.fromEntries(parts.filter(([name]) => name.endsWith('.xml')));
}

export function tablesOf(documentXml: string): XmlTable[] {
  return [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([tbl]) => {
    const rows = [...tbl.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([tr]) => tr);
    return {
      gridCols: [...tbl.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1])),
      headerRows: rows.filter((tr) => /<w:tblHeader(?: w:val="(?:true|1|on)")?\/>/.test(tr)).length,
      cantSplitRows: rows.filter((tr) => /<w:cantSplit(?: w:val="(?:true|1|on)")?\/>/.test(tr)).length,
      rows: rows.map((tr) =>
        [...tr.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([tc]) => {
          const span = /<w:gridSpan w:val="(\d+)"/.exec(tc);
          const merge = /<w:vMerge(?: w:val="(\w+)")?\/?>/.exec(tc);
          return {
            text: texts(tc).trim(),
            gridSpan: span ? Number(span[1]) : 1,
            vMerge: merge ? (merge[1] === 'restart' ? 'restart' : 'continue') : null,
          };
        }),
      ),
    };
  });
}

/** Text of each body paragraph outside tables, in order. */
export function paragraphsOf(documentXml: string): string[] {
  const body = documentXml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => texts(p)).filter((t) => t !== '');
}

/** The structure of a table without its text: spans and merges per row. */
export const shape = (t: XmlTable) =>
  t.rows.map((r) => r.map((c) => `${c.gridSpan}${c.vMerge ? `:${c.vMerge}` : ''}`).join(' '));
