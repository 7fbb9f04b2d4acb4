// Cell addresses: `tables.<table>.<row>.<column>`, the same in findings, element ids and the draft file.
// A row key may itself contain a dot (`withheld.stateSecret`), so the column is always the last part.
import type { TableKey } from './types';

export function cellPath(table: TableKey, row: string, column: string): string {
  return `tables.${table}.${row}.${column}`;
}

/** Shared by every reader of the same path: never changed. */
export interface CellAddress {
  readonly table: TableKey;
  readonly row: string;
  readonly column: string;
}

/** Paths are a small fixed set read on every keystroke (checks, totals, stored values): each is parsed once. */
const parsed = new Map<string, CellAddress | null>();
const PARSED_LIMIT = 10_000;

export function parseCellPath(path: string): CellAddress | null {
  let address = parsed.get(path);
  if (address === undefined) {
    // a bound, so that paths read from hostile files cannot grow the cache without end
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(path, (address = parseUncached(path)));
  }
  return address;
}

function parseUncached(path: string): CellAddress | null {
  const parts = path.split('.');
  if (parts[0] !== 'tables' || parts.length < 4) return null;
  const table = parts[1];
  if (table !== 'active' && table !== 'requests' && table !== 'appeals') return null;
  return { table, row: parts.slice(2, -1).join('.'), column: parts[parts.length - 1] };
}
