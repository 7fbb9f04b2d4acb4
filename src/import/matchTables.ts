// A table section's tokens → the table's values, driven by the template's rows and columns. Each run of
// figures belongs to the row whose label the text before it ends with; what fits no row, or holds a figure
// that cannot be read unambiguously, is a note with the text seen. Printed totals are kept to be compared.
import { cellPath } from '../template/paths';
import type { CellDef, ResolvedTable, ResolvedTemplate } from '../template/resolve';
import { alignAnchors, type Anchor, type Span } from './align';
import { splitRunOnRows, type Relation, type RunOnRow } from './digitSplit';
import type { ColumnDef, ColumnNode, RowNode, TableDef, TableKey } from '../template/types';
import { EARLIER_COLUMN_WORDS, ROW_ALIASES } from './aliases';
import type { Token } from './lines';
import { isNoneMark } from '../report/number';
import { readValue } from './readValue';
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

/** A label to find in the table's text, in template order: a row's, or a merged group's. */
type AnchorSpec =
  | { kind: 'row'; row: RowSpec }
  | {
      kind: 'group';
      label: string;
      /** The row a one-row 2019 layout of this group goes to (its `其他` row), and the group's rows. */
      target: string | null;
      rows: string[];
    };

function specs(def: TableDef): { rows: RowSpec[]; anchors: AnchorSpec[] } {
  const rows: RowSpec[] = [];
  const anchors: AnchorSpec[] = [];
  const addRow = (spec: RowSpec) => {
    rows.push(spec);
    anchors.push({ kind: 'row', row: spec });
  };
  if (def.kind === 'grid') {
    const columns = leaves(def.columns);
    const walk = (nodes: RowNode[], prefix: string) => {
      for (const n of nodes) {
        if ('rows' in n) {
          const p = n.keyPrefix ? `${n.keyPrefix}.` : prefix;
          const leafRows = n.rows.filter((r): r is Extract<RowNode, { key: string }> => 'key' in r);
          const other = n.keyPrefix
            ? (leafRows.find((r) => bare(r.label.replace(NUMBERING, '')) === '其他') ?? leafRows[leafRows.length - 1])
            : undefined;
          anchors.push({
            kind: 'group',
            label: n.label,
            target: other ? p + other.key : null,
            rows: leafRows.map((r) => p + r.key),
          });
          walk(n.rows, p);
        } else
          addRow({ key: prefix + n.key, label: n.label, keys: rowKeys(def.key, prefix + n.key, n.label), columns });
      }
    };
    walk(def.rows, '');
  } else if (def.kind === 'blocks') {
    for (const b of def.blocks)
      for (const r of b.rows)
        addRow({ key: r.key, label: r.label, keys: rowKeys(def.key, r.key, r.label), columns: b.columns });
  } else
    for (const g of def.groups)
      for (const r of g.rows) rows.push({ key: r.key, label: r.label, keys: [bare(r.label)], columns: def.columns });
  return { rows, anchors };
}

const toAnchor = (a: AnchorSpec): Anchor =>
  a.kind === 'row'
    ? { forms: a.row.keys }
    : { forms: [...new Set([bare(a.label), bare(a.label.replace(NUMBERING, ''))])], weight: 0.5 };

type ValueToken = Extract<Token, { kind: 'value' }>;
/** Past this many characters of labels a table section is not a table (a real one has ~1,500). */
const MAX_TABLE_TEXT = 30_000;
const quote = (values: ValueToken[]) => values.map((v) => v.raw || '（空白）').join(' ');

/** A run of figures in the table's text, where it stands in the text of labels (`at`), and the words before it. */
interface Run {
  at: number;
  values: ValueToken[];
  seen: string;
}

/** Figures that ran together (`230 000023`): plain digits only, fewer pieces than cells, enough digits for all. */
function runTogether(values: ValueToken[], width: number): boolean {
  if (values.length >= width || values.some((v) => v.blank || !/^\d+$/.test(v.raw))) return false;
  return values.reduce((n, v) => n + v.raw.length, 0) >= width;
}

/** The table's arithmetic as relations over cell paths: every total, and the balance of table 三 per column. */
function relationsOf(table: ResolvedTable): Relation[] {
  const relations: Relation[] = table.cells.filter((c) => c.sumOf).map((c) => ({ left: [c.path], right: c.sumOf! }));
  if (table.def.kind === 'grid') {
    const { balance, key } = table.def;
    for (const column of leaves(table.def.columns))
      relations.push({
        left: balance.left.map((r) => cellPath(key, r, column.key)),
        right: balance.right.map((r) => cellPath(key, r, column.key)),
      });
  }
  return relations;
}

/**
 * `anyOrder`: the rows may come in any order (a table pasted with its labels): each run of figures goes to the row
 * whose label the text since the run before names.
 */
export function matchTable(
  resolved: ResolvedTemplate,
  def: TableDef,
  number: string,
  tokens: Token[],
  options: { anyOrder?: boolean } = {},
): TableRead {
  const read: TableRead = { values: new Map(), stated: new Map(), notes: [] };
  const { rows, anchors } = specs(def);
  const table = resolved.tables.find((t) => t.key === def.key)!;
  const name = `表${number}`;
  const allText = bare(tokens.map((t) => (t.kind === 'text' ? t.text : '')).join(''));
  const inYuan =
    /单位[:：]?元/.test(
      tokens
        .map((t) => (t.kind === 'text' ? t.text : ''))
        .join('')
        .replace(/\s+/g, ''),
    ) && !allText.includes('万元');
  if (EARLIER_COLUMN_WORDS.some((w) => allText.includes(w)) && resolved.template.edition !== '2019')
    read.notes.push({
      kind: 'structure',
      path: `tables.${def.key}`,
      message: `${name}的列名是2019年版格式的（如“本年新制作数量”），按列的位置读入，请核对`,
    });
  const enteredOf = (row: RowSpec) =>
    row.columns.filter((c) => !c.rowTotal).map((c) => cellPath(def.key, row.key, c.key));
  const runOn: { row: RowSpec; run: Run }[] = [];

  const unread = (row: RowSpec, message: string) =>
    read.notes.push({ kind: 'unread', path: enteredOf(row)[0], cells: enteredOf(row), message });

  const assign = (row: RowSpec, run: Run) => {
    const cells = row.columns.map((c) => resolved.cellByPath.get(cellPath(def.key, row.key, c.key))!);
    let taken = run.values;
    // trailing empty cells beyond the row's width (a wider table) say nothing
    while (taken.length > cells.length && taken[taken.length - 1].blank) taken = taken.slice(0, -1);
    // and leading ones: the merged label columns of a table written without spans (a pipe table)
    while (taken.length > cells.length && taken[0].blank) taken = taken.slice(1);
    const entered = cells.filter((c) => !c.sumOf);
    let targets: CellDef[] | null = null;
    if (taken.length === cells.length) targets = cells;
    else if (taken.length === entered.length && entered.length < cells.length) {
      targets = entered;
      read.notes.push({
        kind: 'assumed',
        path: cellPath(def.key, row.key, cells.find((c) => c.sumOf)!.column),
        message: `${name}“${row.label}”行：只有${taken.length}个数，没有总计，总计按各项相加计算`,
      });
    } else if (runTogether(taken, cells.length)) {
      runOn.push({ row, run: { ...run, values: taken } });
      return;
    } else if (taken.every((t) => /^0+$|^$/.test(t.raw) || isNoneMark(t.raw))) {
      for (const c of entered) read.values.set(c.path, 0);
      read.notes.push({
        kind: 'assumed',
        path: (entered[0] ?? cells[0])?.path,
        message: `${name}“${row.label}”行：看到${taken.length}个数（应为${cells.length}个）“${quote(taken)}”，都是0或空白，整行按0读入`,
      });
      return;
    } else {
      unread(
        row,
        `${name}“${row.label}”行：看到${taken.length}个数“${quote(taken)}”，应为${cells.length}个，无法确定各数所在的列，未读入${run.seen ? `（前面的文字：“${run.seen}”）` : ''}`,
      );
      return;
    }
    targets.forEach((cell, i) => {
      const v = readValue(taken[i], cell, name, inYuan);
      if (v.note) read.notes.push(v.note);
      if (v.value === null) return;
      if (cell.sumOf) read.stated.set(cell.path, v.value);
      else read.values.set(cell.path, v.value);
    });
  };

  if (def.kind === 'groups') {
    // one row of figures under a header of text: every figure of the section, in order
    const width = def.columns.length;
    const enteredWidth = def.columns.filter((c) => !c.rowTotal).length;
    let values = tokens.filter((t): t is ValueToken => t.kind === 'value');
    while (values.length && values[0].blank) values.shift();
    // figures of the text after the table (`2024年` spaced as `2024 年`): the one run of the table's width is the table
    const runs: ValueToken[][] = [];
    tokens.forEach((t, i) => {
      if (t.kind !== 'value') return;
      if (tokens[i - 1]?.kind === 'value') runs[runs.length - 1].push(t);
      else runs.push([t]);
    });
    const exact = runs.filter(
      (r) =>
        r.filter((v) => !v.blank).length > 0 &&
        (r.length === rows.length * width || r.length === rows.length * enteredWidth),
    );
    if (values.length !== rows.length * width && values.length !== rows.length * enteredWidth && exact.length === 1)
      values = exact[0];
    if (values.length === rows.length * width || values.length === rows.length * enteredWidth) {
      const per = values.length / rows.length;
      rows.forEach((r) => assign(r, { at: 0, values: values.splice(0, per), seen: '' }));
    } else if (runTogether(values, rows.length * width)) {
      const cells = rows.flatMap((r) => r.columns.map((c) => cellPath(def.key, r.key, c.key)));
      splitRows(
        [{ label: name, cells, seen: values.map((v) => v.raw).join(' ') }],
        relationsOf(table),
        read,
        name,
        resolved,
      );
    } else if (values.length && values.every((v) => v.blank || /^0+$/.test(v.raw) || isNoneMark(v.raw))) {
      for (const r of rows)
        for (const c of r.columns) if (!c.rowTotal) read.values.set(cellPath(def.key, r.key, c.key), 0);
      read.notes.push({
        kind: 'assumed',
        path: `tables.${def.key}`,
        message: `${name}：看到${values.length}个数（应为${rows.length * width}个）“${quote(values)}”，都是0或空白，整表按0读入`,
      });
    } else
      read.notes.push({
        kind: 'unread',
        path: `tables.${def.key}`,
        cells: rows.flatMap(enteredOf),
        message: values.length
          ? `${name}：看到${values.length}个数“${quote(values)}”，应为${rows.length * width}个，无法确定各数所在的列，未读入`
          : `${name}：没有找到数字`,
      });
    return read;
  }

  // the labels' text, and where each run of figures stands in it
  let text = '';
  let seen = '';
  const runs: Run[] = [];
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i];
    if (t.kind === 'text') {
      text += bare(t.text);
      seen = (seen + t.text).slice(-40);
      i++;
      continue;
    }
    const values: ValueToken[] = [];
    while (i < tokens.length && tokens[i].kind === 'value') values.push(tokens[i++] as ValueToken);
    if (values.every((v) => v.blank)) continue; // empty cells of a header row
    runs.push({ at: text.length, values, seen: seen.trim().slice(-30) });
    seen = '';
  }
  // a table's labels run to ~1,500 characters; the alignment's work grows with the text, so a section far longer
  // than any table is not a table to read
  if (text.length > MAX_TABLE_TEXT) {
    read.notes.push({
      kind: 'unread',
      path: `tables.${def.key}`,
      cells: rows.flatMap(enteredOf),
      message: `${name}的文字有${text.length}字（表格不过几千字），不像这张表，未读入`,
    });
    return read;
  }
  const spans = alignAnchors(anchors.map(toAnchor), text);
  const found = anchors
    .map((a, k) => ({ a, span: spans[k] }))
    .filter((f): f is { a: AnchorSpec; span: Span } => f.span !== null);

  // a label found but not to the letter: say what was seen
  for (const { a, span } of found)
    if (a.kind === 'row' && span.similarity < 1)
      read.notes.push({
        kind: 'assumed',
        path: enteredOf(a.row)[0],
        message: `${name}“${a.row.label}”行：报告中写作“${text.slice(span.start, span.end)}”，按行的顺序和最接近的名称读入`,
      });

  /**
   * The row whose label the text since the run before names last. `strict`: to the letter and right before the run
   * — out of the template's order, a run's row only when no label in order claims the run (table 二's blocks printed
   * in another order); a converter may print a label right above another row's figures.
   */
  const labelBefore = (run: Run, strict: boolean): RowSpec | undefined => {
    const i = runs.indexOf(run);
    const from = i > 0 ? runs[i - 1].at : 0;
    const spans = alignAnchors(anchors.map(toAnchor), text.slice(from, run.at));
    const last = spans
      .map((span, k) => ({ a: anchors[k], span }))
      .filter(
        (f) => f.span && f.a.kind === 'row' && (!strict || (f.span.end === run.at - from && f.span.similarity === 1)),
      )
      .pop();
    return last?.a.kind === 'row' ? last.a.row : undefined;
  };
  const byRow = new Map<string, Run>();
  const moved = new Set<string>();
  /** The row of a run by the labels found in the template's order. */
  const rowInOrder = (run: Run): RowSpec | undefined => {
    // figures printed inside a wrapped label (on its middle line) are that row's; else the label before them
    const inside = found.find((f) => f.a.kind === 'row' && f.span.start < run.at && run.at < f.span.end);
    const before = inside ?? found.filter((f) => f.span.end <= run.at).pop();
    if (before?.a.kind === 'row') return before.a.row;
    if (before?.a.kind !== 'group' || !before.a.target) return undefined;
    const { rows: members, target, label } = before.a;
    // a group printed as one row (the 2019 layout of （六）其他处理): its figures go to the group's 其他 row
    if (found.some((f) => f.a.kind === 'row' && members.includes(f.a.row.key))) return undefined;
    const row = rows.find((r) => r.key === target);
    if (row && !byRow.has(row.key)) {
      moved.add(row.key);
      read.notes.push({
        kind: 'moved',
        path: enteredOf(row)[0],
        message: `${name}“${label}”是一行（2019年版格式），其数字填入“${label} ${row.label}”行`,
      });
      for (const other of members.filter((m) => m !== target)) {
        const spec = rows.find((r) => r.key === other)!;
        for (const p of enteredOf(spec)) read.values.set(p, 0);
        moved.add(other);
        read.notes.push({
          kind: 'assumed',
          path: enteredOf(spec)[0],
          message: `${name}“${label} ${spec.label}”行：2019年版格式没有这一行，按0读入`,
        });
      }
    }
    return row;
  };
  /** Runs whose row was taken: their label may come after them (figures centred beside a label written lower). */
  const deferred: Run[] = [];
  for (const run of runs) {
    const row = options.anyOrder ? labelBefore(run, false) : rowInOrder(run);
    if (row && !byRow.has(row.key)) byRow.set(row.key, run);
    else deferred.push(run);
  }
  // Runs no label places — a row printed without its label (a converter that lost it, or put it elsewhere), two
  // rows' figures in one run — go by the table's order: to the next row without figures after the row placed before
  // them. Certain when that row's label stands below the run (pushed down past a merged label or a page break);
  // otherwise only if the table's arithmetic then holds exactly (checked below), and said.
  const labelAt = (r: RowSpec) => found.find((f) => f.a.kind === 'row' && f.a.row === r);
  const free = (r: RowSpec | undefined) => !!r && !byRow.has(r.key) && !moved.has(r.key);
  const byOrder = new Set<string>();
  const rowBefore = (run: Run) => {
    let key: string | undefined;
    for (const [k, placed] of byRow)
      if (
        placed.at <= run.at &&
        runs.indexOf(placed) < runs.indexOf(run) &&
        (!key || rows.findIndex((r) => r.key === k) > rows.findIndex((r) => r.key === key))
      )
        key = k;
    return key === undefined ? -1 : rows.findIndex((r) => r.key === key);
  };
  const placeByOrder = (run: Run, candidate: RowSpec | undefined) => {
    if (!candidate || options.anyOrder || !free(candidate)) return false;
    const label = labelAt(candidate);
    if (label && label.span.start < run.at) return false; // its label stands above: these figures are not its
    byRow.set(candidate.key, run);
    if (!label) byOrder.add(candidate.key);
    else
      read.notes.push({
        kind: 'assumed',
        path: enteredOf(candidate)[0],
        message: `${name}“${candidate.label}”行：数字印在本行名称之前，按顺序读入`,
      });
    return true;
  };
  // k rows' figures in one run: the k−1 rows after the run's row, in order
  for (const [key, run] of options.anyOrder ? [] : [...byRow]) {
    const at = rows.findIndex((r) => r.key === key);
    const width = rows[at].columns.length;
    const k = run.values.length / width;
    if (!Number.isInteger(k) || k < 2) continue;
    const split = (i: number) => ({ ...run, values: run.values.slice(i * width, (i + 1) * width) });
    // labels printed in a block, then their figures in a block: the k−1 rows before the run's row, found since the
    // run before it, with no figures of their own
    const previous = rows.slice(at - k + 1, at);
    const since = runs[runs.indexOf(run) - 1]?.at ?? 0;
    if (
      previous.length === k - 1 &&
      previous.every(
        (r) =>
          free(r) &&
          r.columns.length === width &&
          labelAt(r) &&
          labelAt(r)!.span.start >= since &&
          labelAt(r)!.span.end <= run.at,
      )
    ) {
      previous.forEach((r, i) => byRow.set(r.key, split(i)));
      byRow.set(key, split(k - 1));
      read.notes.push({
        kind: 'assumed',
        path: enteredOf(rows[at - k + 1])[0],
        message: `${name}：${[...previous, rows[at]].map((r) => `“${r.label}”`).join('、')}${k}行的名称印在一起，数字印在其后，按顺序读入`,
      });
      continue;
    }
    const next = rows.slice(at + 1, at + k);
    if (
      next.length !== k - 1 ||
      next.some((r) => !free(r) || r.columns.length !== width || (labelAt(r) && labelAt(r)!.span.start < run.at))
    )
      continue;
    byRow.set(key, split(0));
    next.forEach((r, i) => placeByOrder(split(i + 1), r));
  }
  for (const run of deferred) {
    const own = labelBefore(run, true);
    if (own && free(own)) {
      byRow.set(own.key, run);
      continue;
    }
    const previous = rowBefore(run);
    const candidate = rows.slice(previous + 1).find((r) => free(r));
    if (!placeByOrder(run, candidate))
      read.notes.push({
        kind: 'unread',
        path: `tables.${def.key}`,
        message: `${name}：“${run.seen || '（无文字）'}”后面的数字“${quote(run.values)}”不能确定属于哪一行，未读入`,
      });
  }
  for (const row of rows) {
    const run = byRow.get(row.key);
    if (run) assign(row, run);
    else if (!moved.has(row.key)) {
      const labelFound = found.some((f) => f.a.kind === 'row' && f.a.row === row);
      // a paste names only the rows it holds: a row it does not mention is not missing from it
      if (options.anyOrder && !labelFound) continue;
      unread(
        row,
        labelFound ? `${name}“${row.label}”行：找到了这一行，但没有读到它的数字` : `${name}：没有找到“${row.label}”行`,
      );
    }
  }
  if (runOn.length)
    splitRows(
      runOn.map(({ row, run }) => ({
        label: row.label,
        cells: row.columns.map((c) => cellPath(def.key, row.key, c.key)),
        seen: run.values.map((v) => v.raw).join(' '),
      })),
      relationsOf(table),
      read,
      name,
      resolved,
    );
  if (byOrder.size)
    confirmByArithmetic(
      rows.filter((r) => byOrder.has(r.key)),
      table,
      read,
      name,
      enteredOf,
    );
  return read;
}

/**
 * Rows placed only by the table's order stand only if every relation over their cells (their 总计, the column's
 * （七）总计 and the balance of 表三) can be checked and holds: else they are not read, and said.
 */
function confirmByArithmetic(
  placed: RowSpec[],
  table: ResolvedTable,
  read: TableRead,
  name: string,
  enteredOf: (r: RowSpec) => string[],
) {
  const known = (p: string) => read.values.get(p) ?? read.stated.get(p);
  const sum = (paths: string[]) => paths.reduce((n, p) => n + Math.round((known(p) ?? NaN) * 10_000), 0);
  for (const row of placed) {
    const cells = new Set(row.columns.map((c) => cellPath(table.key, row.key, c.key)));
    const touched = relationsOf(table).filter((r) => [...r.left, ...r.right].some((p) => cells.has(p)));
    const holds =
      touched.length > 0 &&
      touched.every(
        (r) => [...r.left, ...r.right].every((p) => known(p) !== undefined) && sum(r.left) === sum(r.right),
      );
    if (holds) {
      read.notes.push({
        kind: 'assumed',
        path: enteredOf(row)[0],
        message: `${name}“${row.label}”行：报告中这一行的数字没有行名，按表中行的顺序读入，与表中的加总关系相符`,
      });
      continue;
    }
    for (const p of cells) {
      read.values.delete(p);
      read.stated.delete(p);
    }
    read.notes = read.notes.filter((n) => !n.path || !cells.has(n.path));
    read.notes.push({
      kind: 'unread',
      path: enteredOf(row)[0],
      cells: enteredOf(row),
      message: `${name}：没有找到“${row.label}”行（有一组没有行名的数字，按顺序应属于这一行，但与表中的加总关系不符或无法核对，未读入）`,
    });
  }
}

/** Rows whose figures ran together, split by the table's arithmetic where exactly one split fits; the rest said. */
function splitRows(rows: RunOnRow[], relations: Relation[], read: TableRead, name: string, resolved: ResolvedTemplate) {
  const known = new Map([...read.values, ...read.stated]);
  const result = splitRunOnRows(rows, relations, known);
  for (const [path, value] of result.values) {
    if (resolved.cellByPath.get(path)?.sumOf) read.stated.set(path, value);
    else read.values.set(path, value);
  }
  if (result.values.size)
    read.notes.push({
      kind: 'converted',
      message: `${name}：${rows.length - result.unsplit.length}行的数字连在一起（如“${rows[0].seen}”），按表中的加总关系拆分，只有一种拆法`,
    });
  for (const u of result.unsplit) {
    const row = rows.find((r) => r.label === u.label)!;
    const entered = row.cells.filter((p) => !resolved.cellByPath.get(p)?.sumOf);
    read.notes.push({
      kind: 'unread',
      path: entered[0],
      cells: entered,
      message: `${name}“${u.label}”行：数字连在一起（“${row.seen}”），${u.message}`,
    });
  }
}
