// Writes sheets as an .xlsx with exceljs (Excel and WPS open it; text is stored as shared strings, UTF-8).
// Built apart as a classic script and loaded on the first export (see vite.config.ts), like the exporters.
import ExcelJS from 'exceljs';
import type { Sheet } from './sheet';

export async function writeXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = '年报助手';
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(sheet.header).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row);
    sheet.header.forEach((h, i) => {
      const widest = Math.max(h.length, ...sheet.rows.map((r) => String(r[i] ?? '').length));
      ws.getColumn(i + 1).width = Math.min(60, 4 + widest * 2);
    });
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
