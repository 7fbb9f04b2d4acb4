// Real published reports, each saved as found, with the figures read by hand off the original (the PDF's page
// images, or the portal page's <table> cells for the crawler's run-together page text). Never produced by the
// importer. Sources and what each case is for: README.md in this folder.
import { figures, type CorpusCase } from '../types';

const KIRO = 'zxj6827111-blip/KIROGOVCOMPARE';
const KIRO_COMMIT = 'ed9cb5d7de4e4dcd72191c8e12e7ec3e2b4749a6';
const PINGTAN = 'changwu/pingtan-gov-zwgk-archive';
const PINGTAN_COMMIT = '12f00b4205da89f3fa531f747c608e88308a046c';

/**
 * The three sub-rows of （六）其他处理 for a 2021-edition report that prints （六） as one row (2019 layout): the
 * row's figures (all 0 here) go to 3.其他, as the 2021 edition wants them, and the two rows it does not print are 0.
 */
const otherHandlingNotPrinted: Record<string, number> = Object.fromEntries(
  ['noCorrection', 'unpaidFee', 'other'].flatMap((row) =>
    ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'].map((col) => [
      `tables.requests.otherHandling.${row}.${col}`,
      0,
    ]),
  ),
);

const pingtanSource = (dir: string, url: string) =>
  `GitHub ${PINGTAN} (a crawl of www.pingtan.gov.cn/zwgk), commit ${PINGTAN_COMMIT}, ` +
  `path pingtan/zwgk/zfxxgk/zfxxgknb/${dir}/page.txt; original page ${url}. ` +
  "The crawler's page text (header lines, then the article with table cells run together), saved as the index stores " +
  'it (UTF-8, no trailing newline; character count checked against the stored file). Figures read off the same ' +
  "page's page.html <table> cells where the run-together digits allow more than one split.";

/**
 * The cells of table 二's rows whose figures the page runs together (see `undetermined`): table 二 has no sums, so
 * where a row's digits run together (`行政规范性文件693665`) more than one split fits, and the page text does not
 * say which figures were printed (they are known here from the portal's own <table>).
 */
const runTogether = (rows: string[], columns: string[]) =>
  rows.flatMap((r) => columns.map((c) => `tables.active.${r}.${c}`));

export const REAL_CASES: CorpusCase[] = [
  {
    id: 'hongze-district-2023.pdf',
    file: 'real/hongze-district-2023.pdf',
    form: 'pdf',
    how: 'file',
    expected: {
      agency: '洪泽区人民政府',
      year: 2023,
      edition: '2021',
      values: figures('2021', {
        'tables.active.normativeDocs.repealed': 5,
        'tables.active.normativeDocs.inForce': 5,
        'tables.active.licensing.decisions': 550,
        'tables.active.penalty.decisions': 4119,
        'tables.active.enforcement.decisions': 195,
        'tables.active.fees.amount': 7730.28,
        'tables.requests.new.natural': 21,
        'tables.requests.partlyGranted.natural': 4,
        'tables.requests.withheld.stateSecret.natural': 1,
        'tables.requests.withheld.processInfo.natural': 1,
        'tables.requests.withheld.enforcementFile.natural': 1,
        'tables.requests.unavailable.notHeld.natural': 10,
        'tables.requests.unavailable.needsCreation.natural': 3,
        'tables.requests.notProcessed.petition.natural': 1,
        // （六）其他处理 is printed as one row of 0s: its three sub-rows are not in the report
        ...otherHandlingNotPrinted,
        'tables.appeals.adminReview.upheld': 10,
        'tables.appeals.adminReview.corrected': 1,
        'tables.appeals.litigationAfterReview.upheld': 5,
      }),
      // 表四 prints 0 in every 总计 while 行政复议 has 10 + 1 and 复议后起诉 has 5
      errors: ['行政复议 总计：报告中为0，各项相加为11', '复议后起诉 总计：报告中为0，各项相加为5'],
    },
    source:
      `GitHub ${KIRO}, commit ${KIRO_COMMIT}, path sample_pdfs_v1/hzq2023_working.pdf (PDF title ` +
      '“洪泽区人民政府2023年政府信息公开工作年度报告”, made with WPS 文字, 5 pages, 2024-02-26); published by ' +
      '淮安市洪泽区人民政府办公室. Copied byte for byte.',
  },
  {
    id: 'hongze-district-2024.pdf',
    file: 'real/hongze-district-2024.pdf',
    form: 'pdf',
    how: 'file',
    expected: {
      agency: '淮安市洪泽区人民政府',
      year: 2024,
      edition: '2021',
      values: figures('2021', {
        'tables.active.normativeDocs.issued': 3,
        'tables.active.normativeDocs.inForce': 8,
        'tables.active.licensing.decisions': 9487,
        'tables.active.penalty.decisions': 2776,
        'tables.active.enforcement.decisions': 84,
        'tables.active.fees.amount': 7545,
        'tables.requests.new.natural': 95,
        'tables.requests.granted.natural': 50,
        'tables.requests.partlyGranted.natural': 9,
        'tables.requests.withheld.security.natural': 1,
        'tables.requests.withheld.processInfo.natural': 1,
        'tables.requests.withheld.enforcementFile.natural': 1,
        'tables.requests.unavailable.notHeld.natural': 31,
        'tables.requests.unavailable.needsCreation.natural': 1,
        'tables.requests.notProcessed.petition.natural': 1,
        ...otherHandlingNotPrinted,
        'tables.appeals.adminReview.upheld': 1,
        'tables.appeals.adminReview.corrected': 1,
        'tables.appeals.litigationDirect.upheld': 1,
        'tables.appeals.litigationAfterReview.upheld': 2,
        'tables.appeals.litigationAfterReview.other': 1,
      }),
      errors: [],
    },
    source:
      `GitHub ${KIRO}, commit ${KIRO_COMMIT}, path sample_pdfs_v1/hzq2024_working.pdf (title page ` +
      '“淮安市洪泽区人民政府 2024年政府信息公开工作年度报告”, made with WPS 文字, 5 pages, 2025-02-25). Copied byte for byte.',
  },
  {
    id: 'pingtan-2019-page.txt',
    file: 'real/pingtan-2019-page.txt',
    form: 'page-text',
    how: 'file',
    expected: {
      agency: '平潭综合实验区',
      year: 2019,
      edition: '2019',
      values: figures('2019', {
        'tables.active.normativeDocs.made': 89,
        'tables.active.normativeDocs.published': 89,
        'tables.active.normativeDocs.total': 89,
        'tables.active.licensing.previous': 396,
        'tables.active.licensing.decisions': 181,
        'tables.active.otherServices.previous': 10,
        'tables.active.otherServices.decisions': 153,
        'tables.active.penalty.previous': 2648,
        'tables.active.penalty.decisions': 430,
        'tables.active.enforcement.previous': 126,
        'tables.active.enforcement.decisions': 25,
        'tables.active.fees.previous': 35,
        'tables.active.procurement.projects': 135,
        // printed “75394432.52元”
        'tables.active.procurement.amount': 7539.4433,
        'tables.requests.new.natural': 23,
        'tables.requests.granted.natural': 7,
        'tables.requests.partlyGranted.natural': 1,
        'tables.requests.unavailable.notHeld.natural': 7,
        'tables.requests.unavailable.unclear.natural': 5,
        'tables.requests.notProcessed.duplicate.natural': 3,
      }),
      errors: [],
      undetermined: [
        ...runTogether(['normativeDocs'], ['made', 'published', 'total']),
        ...runTogether(['licensing', 'otherServices', 'penalty', 'enforcement'], ['previous', 'change', 'decisions']),
        ...runTogether(['fees'], ['previous', 'change']),
        ...runTogether(['procurement'], ['projects', 'amount']),
      ],
    },
    source: pingtanSource(
      '202001/80576_平潭综合实验区2019年度政府信息公开工作年度报告',
      'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202001/t20200120_80576.htm',
    ),
  },
  {
    id: 'pingtan-2020-page.txt',
    file: 'real/pingtan-2020-page.txt',
    form: 'page-text',
    how: 'file',
    expected: {
      agency: '平潭综合实验区',
      year: 2020,
      edition: '2019',
      values: figures('2019', {
        'tables.active.rules.total': 7,
        'tables.active.normativeDocs.made': 77,
        'tables.active.normativeDocs.published': 77,
        'tables.active.normativeDocs.total': 166,
        'tables.active.licensing.previous': 396,
        'tables.active.licensing.change': 442,
        'tables.active.licensing.decisions': 278,
        'tables.active.otherServices.previous': 10,
        'tables.active.otherServices.change': 7,
        'tables.active.otherServices.decisions': 105,
        'tables.active.penalty.previous': 2648,
        'tables.active.penalty.change': -18,
        'tables.active.penalty.decisions': 538,
        'tables.active.enforcement.previous': 126,
        'tables.active.enforcement.change': 26,
        'tables.active.enforcement.decisions': 29,
        'tables.active.fees.previous': 35,
        'tables.active.fees.change': -15,
        'tables.active.procurement.projects': 395,
        // printed “73802895.90元”
        'tables.active.procurement.amount': 7380.2896,
        'tables.requests.new.natural': 20,
        'tables.requests.new.otherOrg': 1,
        'tables.requests.granted.natural': 6,
        'tables.requests.granted.otherOrg': 1,
        'tables.requests.partlyGranted.natural': 6,
        'tables.requests.unavailable.notHeld.natural': 4,
        'tables.requests.unavailable.unclear.natural': 3,
        'tables.requests.notProcessed.duplicate.natural': 3,
        'tables.requests.otherHandling.natural': 4,
      }),
      // （七）总计 prints 20 / 21 while the result rows add up to 26 / 27 (6+6+4+3+3+4 自然人), so 自然人 no longer
      // balances: 一+二 = 20, 三（七）+四 = 26
      errors: [
        '（七）总计 自然人：报告中为20，各项相加为26',
        '（七）总计 总计：报告中为21，各项相加为27',
        '自然人：一+二=20，三（七）+四=26',
      ],
      undetermined: [
        ...runTogether(['normativeDocs'], ['made', 'published', 'total']),
        ...runTogether(['licensing', 'otherServices', 'penalty', 'enforcement'], ['previous', 'change', 'decisions']),
        ...runTogether(['procurement'], ['projects', 'amount']),
      ],
    },
    source: pingtanSource(
      '202103/80595_平潭综合实验区2020年度政府信息公开工作年度报告',
      'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202103/t20210305_80595.htm',
    ),
  },
  {
    id: 'pingtan-2021-page.txt',
    file: 'real/pingtan-2021-page.txt',
    form: 'page-text',
    how: 'file',
    expected: {
      agency: '平潭综合实验区',
      year: 2021,
      edition: '2021',
      values: figures('2021', {
        'tables.active.normativeDocs.issued': 69,
        'tables.active.normativeDocs.repealed': 3,
        'tables.active.normativeDocs.inForce': 665,
        'tables.active.licensing.decisions': 2293,
        'tables.active.penalty.decisions': 1282,
        'tables.active.enforcement.decisions': 42,
        // printed with 6 decimals
        // printed 24252.311082 万元: the format keeps four decimals
        'tables.active.fees.amount': 24252.3111,
        'tables.requests.new.natural': 64,
        'tables.requests.new.publicInterest': 2,
        'tables.requests.new.otherOrg': 4,
        'tables.requests.granted.natural': 27,
        'tables.requests.granted.publicInterest': 2,
        'tables.requests.granted.otherOrg': 1,
        'tables.requests.partlyGranted.natural': 5,
        'tables.requests.withheld.internalAffairs.natural': 1,
        'tables.requests.withheld.enforcementFile.natural': 6,
        'tables.requests.withheld.queryMatter.natural': 1,
        'tables.requests.unavailable.notHeld.natural': 22,
        'tables.requests.unavailable.notHeld.otherOrg': 3,
        'tables.requests.otherHandling.other.natural': 1,
        'tables.requests.carriedForward.natural': 1,
        'tables.appeals.adminReview.upheld': 1,
        'tables.appeals.adminReview.other': 2,
        'tables.appeals.litigationDirect.upheld': 12,
      }),
      errors: [],
      undetermined: [...runTogether(['normativeDocs'], ['issued', 'repealed', 'inForce'])],
    },
    source: pingtanSource(
      '202202/80613_平潭综合实验区2021年度政府信息公开工作年度报告',
      'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202202/t20220208_80613.htm',
    ),
  },
  {
    id: 'pingtan-2023-page.txt',
    file: 'real/pingtan-2023-page.txt',
    form: 'page-text',
    how: 'file',
    expected: {
      agency: '平潭综合实验区',
      year: 2023,
      edition: '2021',
      values: figures('2021', {
        'tables.active.normativeDocs.issued': 77,
        'tables.active.normativeDocs.repealed': 132,
        'tables.active.normativeDocs.inForce': 470,
        'tables.active.licensing.decisions': 2629,
        'tables.active.penalty.decisions': 1330,
        'tables.active.enforcement.decisions': 54,
        // printed with 6 decimals
        // printed 5949.088667 万元: the format keeps four decimals
        'tables.active.fees.amount': 5949.0887,
        'tables.requests.new.natural': 80,
        'tables.requests.new.commercial': 1,
        'tables.requests.granted.natural': 22,
        'tables.requests.partlyGranted.natural': 19,
        'tables.requests.partlyGranted.commercial': 1,
        'tables.requests.withheld.thirdParty.natural': 1,
        'tables.requests.withheld.processInfo.natural': 1,
        'tables.requests.withheld.enforcementFile.natural': 1,
        'tables.requests.withheld.queryMatter.natural': 2,
        'tables.requests.unavailable.notHeld.natural': 31,
        'tables.requests.notProcessed.duplicate.natural': 1,
        'tables.requests.otherHandling.noCorrection.natural': 1,
        'tables.requests.otherHandling.other.natural': 1,
        'tables.appeals.adminReview.upheld': 1,
        'tables.appeals.adminReview.corrected': 1,
        'tables.appeals.litigationDirect.upheld': 4,
        'tables.appeals.litigationDirect.pending': 1,
        'tables.appeals.litigationAfterReview.upheld': 1,
        'tables.appeals.litigationAfterReview.other': 1,
      }),
      errors: [],
      undetermined: [...runTogether(['normativeDocs'], ['issued', 'repealed', 'inForce'])],
    },
    source: pingtanSource(
      '202403/87885_平潭综合实验区2023年度政府信息公开工作年度报告',
      'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202403/t20240308_87885.htm',
    ),
  },
  {
    id: 'pingtan-2024-page.txt',
    file: 'real/pingtan-2024-page.txt',
    form: 'page-text',
    how: 'file',
    expected: {
      agency: '平潭综合实验区',
      year: 2024,
      edition: '2021',
      values: figures('2021', {
        'tables.active.normativeDocs.issued': 62,
        'tables.active.normativeDocs.repealed': 33,
        'tables.active.normativeDocs.inForce': 440,
        'tables.active.licensing.decisions': 4529,
        'tables.active.penalty.decisions': 1100,
        'tables.active.enforcement.decisions': 65,
        'tables.active.fees.amount': 18651.06,
        'tables.requests.new.natural': 217,
        'tables.requests.new.commercial': 1,
        'tables.requests.granted.natural': 71,
        'tables.requests.partlyGranted.natural': 29,
        'tables.requests.withheld.stateSecret.natural': 4,
        'tables.requests.withheld.thirdParty.natural': 3,
        'tables.requests.withheld.internalAffairs.natural': 32,
        'tables.requests.unavailable.notHeld.natural': 75,
        'tables.requests.notProcessed.duplicate.natural': 1,
        'tables.requests.otherHandling.noCorrection.natural': 1,
        'tables.requests.otherHandling.other.natural': 1,
        'tables.requests.otherHandling.other.commercial': 1,
        'tables.appeals.adminReview.upheld': 2,
        'tables.appeals.adminReview.corrected': 1,
        'tables.appeals.adminReview.other': 3,
        'tables.appeals.adminReview.pending': 1,
        'tables.appeals.litigationAfterReview.upheld': 13,
        'tables.appeals.litigationAfterReview.corrected': 2,
        'tables.appeals.litigationAfterReview.other': 4,
      }),
      errors: [],
      undetermined: [...runTogether(['normativeDocs'], ['issued', 'repealed', 'inForce'])],
    },
    source: pingtanSource(
      '202503/97791_平潭综合实验区2024年度政府信息公开工作年度报告',
      'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm',
    ),
  },
  {
    id: 'huaian-city-2024.pdf',
    file: 'real/huaian-city-2024.pdf',
    form: 'pdf',
    how: 'file',
    expected: {
      agency: '淮安市人民政府',
      year: 2024,
      edition: '2021',
      values: figures('2021', {
        'tables.active.rules.issued': 1,
        'tables.active.rules.inForce': 11,
        'tables.active.normativeDocs.issued': 8,
        'tables.active.normativeDocs.repealed': 26,
        'tables.active.normativeDocs.inForce': 66,
        'tables.active.licensing.decisions': 447228,
        'tables.active.penalty.decisions': 3985758,
        'tables.active.enforcement.decisions': 88283,
        'tables.active.fees.amount': 96171.6,
        'tables.requests.new.natural': 3001,
        'tables.requests.new.commercial': 53,
        'tables.requests.new.legalService': 61,
        'tables.requests.new.otherOrg': 4,
        'tables.requests.carriedOver.natural': 34,
        'tables.requests.granted.natural': 1288,
        'tables.requests.granted.commercial': 21,
        'tables.requests.granted.legalService': 50,
        'tables.requests.granted.otherOrg': 3,
        'tables.requests.partlyGranted.natural': 447,
        'tables.requests.partlyGranted.commercial': 7,
        'tables.requests.withheld.stateSecret.natural': 2,
        'tables.requests.withheld.prohibitedByLaw.natural': 30,
        'tables.requests.withheld.prohibitedByLaw.commercial': 1,
        'tables.requests.withheld.security.natural': 5,
        'tables.requests.withheld.thirdParty.natural': 6,
        'tables.requests.withheld.internalAffairs.natural': 7,
        'tables.requests.withheld.internalAffairs.commercial': 1,
        'tables.requests.withheld.processInfo.natural': 12,
        'tables.requests.withheld.enforcementFile.natural': 9,
        'tables.requests.withheld.queryMatter.natural': 105,
        'tables.requests.unavailable.notHeld.natural': 746,
        'tables.requests.unavailable.notHeld.commercial': 12,
        'tables.requests.unavailable.notHeld.legalService': 10,
        'tables.requests.unavailable.notHeld.otherOrg': 1,
        'tables.requests.unavailable.needsCreation.natural': 11,
        'tables.requests.unavailable.unclear.natural': 1,
        'tables.requests.notProcessed.petition.natural': 56,
        'tables.requests.notProcessed.petition.commercial': 6,
        'tables.requests.notProcessed.duplicate.natural': 25,
        'tables.requests.notProcessed.confirmation.natural': 1,
        'tables.requests.otherHandling.noCorrection.natural': 67,
        'tables.requests.otherHandling.noCorrection.commercial': 3,
        'tables.requests.otherHandling.noCorrection.legalService': 1,
        'tables.requests.otherHandling.unpaidFee.natural': 6,
        'tables.requests.otherHandling.other.natural': 108,
        'tables.requests.otherHandling.other.commercial': 2,
        'tables.requests.carriedForward.natural': 103,
        'tables.appeals.adminReview.upheld': 72,
        'tables.appeals.adminReview.corrected': 64,
        'tables.appeals.adminReview.other': 178,
        'tables.appeals.adminReview.pending': 37,
        'tables.appeals.litigationDirect.upheld': 13,
        'tables.appeals.litigationDirect.corrected': 4,
        'tables.appeals.litigationDirect.other': 8,
        'tables.appeals.litigationDirect.pending': 1,
        'tables.appeals.litigationAfterReview.upheld': 12,
        'tables.appeals.litigationAfterReview.corrected': 1,
        'tables.appeals.litigationAfterReview.other': 1,
        'tables.appeals.litigationAfterReview.pending': 6,
      }),
      errors: [],
    },
    source:
      'GitHub zxj6827111-blip/govnianbao, commit b2fbe3f5b912be2379852eac907e85657da8f238, path szfgs2024.pdf ' +
      '(blob 00d98a7e49cf452086238d4d3cc9d8356fdf94d6; PDF title “政府信息公开工作年度报告”, made with ' +
      '“WPS 文字(Jisupdf Editor)”, 6 pages, 2025-02-25); published by 淮安市人民政府办公室 (Jiangsu, prefecture-level ' +
      'city). Copied byte for byte (git cat-file of the blob); figures read off pdftoppm page images.',
  },
  {
    id: 'shanghai-kewei-2024.md',
    file: 'real/shanghai-kewei-2024.md',
    form: 'markdown',
    // the app takes markdown as pasted text (粘贴报告内容), not as a file
    how: 'paste',
    expected: {
      agency: '上海市科委',
      year: 2024,
      edition: '2021',
      values: figures('2021', {
        'tables.active.normativeDocs.issued': 13,
        'tables.active.normativeDocs.inForce': 55,
        'tables.active.licensing.decisions': 97,
        'tables.requests.new.natural': 32,
        'tables.requests.new.commercial': 2,
        'tables.requests.carriedOver.natural': 2,
        'tables.requests.granted.natural': 9,
        'tables.requests.withheld.internalAffairs.natural': 1,
        'tables.requests.withheld.processInfo.natural': 1,
        'tables.requests.unavailable.notHeld.natural': 4,
        'tables.requests.unavailable.needsCreation.natural': 6,
        'tables.requests.otherHandling.noCorrection.natural': 8,
        'tables.requests.otherHandling.noCorrection.commercial': 2,
        'tables.requests.otherHandling.other.natural': 4,
        'tables.requests.carriedForward.natural': 1,
        'tables.appeals.adminReview.upheld': 1,
      }),
      errors: [],
    },
    source:
      'GitHub zxj6827111-blip/KIROGOVCOMPARE, commit 5a4ed31f1e353c7c5059a5aa1fbaabbef46b5167, path ' +
      'tests/fixtures/annual-report/kewei-2024-source.md: a PDF-to-markdown conversion (page text with pipe tables) of ' +
      '上海市科学技术委员会’s “2024 年上海市科委政府信息公开工作年度报告” (the PDF itself, ' +
      'tests/fixtures/annual-report/kewei-2024-official-sample.pdf @ c52d25f, is not in any snapshot to be had here). ' +
      'Saved as the index stores it (UTF-8, 4,496 characters as the index counts them, no trailing newline). Figures ' +
      'read off the pipe rows, each row placed by the labels around it and checked against the narrative ' +
      '(不予公开 2, 无法提供 10, 其他处理 14, 结转 1) and every sum of 表三.',
  },
  {
    id: 'shanghai-office-2025.md',
    file: 'real/shanghai-office-2025.md',
    form: 'markdown',
    // the app takes markdown as pasted text (粘贴报告内容), not as a file
    how: 'paste',
    expected: {
      agency: '上海市人民政府办公厅',
      year: 2025,
      edition: '2021',
      values: figures('2021', {
        // 表二's first block is broken in the conversion (see undetermined): read with the narrative (规章 22 件,
        // 行政规范性文件 34 件) and the loose cells “22（其中修订 16 件）”, “55（含自然失效 29 件）”
        'tables.active.rules.issued': 22,
        'tables.active.rules.repealed': 22,
        'tables.active.rules.inForce': 235,
        'tables.active.normativeDocs.issued': 34,
        'tables.active.normativeDocs.repealed': 55,
        'tables.active.normativeDocs.inForce': 189,
        'tables.requests.new.natural': 1259,
        'tables.requests.new.commercial': 36,
        'tables.requests.carriedOver.natural': 170,
        'tables.requests.carriedOver.commercial': 15,
        'tables.requests.carriedOver.legalService': 4,
        'tables.requests.granted.natural': 201,
        'tables.requests.granted.commercial': 5,
        'tables.requests.partlyGranted.natural': 2,
        'tables.requests.withheld.stateSecret.natural': 4,
        'tables.requests.withheld.security.natural': 1,
        'tables.requests.withheld.internalAffairs.natural': 8,
        'tables.requests.withheld.internalAffairs.legalService': 1,
        'tables.requests.withheld.processInfo.natural': 1,
        'tables.requests.withheld.queryMatter.natural': 5,
        'tables.requests.unavailable.notHeld.natural': 484,
        'tables.requests.unavailable.notHeld.commercial': 28,
        'tables.requests.unavailable.notHeld.legalService': 1,
        'tables.requests.unavailable.needsCreation.natural': 47,
        'tables.requests.unavailable.needsCreation.commercial': 1,
        'tables.requests.unavailable.unclear.natural': 3,
        'tables.requests.notProcessed.petition.natural': 61,
        'tables.requests.notProcessed.petition.commercial': 1,
        'tables.requests.notProcessed.duplicate.natural': 16,
        'tables.requests.notProcessed.publication.natural': 1,
        'tables.requests.notProcessed.repetitive.natural': 1,
        'tables.requests.otherHandling.noCorrection.natural': 40,
        'tables.requests.otherHandling.noCorrection.commercial': 1,
        'tables.requests.otherHandling.noCorrection.legalService': 2,
        'tables.requests.otherHandling.other.natural': 264,
        'tables.requests.otherHandling.other.commercial': 12,
        'tables.requests.carriedForward.natural': 290,
        'tables.requests.carriedForward.commercial': 3,
        'tables.appeals.adminReview.upheld': 40,
        'tables.appeals.adminReview.other': 10,
        'tables.appeals.adminReview.pending': 5,
        'tables.appeals.litigationDirect.upheld': 2,
        'tables.appeals.litigationDirect.other': 4,
        'tables.appeals.litigationDirect.pending': 6,
        'tables.appeals.litigationAfterReview.upheld': 6,
        'tables.appeals.litigationAfterReview.other': 9,
        'tables.appeals.litigationAfterReview.pending': 7,
      }),
      errors: [],
      // The conversion prints 表二's first block as “| 规章 | 22 | 235 |” and “| 行政规范性文件 | 34 | 189 |” under the
      // 3-column header, with the two annotated cells set loose above the table: which column each figure is in the
      // text does not say, and table 二 has no sum to tie them.
      undetermined: runTogether(['rules', 'normativeDocs'], ['issued', 'repealed', 'inForce']),
    },
    source:
      'GitHub zxj6827111-blip/KIROGOVCOMPARE, commit 5a4ed31f1e353c7c5059a5aa1fbaabbef46b5167, path ' +
      'tests/fixtures/annual-report/shanghai-office-sample-source.md: a PDF-to-markdown conversion of the ' +
      '“2025 年上海市人民政府办公厅政府信息公开工作年度报告” (page footers “— 1 —” kept; the PDF, ' +
      'shanghai-office-2025-official-sample.pdf in the same folder, is not in any snapshot to be had here). Saved as ' +
      'the index stores it (UTF-8, 5,040 characters as the index counts them, no trailing newline). 表三/表四 read off ' +
      'the pipe rows and checked against every sum and the narrative (208 / 20 / 564 / 80 / 319 件).',
  },
];
