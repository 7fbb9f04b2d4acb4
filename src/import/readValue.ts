// One figure of a table as printed, read into its cell: a plain number; `-`, `/`, `—` or an empty cell as 0
// (said); `22（其中修订16件）` as 22 (said); 元 converted to 万元; 万元 printed past four decimals rounded (said).
import { halfWidthDigits, isNoneMark, MAX_DECIMALS, parseNumberInput } from '../report/number';
import type { CellDef } from '../template/resolve';
import type { Token } from './lines';
import type { ImportNote } from './types';

type ValueToken = Extract<Token, { kind: 'value' }>;

interface ReadValue {
  value: number | null;
  note?: ImportNote;
}

const UNIT_AND_REMARK =
  /^([-－]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)(万元|元|件|条|个|项|次)?([（(][^（()）]*[）)])?$/;

export function readValue(token: ValueToken, cell: CellDef, table: string, inYuan: boolean): ReadValue {
  const at = `${table} ${cell.label}`;
  if (token.blank) {
    if (cell.sumOf)
      return { value: null, note: { kind: 'assumed', path: cell.path, message: `${at}：空白，按各项相加计算` } };
    return { value: 0, note: { kind: 'assumed', path: cell.path, message: `${at}：空白，按0读入` } };
  }
  if (isNoneMark(token.raw))
    return { value: 0, note: { kind: 'assumed', path: cell.path, message: `${at}：看到“${token.raw}”，按0读入` } };
  const m = UNIT_AND_REMARK.exec(token.raw);
  // an amount printed past four decimals (元 to the cent in 万元: `24252.311082`) is read, then rounded below
  const precise = m !== null && cell.kind === 'amount' && /[.．][0-9０-９]{5,}$/.test(m[1]);
  const figure = m && precise ? String(Number(halfWidthDigits(m[1]).replace(/[,，]/g, '').replace('．', '.'))) : m?.[1];
  const parsed =
    figure !== undefined
      ? parseNumberInput(
          precise ? Number(figure).toFixed(MAX_DECIMALS) : figure,
          cell.kind === 'signed' ? 'signed' : 'amount',
        )
      : null;
  if (!m || !parsed?.ok || parsed.value === null)
    return {
      value: null,
      note: { kind: 'unread', path: cell.path, message: `${at}：看到“${token.raw}”，不是一个数，未读入` },
    };
  let value = precise ? Number(figure) : parsed.value;
  const unit = m[2] ?? '';
  let note: ImportNote | undefined;
  if (cell.kind === 'amount' && (unit === '元' || (inYuan && unit !== '万元'))) {
    value = Number((value / 10000).toFixed(6));
    note = { kind: 'converted', path: cell.path, message: `${at}：报告中为${m[1]}元，换算为${value}万元` };
  } else if (cell.kind === 'count' && (unit === '元' || unit === '万元'))
    return {
      value: null,
      note: { kind: 'unread', path: cell.path, message: `${at}：看到“${token.raw}”，这里应为件数，未读入` },
    };
  if (m[3]) note = { kind: 'assumed', path: cell.path, message: `${at}：看到“${token.raw}”，取${value}` };
  // 万元 printed to the yuan's cent (`24252.311082`): the format keeps four decimals
  const decimals = /\.(\d+)$/.exec(String(value))?.[1].length ?? 0;
  if (cell.kind === 'amount' && decimals > MAX_DECIMALS) {
    const rounded = Number(value.toFixed(MAX_DECIMALS));
    const printed = unit === '元' || (inYuan && unit !== '万元') ? `${m[1]}元（${value}万元）` : `${value}万元`;
    note = { kind: 'converted', path: cell.path, message: `${at}：报告中为${printed}，按四位小数读作${rounded}万元` };
    value = rounded;
  }
  const check = parseNumberInput(String(value), cell.kind);
  if (!check.ok)
    return {
      value: null,
      note: { kind: 'unread', path: cell.path, message: `${at}：看到“${token.raw}”，${check.message}，未读入` },
    };
  return { value, note };
}
