// A table section's tokens → the table's values, driven by the template's rows and columns. Each run of
// figures belongs to the row whose label the text before it ends with; what fits no row, or holds a figure
// that cannot be read unambiguously, is a note with the text seen. Printed totals are kept to be compared.
import { parseNumberInput } from '../report/number';
import { cellPath } from '../template/paths';
import type { CellDef, ResolvedTemplate } from '../template/resolve';
import type { ColumnDef, ColumnNode, RowNode, TableDef, TableKey } from '../template/types';
import { EARLIER_COLUMN_WORDS, ROW_ALIASES } from './aliases';
import { NONE_PIECE, type Token } from './lines';
import { bare } from './sections';
import type { ImportNote } from './types';

export interface TableRead {
  /** Entered cells read: path → value. */
  values: Map<string, number>;
  /** Totals the report printed (derived cells): path → value, to compare with the sum of their parts. */
  stated: Map<string, number>;
  notes: ImportNote[];
}

interface RowSpec {
  key: string;
  label: string;
  /** Bare forms of the label a row may be written as, longest first. */
  keys: string[];
  columns: ColumnDef[];
}

const leaves = (nodes: ColumnNode[]): ColumnDef[] => nodes.flatMap((n) => ('children' in n ? leaves(n.children) : [n]));
const NUMBERING = /^[(（]?[一二三四五六七八九十\d]+[)）.、．]?/;

function rowKeys(table: TableKey, key: string, label: string): string[] {
  const own = [label, ...(ROW_ALIASES[`${table}.${key}`] ?? [])].map(bare);
  const unnumbered = bare(label.replace(NUMBERING, ''));
  if (unnumbered !== own[0] && unnumbered.length >= 4) own.push(unnumbered);
  return [...new Set(own)].sort((a, b) => b.length - a.length);
}

interface GroupSpec {
  label: string;
  /** The row a one-row 2019 layout of this group goes to (its `其他` row). */
  target: string;
}

function specs(def: TableDef): { rows: RowSpec[]; groups: GroupSpec[] } {
  const rows: RowSpec[] = [];
  const groups: GroupSpec[] = [];
  if (def.kind === 'grid') {
    const columns = leaves(def.columns);
    const walk = (nodes: RowNode[], prefix: string) => {
      for (const n of nodes) {
        if ('rows' in n) {
          const p = n.keyPrefix ? `${n.keyPrefix}.` : prefix;
          walk(n.rows, p);
          if (n.keyPrefix) {
            const leafRows = n.rows.filter((r): r is Extract<RowNode, { key: string }> => 'key' in r);
            const other = leafRows.find((r) => bare(r.label.replace(NUMBERING, '')) === '其他') ?? leafRows[leafRows.length - 1];
            if (other) groups.push({ label: n.label, target: p + other.key });
          }
        } else rows.push({ key: prefix + n.key, label: n.label, keys: rowKeys(def.key, prefix + n.key, n.label), columns });
      }
    };
    walk(def.rows, '');
  } else if (def.kind === 'blocks') {
    for (const b of def.blocks) for (const r of b.rows) rows.push({ key: r.key, label: r.label, keys: rowKeys(def.key, r.key, r.label), columns: b.columns });
  } else for (const g of def.groups) for (const r of g.rows) rows.push({ key: r.key, label: r.label, keys: [bare(r.label)], columns: def.columns });
  return { rows, groups };
}

const quote = (values: Token[]) => values.map((v) => (v.kind === 'value' ? v.raw || '（空白）' : '')).join(' ');

export function matchTable(resolved: ResolvedTemplate, def: TableDef, number: string, tokens: Token[]): TableRead {
  const read: TableRead = { values: new Map(), stated: new Map(), notes: [] };
  const { rows, groups } = specs(def);
  const name = `表${number}`;
  const allText = bare(tokens.map((t) => (t.kind === 'text' ? t.text : '')).join(''));
  const inYuan = /单位[:：]?元/.test(tokens.map((t) => (t.kind === 'text' ? t.text : '')).join('').replace(/\s+/g, '')) && !allText.includes('万元');
  if (EARLIER_COLUMN_WORDS.some((w) => allText.includes(w)) && resolved.template.edition !== '2019')
    read.notes.push({ kind: 'structure', path: `tables.${def.key}`, message: `${name}的列名是2019年版格式的（如“本年新制作数量”），按列的位置读入，请核对` });

  const assign = (row: RowSpec, values: Token[], seen: string) => {
    const cells = row.columns.map((c) => resolved.cellByPath.get(cellPath(def.key, row.key, c.key))!);
    let taken = values;
    // trailing empty cells beyond the row's width (a wider table) say nothing
    while (taken.length > cells.length && taken[taken.length - 1].kind === 'value' && (taken[taken.length - 1] as { blank: boolean }).blank) taken = taken.slice(0, -1);
    const entered = cells.filter((c) => !c.sumOf);
    let targets: CellDef[] | null = null;
    if (taken.length === cells.length) targets = cells;
    else if (taken.length === entered.length && entered.length < cells.length) {
      targets = entered;
      read.notes.push({ kind: 'assumed', path: cellPath(def.key, row.key, cells.find((c) => c.sumOf)!.column), message: `${name}“${row.label}”行：只有${taken.length}个数，没有总计，总计按各项相加计算` });
    } else if (taken.every((t) => t.kind === 'value' && /^0+$|^$/.test(t.raw) || (t.kind === 'value' && NONE_PIECE.test(t.raw)))) {
      for (const c of entered) read.values.set(c.path, 0);
      read.notes.push({ kind: 'assumed', path: (entered[0] ?? cells[0])?.path, message: `${name}“${row.label}”行：看到${taken.length}个数（应为${cells.length}个）“${quote(taken)}”，都是0或空白，整行按0读入` });
      return;
    } else {
      read.notes.push({ kind: 'unread', path: entered[0]?.path, message: `${name}“${row.label}”行：看到${taken.length}个数“${quote(taken)}”，应为${cells.length}个，无法确定各数所在的列，未读入${seen ? `（前面的文字：“${seen}”）` : ''}` });
      return;
    }
    targets.forEach((cell, i) => {
      const v = readValue(taken[i] as Extract<Token, { kind: 'value' }>, cell, name, inYuan);
      if (v.note) read.notes.push(v.note);
      if (v.value === null) return;
      if (cell.sumOf) read.stated.set(cell.path, v.value);
      else read.values.set(cell.path, v.value);
    });
  };

  if (def.kind === 'groups') {
    // one row of figures under a header of text: every figure of the section, in order
    const values = tokens.filter((t): t is Extract<Token, { kind: 'value' }> => t.kind === 'value');
    while (values.length && values[0].blank) values.shift();
    const width = def.columns.length;
    const enteredWidth = def.columns.filter((c) => !c.rowTotal).length;
    if (values.length === rows.length * width || values.length === rows.length * enteredWidth) {
      const per = values.length / rows.length;
      rows.forEach((r, i) => assign(r, values.slice(i * per, (i + 1) * per), ''));
    } else if (values.length && values.every((v) => v.blank || /^0+$/.test(v.raw) || NONE_PIECE.test(v.raw))) {
      for (const r of rows) for (const c of r.columns) if (!c.rowTotal) read.values.set(cellPath(def.key, r.key, c.key), 0);
      read.notes.push({ kind: 'assumed', path: `tables.${def.key}`, message: `${name}：看到${values.length}个数（应为${rows.length * width}个）“${quote(values)}”，都是0或空白，整表按0读入` });
    } else
      read.notes.push({
        kind: 'unread',
        path: `tables.${def.key}`,
        message: values.length
          ? `${name}：看到${values.length}个数“${quote(values)}”，应为${rows.length * width}个，无法确定各数所在的列，未读入`
          : `${name}：没有找到数字`,
      });
    return read;
  }

  const filled = new Set<string>();
  let text = '';
  let seenText = '';
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    if (t.kind === 'text') {
      text += bare(t.text);
      seenText += t.text;
      i++;
      continue;
    }
    const run: Token[] = [];
    while (i < tokens.length && tokens[i].kind === 'value') run.push(tokens[i++]);
    if (run.every((v) => (v as { blank: boolean }).blank)) continue; // empty cells of a header row
    const row = matchRow(rows, text);
    const seen = seenText.trim().slice(-30);
    if (row) {
      if (filled.has(row.key))
        read.notes.push({ kind: 'structure', path: cellPath(def.key, row.key, row.columns[0].key), message: `${name}“${row.label}”行出现了两次，按第一次读入（第二次为“${quote(run)}”）` });
      else {
        filled.add(row.key);
        assign(row, run, seen);
      }
    } else {
      const group = groups.find((g) => text.endsWith(bare(g.label)));
      const target = group && rows.find((r) => r.key === group.target);
      if (group && target && !filled.has(target.key)) {
        filled.add(target.key);
        assign(target, run, seen);
        read.notes.push({ kind: 'moved', path: cellPath(def.key, target.key, target.columns[0].key), message: `${name}“${group.label}”是一行（2019年版格式），其数字填入“${group.label} ${target.label}”行` });
      } else
        read.notes.push({ kind: 'unread', path: `tables.${def.key}`, message: `${name}：“${seen || '（无文字）'}”后面的数字“${quote(run)}”不属于表中任何一行，未读入` });
    }
    text = '';
    seenText = '';
  }
  for (const r of rows)
    if (!filled.has(r.key)) read.notes.push({ kind: 'unread', path: cellPath(def.key, r.key, r.columns[0].key), message: `${name}：没有找到“${r.label}”行` });
  return read;
}

/** The row whose label the text ends with: the longest such label wins (`行政规范性文件` over `规范性文件`). */
function matchRow(rows: RowSpec[], text: string): RowSpec | null {
  let best: RowSpec | null = null;
  let length = 0;
  for (const r of rows)
    for (const k of r.keys)
      if (k.length > length && text.endsWith(k)) {
        best = r;
        length = k.length;
      }
  return best;
}

interface ReadValue {
  value: number | null;
  note?: ImportNote;
}

const UNIT_AND_REMARK = /^([-－]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)(万元|元|件|条|个|项|次)?([（(][^（()）]*[）)])?$/;

/** One figure: a plain number; `-`, `/`, `—` or an empty cell as 0 (said); `22（其中修订16件）` as 22 (said); 元 as 万元. */
export function readValue(token: Extract<Token, { kind: 'value' }>, cell: CellDef, table: string, inYuan: boolean): ReadValue {
  const at = `${table} ${cell.label}`;
  if (token.blank) {
    if (cell.sumOf) return { value: null, note: { kind: 'assumed', path: cell.path, message: `${at}：空白，按各项相加计算` } };
    return { value: 0, note: { kind: 'assumed', path: cell.path, message: `${at}：空白，按0读入` } };
  }
  if (NONE_PIECE.test(token.raw)) return { value: 0, note: { kind: 'assumed', path: cell.path, message: `${at}：看到“${token.raw}”，按0读入` } };
  const m = UNIT_AND_REMARK.exec(token.raw);
  const parsed = m ? parseNumberInput(m[1], cell.kind === 'signed' ? 'signed' : 'amount') : null;
  if (!m || !parsed?.ok || parsed.value === null)
    return { value: null, note: { kind: 'unread', path: cell.path, message: `${at}：看到“${token.raw}”，不是一个数，未读入` } };
  let value = parsed.value;
  const unit = m[2] ?? '';
  let note: ImportNote | undefined;
  if (cell.kind === 'amount' && (unit === '元' || (inYuan && unit !== '万元'))) {
    value = Number((value / 10000).toFixed(6));
    note = { kind: 'converted', path: cell.path, message: `${at}：报告中为${m[1]}元，换算为${value}万元` };
  } else if (cell.kind === 'count' && (unit === '元' || unit === '万元'))
    return { value: null, note: { kind: 'unread', path: cell.path, message: `${at}：看到“${token.raw}”，这里应为件数，未读入` } };
  if (m[3]) note = { kind: 'assumed', path: cell.path, message: `${at}：看到“${token.raw}”，取${value}` };
  const check = parseNumberInput(String(value), cell.kind);
  if (!check.ok) return { value: null, note: { kind: 'unread', path: cell.path, message: `${at}：看到“${token.raw}”，${check.message}，未读入` } };
  return { value, note };
}
