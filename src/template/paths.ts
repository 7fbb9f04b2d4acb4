// Cell addresses: `tables.<table>.<row>.<column>`, the same in findings, element ids and the draft file.
// A row key may itself contain a dot (`withheld.stateSecret`), so the column is always the last part.
import type { TableKey } from './types';

export function cellPath(table: TableKey, row: string, column: string): string {
  return `tables.${table}.${row}.${column}`;
}

export interface CellAddress {
  table: TableKey;
  row: string;
  column: string;
}

export function parseCellPath(path: string): CellAddress | null {
  const parts = path.split('.');
  if (parts[0] !== 'tables' || parts.length < 4) return null;
  const table = parts[1];
  if (table !== 'active' && table !== 'requests' && table !== 'appeals') return null;
  return { table, row: parts.slice(2, -1).join('.'), column: parts[parts.length - 1] };
}
