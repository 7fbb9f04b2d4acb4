// Tab-separated text as Excel and WPS put it on the clipboard.
// A quoted cell may hold tabs, line breaks and doubled quotes; Windows line ends are accepted;
// the trailing line end Excel adds does not make an empty last row. A quote that is not closed where a
// cell can end (text typed with a leading `"`) is an ordinary character: it never glues cells together.

/**
 * The quoted cell opening at `start`: its text and the index just past the closing quote — or null when no
 * quote closes it right before a tab, a line end or the end of the text (then it was not a quoted cell).
 */
function readQuoted(text: string, start: number): { text: string; end: number } | null {
  let out = '';
  let i = start + 1;
  while (i < text.length) {
    if (text[i] !== '"') {
      out += text[i++];
      continue;
    }
    if (text[i + 1] === '"') {
      out += '"';
      i += 2;
      continue;
    }
    const after = text[i + 1];
    if (after === undefined || after === '\t' || after === '\n' || after === '\r') return { text: out, end: i + 1 };
    return null; // a lone quote inside: Excel would have doubled it, so this was never a quoted cell
  }
  return null;
}

export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quotedCell = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
    quotedCell = false;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && cell === '' && !quotedCell) {
      const quoted = readQuoted(text, i);
      if (quoted) {
        // A quoted cell: its text, tabs and line breaks included (the number reader refuses those as text).
        quotedCell = true;
        cell = quoted.text;
        i = quoted.end;
        continue;
      }
      // No closing quote where one could end the cell: the quote is an ordinary character, read on.
    }
    if (ch === '\t') endCell();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else if (ch === '\n' || ch === '\r') endRow();
    else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0 || quotedCell) endRow();
  // Blank lines at the end (a trailing line end, or two) are not rows: they would clear cells below.
  while (rows.length && rows[rows.length - 1].every((c) => c === '')) rows.pop();
  return rows;
}
