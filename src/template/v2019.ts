// The 2019 edition of the format (国办公开办函〔2019〕60号), as data: reports on the years 2019 and 2020.
// Wording as the notice's template prints it; keys are the app's names for rows and columns (cell paths such as
// `tables.requests.new.natural`, the draft file). Its six sections and table 四 are those of the 2021 edition,
// so they are taken from v2021.ts rather than written twice; table 二 differs, and table 三 has
// （六）其他处理 as one row instead of three.
import type { ColumnDef, GridTable, RowDef, RowNode, SectionDef, Template } from './types';
import { template2021 } from './v2021';

const row = (key: string, label: string): RowDef => ({ key, label });

/** 上一年项目数量, 本年增/减 (may be negative) and, for licensing and penalties, 处理决定数量. */
const itemColumns = (withDecisions: boolean): ColumnDef[] => [
  { key: 'previous', label: '上一年项目数量' },
  { key: 'change', label: '本年增/减', kind: 'signed' },
  ...(withDecisions ? [{ key: 'decisions', label: '处理决定数量' }] : []),
];

const active2019: SectionDef = {
  kind: 'table',
  key: 'active',
  number: '二',
  heading: '主动公开政府信息情况',
  guide:
    '按《条例》第二十条填报本机关主动公开的规章、规范性文件、行政许可、行政处罚、行政强制、行政事业性收费和政府集中采购情况。' +
    '件数为非负整数；“本年增/减”可为负数（项目减少时填负数，如 -2）；采购总金额以万元为单位，最多4位小数。本机关没有的事项填0。',
  table: {
    kind: 'blocks',
    key: 'active',
    corner: '信息内容',
    valueColumns: 3,
    blocks: [
      {
        caption: '第二十条第（一）项',
        columns: [
          { key: 'made', label: '本年新制作数量' },
          { key: 'published', label: '本年新公开数量' },
          { key: 'total', label: '对外公开总数量' },
        ],
        rows: [row('rules', '规章'), row('normativeDocs', '规范性文件')],
      },
      {
        caption: '第二十条第（五）项',
        columns: itemColumns(true),
        rows: [row('licensing', '行政许可'), row('otherServices', '其他对外管理服务事项')],
      },
      {
        caption: '第二十条第（六）项',
        columns: itemColumns(true),
        rows: [row('penalty', '行政处罚'), row('enforcement', '行政强制')],
      },
      { caption: '第二十条第（八）项', columns: itemColumns(false), rows: [row('fees', '行政事业性收费')] },
      {
        caption: '第二十条第（九）项',
        columns: [
          { key: 'projects', label: '采购项目数量' },
          { key: 'amount', label: '采购总金额', kind: 'amount' },
        ],
        rows: [row('procurement', '政府集中采购')],
      },
    ],
  },
};

const isOtherHandling = (n: RowNode) => 'rows' in n && n.keyPrefix === 'otherHandling';

/** Table 三 of 2021 with its （六）其他处理 group (three rows) folded into one row of the same key. */
function requests2019(requests: GridTable): GridTable {
  const results = requests.rows.find(
    (n): n is Extract<RowNode, { rows: RowNode[] }> => 'rows' in n && n.rows.some(isOtherHandling),
  );
  if (!results) throw new Error('v2021 table 三 has no （六）其他处理 group');
  const foldedResults = {
    ...results,
    rows: results.rows.map((n) => (isOtherHandling(n) ? row('otherHandling', '（六）其他处理') : n)),
  };
  return { ...requests, rows: requests.rows.map((n) => (n === results ? foldedResults : n)) };
}

const sections2019: SectionDef[] = template2021.sections.map((s) => {
  if (s.kind === 'table' && s.key === 'active') return active2019;
  if (s.kind === 'table' && s.table.kind === 'grid') return { ...s, table: requests2019(s.table) };
  if (s.kind === 'narrative' && s.key === 'other')
    return {
      ...s,
      guide:
        '报告本年度政务公开工作的其他情况，如落实上级政务公开工作要点、人大代表建议和政协提案办理结果公开等；没有的写明“无”。',
    };
  return s;
});

export const template2019: Template = {
  edition: '2019',
  notice: '国办公开办函〔2019〕60号',
  firstYear: 2019,
  sections: sections2019,
  // the 信息处理费 rules (and the format's question about them) came with the 2021 edition
  expectations: { governmentAgency: template2021.expectations.governmentAgency },
};
