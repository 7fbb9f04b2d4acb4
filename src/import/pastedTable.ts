// A table pasted into the grid with its row labels (TSV, or the HTML of a web page or Word): read with the same
// matcher as an import (matchTable, template rows and aliases), so the labels live in one place. Caption and header
// rows carry no figures and only lead to the first row's label; what matched no row comes back as a note.
import { cellPath } from '../template/paths';
import type { ResolvedTemplate } from '../template/resolve';
import type { TableDef } from '../template/types';
import type { ParseDom } from './dom';
import { tokens, toLines } from './lines';
import { matchTable, type TableRead } from './matchTables';
import { readHtmlString } from './readHtml';
import { readTextString } from './readText';

export interface PastedTable extends TableRead {
  /** Labels of the template rows that received figures, in the table's order. */
  rows: string[];
}

export function matchPastedTable(
  resolved: ResolvedTemplate,
  def: TableDef,
  number: string,
  paste: { html?: string; text: string },
  parse?: ParseDom,
): PastedTable {
  const html = paste.html?.trim() ?? '';
  const doc =
    html && /<(table|tr)\b/i.test(html) ? readHtmlString(html, parse, 'html') : readTextString(paste.text, 'paste');
  const read = matchTable(resolved, def, number, tokens(toLines(doc)), { anyOrder: true });
  const table = resolved.tables.find((t) => t.key === def.key)!;
  const filled = new Set<string>();
  for (const path of [...read.values.keys(), ...read.stated.keys()]) filled.add(resolved.cellByPath.get(path)!.row);
  const rows: string[] = [];
  for (const c of table.cells)
    if (filled.has(c.row) && !rows.includes(c.rowLabel) && read.values.has(cellPath(def.key, c.row, c.column)))
      rows.push(c.rowLabel);
  return { ...read, rows };
}
