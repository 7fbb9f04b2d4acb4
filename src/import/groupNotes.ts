// What the import assumed cell by cell (an empty cell or a dash read as 0) is said once per table, so that the
// 识别 preview stays short enough to read: `表三 商业企业、科研机构…列全部空白，按0读入（共96格）`. What could not be
// read, and every doubt, stays one note each, with its row and the text seen.
import type { ResolvedTemplate } from '../template/resolve';
import type { ImportNote } from './types';

/** `表三 自然人 一、本年新收…：空白，按0读入` and `…：看到“-”，按0读入`: the per-cell notes grouped here. */
const PER_CELL_ZERO = /：(空白|看到“[^”]*”)，按0读入$/;

export function groupAssumedZeros(resolved: ResolvedTemplate, notes: ImportNote[]): ImportNote[] {
  const groups = new Map<string, { table: string; how: string; paths: string[] }>();
  const out: (ImportNote | string)[] = [];
  for (const n of notes) {
    const m = n.kind === 'assumed' && n.path ? PER_CELL_ZERO.exec(n.message) : null;
    const cell = m ? resolved.cellByPath.get(n.path!) : undefined;
    if (!m || !cell) {
      out.push(n);
      continue;
    }
    const table = n.message.slice(0, n.message.indexOf(' '));
    const how = m[1] === '空白' ? '空白' : `为“${m[1].slice(3, -1)}”`;
    const key = `${table}|${how}`;
    if (!groups.has(key)) {
      groups.set(key, { table, how, paths: [] });
      out.push(key);
    }
    groups.get(key)!.paths.push(n.path!);
  }
  return out.map((item) => {
    if (typeof item !== 'string') return item;
    const { table, how, paths } = groups.get(item)!;
    if (paths.length === 1) return notes.find((n) => n.path === paths[0] && PER_CELL_ZERO.test(n.message))!;
    const cells = paths.map((p) => resolved.cellByPath.get(p)!);
    const tableKey = cells[0].table;
    const entered = resolved.cells.filter((c) => c.table === tableKey && !c.sumOf);
    // columns every entered cell of which is in the group are named; the rest is counted
    const columns = [...new Set(cells.map((c) => c.column))].filter((col) =>
      entered.filter((c) => c.column === col).every((c) => paths.includes(c.path)),
    );
    const whole = columns.length > 0 && cells.every((c) => columns.includes(c.column));
    const names = columns.map((col) => entered.find((c) => c.column === col)!.columnLabel).join('、');
    const where = whole ? ` ${names}列全部` : `：${paths.length}格`;
    const first = whole ? '' : `，如“${cells[0].label}”`;
    return {
      kind: 'assumed',
      path: paths[0],
      cells: paths,
      message: `${table}${where}${how}，按0读入（共${paths.length}格${first}）`,
    } satisfies ImportNote;
  });
}
