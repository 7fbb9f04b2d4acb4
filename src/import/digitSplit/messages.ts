// What the digit splitter says of a row it does not read, and the cap on a row's splits that its message names.

/** Past this many candidate splits a row is not read (`拆分方式过多`). */
export const MAX_CANDIDATES = 5000;
/** Splits quoted in an ambiguity message. */
const QUOTED_SPLITS = 3;

export const MESSAGES = {
  noFit: '没有一种拆分符合表中的加总关系；未读入',
  noFitAcross: '没有一种拆分符合表中的加总关系（与其他行的加总关系不符）；未读入',
  ambiguous: (n: number, splits: string[], exact: boolean) =>
    `${exact ? '' : '至少'}有${n}种拆分都符合表中的加总关系：${splits.slice(0, QUOTED_SPLITS).join('、')}${
      splits.length > QUOTED_SPLITS ? ' 等' : ''
    }；未读入`,
  tooManySplits: `拆分方式过多（超过${MAX_CANDIDATES}种），无法确定唯一的拆分；未读入`,
  tooMuchRowWork: '拆分方式过多（超出计算上限），无法确定唯一的拆分；未读入',
  tooMuchSearch: '与其他行组合的拆分方式过多（超出计算上限），无法确定唯一的拆分；未读入',
  wrongCount: (n: number) => `无法拆成${n}个数（数字位数或空格位置与单元格数不符）；未读入`,
  badChars: (chars: string) => `含有数字、小数点和空格以外的字符「${chars}」；未读入`,
  noDigits: '没有数字；未读入',
  noCells: '没有对应的单元格；未读入',
  duplicateCell: (cell: string) => `单元格 ${cell} 在多处出现；未读入`,
} as const;
