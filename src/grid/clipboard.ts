// Tab-separated text as Excel and WPS put it on the clipboard.
// A quoted cell may hold tabs, line breaks and doubled quotes; Windows line ends are accepted;
// the trailing line end Excel adds does not make an empty last row.
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
      // A quoted cell: read to the closing quote.
      quotedCell = true;
      i++;
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += text[i++];
      }
      continue;
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
