import type { Report } from '../report/schema';
import { textWidth } from './lineBreak';

/** `{机关名称}{年度}年政府信息公开工作年度报告` — also the exported file's name. */
export function reportTitle(report: Pick<Report, 'meta'>): string {
  const { agency, year } = report.meta;
  return `${agency.trim()}${titleSuffix(year)}`;
}

const titleSuffix = (year: number | null | undefined) => `${year ?? ''}年政府信息公开工作年度报告`;

/** The exported file's name: the report title; a draft says so. */
export function exportFileName(
  report: Pick<Report, 'meta'>,
  extension: 'docx' | 'pdf' | 'html',
  draft: boolean,
): string {
  return `${reportTitle(report)}${draft ? '（草稿）' : ''}.${extension}`;
}

/**
 * Where an agency's name may break: after the name of an administrative level or of an office. A break
 * is not taken where the next character binds to the marker (`市场`, `县委`, `区域`…).
 */
const NAME_ENDS = [
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '人民政府',
  '办公室',
  '办公厅',
  '委员会',
  '管委会',
  '街道办事处',
  '街道',
  '开发区',
  '新区',
  '省',
  '市',
  '州',
  '盟',
  '县',
  '区',
  '旗',
  '镇',
  '乡',
  '局',
  '厅',
];
const BINDS_TO_MARKER = new Set([...'场域委级属辖内长']);

/** The words of an agency's name, split where a title may break. */
export function agencyWords(agency: string): string[] {
  const chars = [...agency];
  const text = (from: number, to: number) => chars.slice(from, to).join('');
  // No break inside a marker (`自治区`, `街道办事处`): mark every position a marker covers.
  const inside = new Set<number>();
  for (let s = 0; s < chars.length; s++)
    for (const end of NAME_ENDS)
      if (text(s, s + end.length) === end) for (let k = s; k < s + end.length - 1; k++) inside.add(k);
  const words: string[] = [];
  let from = 0;
  for (let i = 0; i < chars.length - 1; i++) {
    const endsMarker = NAME_ENDS.some((end) => text(i + 1 - end.length, i + 1) === end);
    if (endsMarker && !inside.has(i) && !BINDS_TO_MARKER.has(chars[i + 1])) {
      words.push(text(from, i + 1));
      from = i + 1;
    }
  }
  words.push(text(from, chars.length));
  return words.filter(Boolean);
}

/** The words of the title's fixed part: the year, then the words of the report's name. */
const suffixWords = (year: number | null | undefined) => [`${year ?? ''}年`, '政府信息公开', '工作', '年度报告'];

/**
 * The title's lines, at most `maxEms` wide each (digits count half), broken between words as GB/T 9704
 * asks: one line if it fits; else the agency's name, then `XXXX年政府信息公开工作年度报告` whole on a line of
 * its own; a long name is itself split evenly at its word breaks; when even the fixed part does not fit a
 * line, the whole title is split evenly. Laid out once here: the preview, DOCX and PDF print these lines.
 */
export function titleLines(report: Pick<Report, 'meta'>, maxEms: number): string[] {
  const title = reportTitle(report);
  if (textWidth(title) <= maxEms) return [title];
  const agency = report.meta.agency.trim();
  const suffix = titleSuffix(report.meta.year);
  if (textWidth(suffix) <= maxEms) return [...(agency ? balancedLines(agencyWords(agency), maxEms) : []), suffix];
  return balancedLines([...agencyWords(agency), ...suffixWords(report.meta.year)], maxEms);
}

/**
 * Joins words into the fewest lines no wider than `maxEms`, and among those the most even (the least
 * squared difference from the mean width). A word wider than a line is cut into pieces that fit.
 */
export function balancedLines(words: string[], maxEms: number): string[] {
  const pieces = words.flatMap((w) => (textWidth(w) <= maxEms ? [w] : cut(w, maxEms)));
  const n = pieces.length;
  const width = (from: number, to: number) => textWidth(pieces.slice(from, to).join(''));
  // best[i][k]: the best way to set pieces[0, i) in k lines — its cost and where its last line starts
  let best: { cost: number; from: number }[][] = [];
  for (let lines = 1; lines <= n; lines++) {
    const mean = width(0, n) / lines;
    best = [[{ cost: 0, from: -1 }]];
    for (let i = 1; i <= n; i++) {
      best[i] = [];
      for (let k = 1; k <= lines; k++) {
        let choice = { cost: Infinity, from: -1 };
        for (let j = i - 1; j >= 0; j--) {
          const w = width(j, i);
          if (w > maxEms) break;
          const before = best[j][k - 1];
          if (!before || before.cost === Infinity) continue;
          const cost = before.cost + (w - mean) ** 2;
          if (cost < choice.cost) choice = { cost, from: j };
        }
        best[i][k] = choice;
      }
    }
    if (best[n][lines].cost < Infinity) {
      const out: string[] = [];
      for (let i = n, k = lines; k > 0; k--) {
        const from = best[i][k].from;
        out.unshift(pieces.slice(from, i).join(''));
        i = from;
      }
      return out;
    }
  }
  return pieces;
}

function cut(word: string, maxEms: number): string[] {
  const out: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && textWidth(piece + ch) > maxEms) {
      out.push(piece);
      piece = '';
    }
    piece += ch;
  }
  return piece ? [...out, piece] : out;
}
