// Writes sheets as an .xlsx with exceljs (Excel and WPS open it; text is stored as shared strings, UTF-8).
// Built apart as a classic script and loaded on the first export (see vite.config.ts), like the exporters.
import ExcelJS from 'exceljs';
// only types from ./sheet: this script is built apart, and must not carry the checks and templates along
import type { Sheet, SheetCell } from './sheet';

export async function writeXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = '年报助手';
  for (const sheet of sheets) writeSheet(book, sheet);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The rows the writer freezes at the top; the last one carries the autofilter. */
export const headerRowsOf = (sheet: Sheet): SheetCell[][] => sheet.headerRows ?? [sheet.header];

/** A row that is one line of text (a title, a note): it runs on over the empty cells beside it, unwrapped. */
export const isTextLine = (row: readonly SheetCell[]) => row.slice(1).every((v) => v === null || v === '');

/**
 * Each column as wide as its widest cell (two units a character, wide enough for Chinese; at most 60), leaving
 * out what does not sit in one column: a cell merged over several columns, and a line of text.
 */
export function columnWidths(sheet: Sheet): number[] {
  const head = headerRowsOf(sheet);
  const all = [...head, ...sheet.rows];
  const spanning = new Set((sheet.merges ?? []).filter((m) => m.right > m.left).map((m) => `${m.top}:${m.left}`));
  // a sheet of one column is all text lines: those then count
  const skipLines = all.some((row) => !isTextLine(row));
  const widest: number[] = [];
  all.forEach((row, r) => {
    if (skipLines && isTextLine(row)) return;
    row.forEach((v, c) => {
      if (spanning.has(`${r + 1}:${c + 1}`)) return;
      widest[c] = Math.max(widest[c] ?? 0, String(v ?? '').length);
    });
  });
  return Array.from({ length: Math.max(0, ...all.map((r) => r.length)) }, (_, c) =>
    Math.min(60, 4 + (widest[c] ?? 0) * 2),
  );
}

function writeSheet(book: ExcelJS.Workbook, sheet: Sheet) {
  const head = headerRowsOf(sheet);
  // every header row stays in view while the reviewer scrolls the data
  const ws = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: head.length }] });
  for (const line of head) ws.addRow(line).font = { bold: true };
  for (const line of sheet.rows) ws.addRow(line);
  for (const n of sheet.boldRows ?? []) ws.getRow(n).font = { bold: true };
  columnWidths(sheet).forEach((width, i) => (ws.getColumn(i + 1).width = width));
  align(ws, sheet, head.length);
  for (const m of sheet.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  const columns = Math.max(1, ...[...head, ...sheet.rows].map((r) => r.length));
  if (sheet.autoFilter !== false)
    ws.autoFilter = {
      from: { row: head.length, column: 1 },
      to: { row: head.length + sheet.rows.length, column: columns },
    };
}

/**
 * Text in a table's cell wraps within its column (a reply per line in 批注, a long row label in 汇总); a line
 * of text runs on over the empty cells beside it. Headings and merged cells are centred, as printed.
 */
function align(ws: ExcelJS.Worksheet, sheet: Sheet, headRows: number) {
  const merged = new Set((sheet.merges ?? []).map((m) => `${m.top}:${m.left}`));
  [...headerRowsOf(sheet), ...sheet.rows].forEach((line, r) => {
    if (isTextLine(line)) return;
    line.forEach((value, c) => {
      if (typeof value !== 'string' || value === '') return;
      const centred = r < headRows || merged.has(`${r + 1}:${c + 1}`);
      ws.getCell(r + 1, c + 1).alignment = centred
        ? { horizontal: 'center', vertical: 'middle', wrapText: true }
        : { vertical: 'top', wrapText: true };
    });
  });
}
