// The 2021 edition of the format (国办公开办函〔2021〕30号), as data.
// Wording checked against the official Word template; keys are the app's names for rows and columns (cell paths
// such as `tables.requests.new.natural`, the draft file).
import type { ColumnDef, RowDef, Template } from './types';

const decisions: ColumnDef[] = [{ key: 'decisions', label: '本年处理决定数量' }];

const row = (key: string, label: string): RowDef => ({ key, label });

export const template2021: Template = {
  edition: '2021',
  notice: '国办公开办函〔2021〕30号',
  firstYear: 2021,
  sections: [
    {
      kind: 'overview',
      key: 'overview',
      number: '一',
      heading: '总体情况',
      subsections: ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障'],
      guide:
        '概述本年度贯彻落实《中华人民共和国政府信息公开条例》的情况，通常分五个方面：' +
        '（一）主动公开（二）依申请公开（三）政府信息管理（四）政府信息公开平台建设（五）监督保障。' +
        '各级人民政府还应报告工作考核、社会评议和责任追究结果（一般写在“监督保障”中）。',
      introGuide:
        '可选。许多报告在“一、总体情况”之前写一段开头：编制依据（《中华人民共和国政府信息公开条例》和年报格式通知）、' +
        '报告由哪几部分组成、数据统计期限（自某年1月1日起至12月31日止），以及电子版下载地址和咨询方式。',
    },
    {
      kind: 'table',
      key: 'active',
      number: '二',
      heading: '主动公开政府信息情况',
      guide:
        '按《条例》第二十条填报本机关主动公开的规章、行政规范性文件、行政许可、行政处罚、行政强制和行政事业性收费情况。' +
        '件数为非负整数；收费金额以万元为单位，最多4位小数。本机关没有的事项填0。',
      table: {
        kind: 'blocks',
        key: 'active',
        corner: '信息内容',
        valueColumns: 3,
        blocks: [
          {
            caption: '第二十条第（一）项',
            columns: [
              { key: 'issued', label: '本年制发件数' },
              { key: 'repealed', label: '本年废止件数' },
              { key: 'inForce', label: '现行有效件数' },
            ],
            rows: [row('rules', '规章'), row('normativeDocs', '行政规范性文件')],
          },
          { caption: '第二十条第（五）项', columns: decisions, rows: [row('licensing', '行政许可')] },
          {
            caption: '第二十条第（六）项',
            columns: decisions,
            rows: [row('penalty', '行政处罚'), row('enforcement', '行政强制')],
          },
          {
            caption: '第二十条第（八）项',
            columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', kind: 'amount' }],
            rows: [row('fees', '行政事业性收费')],
          },
        ],
      },
    },
    {
      kind: 'table',
      key: 'requests',
      number: '三',
      heading: '收到和处理政府信息公开申请情况',
      guide:
        '按申请人类别填报本年新收、上年结转的申请数，以及本年度办理结果和结转下年度继续办理的数量。' +
        '“总计”列和“（七）总计”行由本工具自动计算。每一列都须满足：第一项加第二项之和，等于第三项加第四项之和。' +
        '部分公开的申请只计入“（二）部分公开”，不计其他情形。',
      table: {
        kind: 'grid',
        key: 'requests',
        corner: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
        labelColumns: 3,
        columns: [
          {
            label: '申请人情况',
            children: [
              { key: 'natural', label: '自然人' },
              {
                label: '法人或其他组织',
                children: [
                  { key: 'commercial', label: '商业企业' },
                  { key: 'research', label: '科研机构' },
                  { key: 'publicInterest', label: '社会公益组织' },
                  { key: 'legalService', label: '法律服务机构' },
                  { key: 'otherOrg', label: '其他' },
                ],
              },
              { key: 'total', label: '总计', rowTotal: true },
            ],
          },
        ],
        rows: [
          row('new', '一、本年新收政府信息公开申请数量'),
          row('carriedOver', '二、上年结转政府信息公开申请数量'),
          {
            label: '三、本年度办理结果',
            rows: [
              row('granted', '（一）予以公开'),
              row('partlyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
              {
                label: '（三）不予公开',
                keyPrefix: 'withheld',
                rows: [
                  row('stateSecret', '1.属于国家秘密'),
                  row('prohibitedByLaw', '2.其他法律行政法规禁止公开'),
                  row('security', '3.危及“三安全一稳定”'),
                  row('thirdParty', '4.保护第三方合法权益'),
                  row('internalAffairs', '5.属于三类内部事务信息'),
                  row('processInfo', '6.属于四类过程性信息'),
                  row('enforcementFile', '7.属于行政执法案卷'),
                  row('queryMatter', '8.属于行政查询事项'),
                ],
              },
              {
                label: '（四）无法提供',
                keyPrefix: 'unavailable',
                rows: [
                  row('notHeld', '1.本机关不掌握相关政府信息'),
                  row('needsCreation', '2.没有现成信息需要另行制作'),
                  row('unclear', '3.补正后申请内容仍不明确'),
                ],
              },
              {
                label: '（五）不予处理',
                keyPrefix: 'notProcessed',
                rows: [
                  row('petition', '1.信访举报投诉类申请'),
                  row('duplicate', '2.重复申请'),
                  row('publication', '3.要求提供公开出版物'),
                  row('repetitive', '4.无正当理由大量反复申请'),
                  row('confirmation', '5.要求行政机关确认或重新出具已获取信息'),
                ],
              },
              {
                label: '（六）其他处理',
                keyPrefix: 'otherHandling',
                rows: [
                  row('noCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
                  row('unpaidFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
                  row('other', '3.其他'),
                ],
              },
              { key: 'resultTotal', label: '（七）总计', groupTotal: true },
            ],
          },
          row('carriedForward', '四、结转下年度继续办理'),
        ],
        balance: {
          left: ['new', 'carriedOver'],
          right: ['resultTotal', 'carriedForward'],
          leftName: '一+二',
          rightName: '三（七）+四',
        },
      },
    },
    {
      kind: 'table',
      key: 'appeals',
      number: '四',
      heading: '政府信息公开行政复议、行政诉讼情况',
      guide:
        '填报本年度因政府信息公开被申请行政复议、提起行政诉讼的案件数，按结果分列；“总计”由本工具自动计算。没有的填0。',
      table: {
        kind: 'groups',
        key: 'appeals',
        columns: [
          { key: 'upheld', label: '结果维持' },
          { key: 'corrected', label: '结果纠正' },
          { key: 'other', label: '其他结果' },
          { key: 'pending', label: '尚未审结' },
          { key: 'total', label: '总计', rowTotal: true },
        ],
        groups: [
          { label: '行政复议', rows: [row('adminReview', '行政复议')] },
          {
            label: '行政诉讼',
            rows: [row('litigationDirect', '未经复议直接起诉'), row('litigationAfterReview', '复议后起诉')],
          },
        ],
      },
    },
    {
      kind: 'narrative',
      key: 'problems',
      number: '五',
      heading: '存在的主要问题及改进情况',
      guide: '写明本年度工作存在的主要问题和改进措施，以及上一年度年报所列问题的整改情况。',
    },
    {
      kind: 'narrative',
      key: 'other',
      number: '六',
      heading: '其他需要报告的事项',
      guide:
        '按格式要求报告：依据《政府信息公开信息处理费管理办法》收取信息处理费的情况（发出收费通知的件数和总金额、实际收取的总金额）；' +
        '落实上级年度政务公开工作要点的情况；人大代表建议和政协提案办理结果公开情况；本年度政务公开工作创新情况；其他需要报告的事项。' +
        '没有收取信息处理费的，也应写明。',
    },
  ],
  expectations: {
    governmentAgency: {
      agencyPattern: /人民政府$/,
      section: 'overview',
      words: ['工作考核', '社会评议', '责任追究'],
    },
    feeReport: { section: 'other', words: ['信息处理费'] },
  },
};
