import { parseCellPath } from '../template/paths';
import type { CellValue, Report } from './schema';

export function getCellValue(report: Report, path: string): CellValue {
  const a = parseCellPath(path);
  if (!a) return null;
  return report.tables[a.table]?.[a.row]?.[a.column] ?? null;
}

/** A new report with one cell changed; untouched tables and rows keep their identity. */
export function withCells(report: Report, changes: ReadonlyMap<string, CellValue>): Report {
  if (changes.size === 0) return report;
  const tables = { ...report.tables };
  const copied = new Set<string>();
  for (const [path, value] of changes) {
    const a = parseCellPath(path);
    if (!a) throw new Error(`not a cell: ${path}`);
    const tableId = a.table;
    const rowId = `${a.table}.${a.row}`;
    if (!copied.has(tableId)) {
      tables[a.table] = { ...tables[a.table] };
      copied.add(tableId);
    }
    if (!copied.has(rowId)) {
      tables[a.table][a.row] = { ...tables[a.table][a.row] };
      copied.add(rowId);
    }
    tables[a.table][a.row][a.column] = value;
  }
  return { ...report, tables };
}
