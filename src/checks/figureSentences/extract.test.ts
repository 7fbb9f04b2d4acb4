// The extractor against sentences of published reports, each with the figures a person reads in it, written by
// hand from reading the sentence (never from running the code). A PDF's or a markdown conversion's line breaks
// inside a sentence are joined, as the import joins them. Every case names its source.
import { describe, expect, test } from 'vitest';
import { extractStatedFigures, type FigureKind } from './extract';

/** A figure expected: kind, value, and the share said right after it, when there is one. */
type Expected = [FigureKind, number | null] | [FigureKind, number | null, number];

interface Case {
  /** File (seed, corpus) or URL of the sentence. */
  source: string;
  year: number | null;
  text: string;
  figures: Expected[];
}

/** Where the seeds stand beside the repository (a citation: the sentences are quoted, not read). */
const SEEDS = '../shared/seeds/';
const REAL = 'test/corpus/real/';

const read = (text: string, year: number | null): Expected[] =>
  extractStatedFigures(text, year).map((f) => (f.percent ? [f.kind, f.value, f.percent.value] : [f.kind, f.value]));

/** Sentences that state figures of the report's own tables. */
const STATING: Case[] = [
  // 1
  {
    source: `${SEEDS}2024-yanshi-zhaizhen-town.txt`,
    year: 2024,
    text: '2024 年，我镇政府未收到政府信息公开申请。',
    figures: [['received', 0]],
  },
  // 2
  {
    source: `${SEEDS}2024-yindu-tongye-town.txt`,
    year: 2024,
    text: '2024年未收到政府信息公开申请。',
    figures: [['received', 0]],
  },
  // 3
  {
    source: `${SEEDS}2024-yindu-district-office.txt`,
    year: 2024,
    text: '2024 年收到并办理公民、法人和其他组织提出的政府信息公开申请 21 件，均及时对申请人进行了答复，做到了能公开、尽公开。',
    figures: [['received', 21]],
  },
  // 4
  {
    source: `${REAL}pingtan-2023-page.txt (https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202403/t20240308_87885.htm)`,
    year: 2023,
    text:
      '办结依申请公开81件，其中：予以公开及部分公开42件，占51.85%；不予公开5件，占6.17%；无法提供31件，占38.27%；' +
      '不予处理1件，占1.23%；其他处理2件，占2.47%；因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。',
    // 予以公开及部分公开42件 is a sum of two rows: no figure
    figures: [
      ['handled', 81],
      ['withheld', 5, 6.17],
      ['unavailable', 31, 38.27],
      ['notProcessed', 1, 1.23],
      ['otherHandling', 2, 2.47],
      ['adminReview', 2],
      ['litigation', 7],
    ],
  },
  // 5
  {
    source: `${REAL}pingtan-2023-page.txt (https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202403/t20240308_87885.htm)`,
    year: 2023,
    text: '按照省政府办公厅相关工作要求设立规范性文件库，清理并集中发布现行有效行政规范性文件393件，动态更新本年度制发的规范性文件77件。',
    // 393 is what the library published (集中发布), not the table's 现行有效件数 (470): not read
    figures: [['normIssued', 77]],
  },
  // 6
  {
    source: `${REAL}pingtan-2024-page.txt (https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm)`,
    year: 2024,
    text: '加强规范性文件库建设，巩固行政规范性文件集中统一公开成果，动态更新发布本年度制发行政规范性文件62件，并同步做好全真版上传等工作，确保行政规范性文件库数据准确、规范统一。',
    figures: [['normIssued', 62]],
  },
  // 7
  {
    source: `${REAL}pingtan-2020-page.txt (https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202103/t20210305_80595.htm)`,
    year: 2020,
    text: '经清理，已宣布废止规范性文件5件，拟适时修改3件，实现规范性文件动态管理。',
    figures: [['normRepealed', 5]],
  },
  // 8
  {
    source: `${REAL}huaian-city-2024.pdf`,
    year: 2024,
    text:
      '政府信息公开行政复议 351件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚未审结 37 件；' +
      '政府信息公开行政诉讼 46 件，其中结果维持 25件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。',
    figures: [
      ['adminReview', 351],
      ['adminReviewCorrected', 64],
      ['litigation', 46],
      ['litigationCorrected', 5],
    ],
  },
  // 9
  {
    source: `${REAL}shanghai-kewei-2024.md`,
    year: 2024,
    text: '2024 年市科委有 1 件涉及政府信息公开工作的行政复议，该行政复议件未被复议审查机关纠错。涉及的行政诉讼数为0 件。',
    // 未被…纠错 denies a result, not a count: no figure for it
    figures: [
      ['adminReview', 1],
      ['litigation', 0],
    ],
  },
  // 10
  {
    source: `${REAL}shanghai-kewei-2024.md`,
    year: 2024,
    text: '全年收到政府信息公开申请 34 件，上年结转政府信息公开申请 2 件，所有申请均已按要求办理完成。',
    figures: [
      ['received', 34],
      ['carriedOver', 2],
    ],
  },
  // 11
  {
    source: `${REAL}shanghai-kewei-2024.md`,
    year: 2024,
    text:
      '所有办结的信息公开申请中同意公开答复 9 件，部分公开答复 0 件，不予公开答复 2件，无法提供的 10 件，不予处理 0 件，' +
      '其他处理 14 件，转下一年度办理答复的有 1 件。',
    figures: [
      ['granted', 9],
      ['partlyGranted', 0],
      ['withheld', 2],
      ['unavailable', 10],
      ['notProcessed', 0],
      ['otherHandling', 14],
      ['carriedForward', 1],
    ],
  },
  // 12
  {
    source: `${REAL}shanghai-office-2025.md`,
    year: 2025,
    text: '市政府共受理政府信息公开申请 1295 件，办结 1191 件（含上年结转 189 件），均在法定期限内答复。',
    // 189 is said only as part of the 1191 (含…): not read
    figures: [
      ['received', 1295],
      ['handled', 1191],
    ],
  },
  // 13
  {
    source: `${REAL}shanghai-office-2025.md`,
    year: 2025,
    text:
      '其中，予以公开及部分公开 208 件（17.46%），不予公开 20 件（1.68%），因本机关不掌握等原因无法提供 564 件（47.36%），' +
      '属信访、重复申请等不予处理 80 件（6.72%），其他处理 319 件（26.78%，含申请人主动撤回 157 件）。',
    figures: [
      ['withheld', 20, 1.68],
      ['unavailable', 564, 47.36],
      ['notProcessed', 80, 6.72],
      ['otherHandling', 319, 26.78],
    ],
  },
  // 14
  {
    source: 'https://www.bjdx.gov.cn/bjsdxqrmzf/zwfw/zfxxgk/dxqzf69/2291822/2291824/2292928/index.html',
    year: 2025,
    text: '全年共收到政府信息公开申请16件，均在法定时限内完成答复，答复率100%，切实回应公众合理信息需求。',
    figures: [['received', 16]],
  },
  // 15
  {
    source: 'http://www.suixi.gov.cn/gzzwz/jxzrmzf/zwgk/xxgknb/content/post_67513.html',
    year: 2018,
    text: '2018年度我镇没有接到群众主动要求公开政府信息的申请。',
    figures: [['received', 0]],
  },
  // 16
  {
    source: 'http://www.suixi.gov.cn/gzzwz/jxzrmzf/zwgk/xxgknb/content/post_67513.html',
    year: 2018,
    text: '我镇2018年度，没有发生针对本单位有关政府信息公开事务的行政复议案、行政诉讼案和有关的申诉案。',
    figures: [
      ['adminReview', 0],
      ['litigation', 0],
    ],
  },
  // 17
  {
    source: 'http://htq.gov.cn/hzshtqzf/zwgk/xxgknb/2019/zbxx/202601/a703a64c28bd4785988d7f2f9404f300.shtml',
    year: 2025,
    text: '2025年，我镇未收到政务信息公开申请。',
    figures: [['received', 0]],
  },
  // 18
  {
    source: 'http://www.xixianxinqu.gov.cn:9311/zwgk/fdzdgknr/zzjg/jzjg/jzljdbsc/xxgknb/2015678676080836610.html',
    year: 2025,
    text: '2025年度，建章路街道办事处未接收到政府信息公开申请。',
    figures: [['received', 0]],
  },
  // 19
  {
    source: 'http://www.wenshang.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=11370830004335465W&fbtime=2025',
    year: 2025,
    text: '2025年度未收到政府信息公开申请。',
    figures: [['received', 0]],
  },
  // 20
  {
    source: 'http://www.haicheng.gov.cn/html/HCS/202601/0176938436489438.html',
    year: 2025,
    text: '年内，我镇未收到公民、法人或其他组织通过任何形式提出的政府信息公开申请。',
    figures: [['received', 0]],
  },
  // 21
  {
    source: 'http://www.haicheng.gov.cn/html/HCS/202601/0176938436489438.html',
    year: 2025,
    text: '2025年，我镇共制定规范性文件0件，废止规范性文件0件，现行有效的规范性文件。',
    figures: [
      ['normIssued', 0],
      ['normRepealed', 0],
    ],
  },
  // 22
  {
    source:
      'https://www.baiyinqu.gov.cn/XZJDBMDW/xzjd/slzrmzf/zfxxgknb/2024n/art/2026/art_f973dc2ac5be4360afb033ebcccd94d2.html',
    year: 2025,
    // 全镇 is the township itself, not a wider area
    text: '同时，积极配合上级工作，2025年，全镇未收到依申请公开。',
    figures: [['received', 0]],
  },
];

/** Sentences that state no figure of the report's own tables (or none this extractor may be sure of). */
const SILENT: Case[] = [
  // 23: 主动公开 count of items
  {
    source: `${SEEDS}2024-yanshi-zhaizhen-town.txt`,
    year: 2024,
    text: '依法依规向社会公开各类政府信息，全年主动公开各类政府信息 110 条。',
    figures: [],
  },
  // 24: 信息处理费 is not 表二's 行政事业性收费
  {
    source: `${SEEDS}2024-yanshi-zhaizhen-town.txt`,
    year: 2024,
    text: '按照《政府信息公开信息处理费管理办法》规定，2024 年我单位未收取政府信息公开处理费。',
    figures: [],
  },
  // 25: 主动公开 count of articles
  {
    source: `${SEEDS}2024-yindu-tongye-town.txt`,
    year: 2024,
    text: '以政府信息公开平台为核心，结合实际工作，全面公开民生保障、乡村振兴、环境治理、文化建设等多领域的工作进展和成果，共计发布稿件 12篇。',
    figures: [],
  },
  // 26: no appeal in it
  {
    source: `${SEEDS}2024-yindu-tongye-town.txt`,
    year: 2024,
    text: '2024年，铜冶镇未发生因政府信息公开工作不到位而引发的责任追究情况。',
    figures: [],
  },
  // 27
  {
    source: `${SEEDS}2024-yindu-district-office.txt`,
    year: 2024,
    text: '全年政府网站共发布政府信息 1002 条，其中概况类信息更新 9 条，政务动态信息更新 646 条，信息公开目录信息更新 347 条；“殷都政务”微信公众号发布信息 336 条。',
    figures: [],
  },
  // 28
  {
    source: `${SEEDS}2024-tieli-town.txt`,
    year: 2024,
    text: '2024年，我镇通过政府网站公开信息104条，微信公众号发布信息910条。',
    figures: [],
  },
  // 29: another year (the 2019 report, in the 2020 report)
  {
    source: `${SEEDS}2020-xiaye-town.txt`,
    year: 2020,
    text: '根据《政府信息公开条例》规定和省府办公厅《关于抓紧公布政府信息公开工作年度报告的通知》要求，对 2019年我镇政府信息公开工作进行总结，形成《下冶镇 2019年政府信息公开工作年度报告》，并在我镇政府宣传栏上发布。',
    figures: [],
  },
  // 30: the same seed's figure sentence read as if in a report on another year
  {
    source: `${SEEDS}2024-yindu-district-office.txt (read with report year 2025)`,
    year: 2025,
    text: '2024 年收到并办理公民、法人和其他组织提出的政府信息公开申请 21 件，均及时对申请人进行了答复，做到了能公开、尽公开。',
    figures: [],
  },
  // 31: the same, with the report's year unknown: a figure of a named year cannot be placed
  {
    source: `${SEEDS}2024-yindu-district-office.txt (read with no report year)`,
    year: null,
    text: '2024 年收到并办理公民、法人和其他组织提出的政府信息公开申请 21 件，均及时对申请人进行了答复，做到了能公开、尽公开。',
    figures: [],
  },
  // 32: 全区
  {
    source: `${REAL}pingtan-2021-page.txt (https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202202/t20220208_80613.htm)`,
    year: 2021,
    text: '本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。',
    figures: [],
  },
  // 33: 全区
  {
    source: `${REAL}pingtan-2023-page.txt (https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202403/t20240308_87885.htm)`,
    year: 2023,
    text: '2023年全区接收通过邮寄、网络提交的各类政府信息公开申请共计81件，涉及自然人80件、商业企业1件。',
    figures: [],
  },
  // 34: 全区各级行政机关
  {
    source: `${REAL}pingtan-2020-page.txt (https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202103/t20210305_80595.htm)`,
    year: 2020,
    text: '4.认真办理依申请公开2020年全区各级行政机关共受理政府信息公开申请21件，受理的申请件已按规定在法定期限内予以答复。',
    figures: [],
  },
  // 35: 办理 says neither 收到 nor 办结
  {
    source: `${REAL}pingtan-2024-page.txt (https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm)`,
    year: 2024,
    text: '全年办理政府信息公开申请218件。',
    figures: [],
  },
  // 36: 诉求 are no 依申请公开 requests
  {
    source: `${REAL}pingtan-2020-page.txt (https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202103/t20210305_80595.htm)`,
    year: 2020,
    text: '组织开展19期《问政平潭之有事你说》，上线部门22家，收到群众诉求348件，现场解决162件，跟进解决186件，办结率100%。',
    figures: [],
  },
  // 37
  {
    source: `${REAL}pingtan-2019-page.txt (https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202001/t20200120_80576.htm)`,
    year: 2019,
    text: '通过热线电话、家园985后台以及网络直播间的方式解答群众问题，其中热线电话11通，网络诉求3件，创新了信息公开渠道及形式。',
    figures: [],
  },
  // 38: 全区
  {
    source: `${REAL}hongze-district-2023.pdf`,
    year: 2023,
    text: '2023 年全区受理政府信息公开申请 21 件，均在法定期限答复。',
    figures: [],
  },
  // 39: another body (区政府办代表区政府): its 17 is not the table's 95
  {
    source: `${REAL}hongze-district-2024.pdf`,
    year: 2024,
    text: '2024 年，区政府办代表区政府受理政府信息公开申请 17 件，均已在法定期限内予以答复。',
    figures: [],
  },
  // 40: 信息处理费 in 元
  {
    source: `${REAL}hongze-district-2023.pdf`,
    year: 2023,
    text: '2023 年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 0 元。',
    figures: [],
  },
  // 41: 主动公开 counts, meetings
  {
    source: `${REAL}hongze-district-2024.pdf`,
    year: 2024,
    text: '2024 年，我区在政府网站平台主动发布各类政府信息 2428 条，公开政府常务会议 7期，解读信息发布 7 条。',
    figures: [],
  },
  // 42: 全市
  {
    source: `${REAL}huaian-city-2024.pdf`,
    year: 2024,
    text: '2024 年，全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复），均在法定期限内予以答复。',
    figures: [],
  },
  // 43: 主动公开 counts of documents
  {
    source: `${REAL}huaian-city-2024.pdf`,
    year: 2024,
    text: '2024 年，市政府网站主动公开各类政府信息 5500 余条，全年新增公开市政府规章 1 件、市政府及市政府办政策性文件 11 件，通过文字、图片等形式制作政策解读21 个，制作《淮安市人民政府公报》6 期。',
    figures: [],
  },
  // 44: training
  {
    source: `${REAL}huaian-city-2024.pdf`,
    year: 2024,
    text: '针对具体问题，创新开展调研式培训、过堂式培训，不断提高全市政务公开工作人员的工作能力和水平。',
    figures: [],
  },
  // 45: 发布 count of documents (规范性文件 among them)
  {
    source: `${REAL}shanghai-kewei-2024.md`,
    year: 2024,
    text: '截至 2024 年 12 月 31 日，市科委通过部门网站当年发布政府信息 393 件，其中包括：行政规范性文件 13 件；规划计划文件 2 件；',
    figures: [],
  },
  // 46
  {
    source: `${REAL}shanghai-kewei-2024.md`,
    year: 2024,
    text: '今年累计批量推送集成式发布政策 121 条，日常报送惠企政策 83 条。',
    figures: [],
  },
  // 47: 主动公开 of 规章 and 规范性文件 (not 制发)
  {
    source: `${REAL}shanghai-office-2025.md`,
    year: 2025,
    text: '全年主动公开市政府规章 22 件、市政府及市政府办公厅行政规范性文件 34 件、人事任免文件 196 件、其他文件 84 件；扎实推进教育、养老服务、社会救助、就业、生态环境、医疗卫生等重点领域 125 项信息公开任务。',
    figures: [],
  },
  // 48: denies a result (纠错, 败诉), not the appeals
  {
    source: `${REAL}shanghai-office-2025.md`,
    year: 2025,
    text: '全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。',
    figures: [],
  },
  // 49: 刊登…行政规范性文件等 243 件
  {
    source: `${REAL}shanghai-office-2025.md`,
    year: 2025,
    text: '编辑《上海市人民政府公报》24 期，刊登市政府规章、市政府和市政府办公厅文件、市政府部门行政规范性文件等 243 件。',
    figures: [],
  },
  // 50: meetings
  {
    source: `${REAL}shanghai-office-2025.md`,
    year: 2025,
    text: '召开市政府新闻发布会 42 场、新闻通气会 19 场，有效增强政策发布的权威性。',
    figures: [],
  },
  // 51: 全区, part of the year, a comparison
  {
    source: 'http://www.shpt.gov.cn/shpt/tjsj-tjsjzhzwqfbzfwj2021/20220725/847939.html',
    year: 2022,
    text: '2022年上半年，全区各行政机关共受理政府信息公开申请267件，答复263件，申请量比2021年同期上升1.52%。',
    figures: [],
  },
  // 52: 同意公开或部分公开 is a sum of two rows
  {
    source: 'http://www.shpt.gov.cn/shpt/tjsj-tjsjzhzwqfbzfwj2021/20220725/847939.html',
    year: 2022,
    text: '其中同意公开或部分公开共81件，公开率为30.80%。',
    figures: [],
  },
  // 53: 全区
  {
    source: 'http://www.shpt.gov.cn/shpt/tjsj-tjsjzhzwqfbzfwj2021/20220725/847939.html',
    year: 2022,
    text: '2022年上半年，全区共发生涉及政府信息公开的行政诉讼案件2件，被纠错0件。',
    figures: [],
  },
  // 54: 主动公开 of 规章 with its parts in a note
  {
    source: 'https://shanghai.gov.cn/nw12344/20230331/4a03b5fa47ae4c73b7ec42801de6be66.html',
    year: 2022,
    text: '2022年，在上海市人民政府网站、《上海市人民政府公报》主动公开市政府规章13件(含新制定5件,修改4件,废止4件)，主动公开市政府和市政府办公厅行政规范性文件42件，人事任免文件106件，其他文件113件。',
    figures: [],
  },
  // 55: meetings, attendance
  {
    source: 'https://shanghai.gov.cn/nw12344/20230331/4a03b5fa47ae4c73b7ec42801de6be66.html',
    year: 2022,
    text: '全年共举办191场市政府新闻发布活动，市政府领导出席新闻发布会共计25人次，围绕上海经济社会发展重点领域工作，发布权威信息、解读政策内容。',
    figures: [],
  },
  // 56: 出台 without a count
  {
    source: 'http://www.xixianxinqu.gov.cn:9311/zwgk/fdzdgknr/zzjg/jzjg/jzljdbsc/xxgknb/2015678676080836610.html',
    year: 2025,
    text: '严格执行“三审三校”信息发布审核制度，明确初审、复核、终审责任，全年未出现信息发布错误、延误等问题，无行政规范性文件出台及更新情况。',
    figures: [],
  },
  // 57: 以来, 主动公开 count, 份, 次
  {
    source: 'http://www.sxjiaxian.gov.cn/zwgk/zfxxgkzl/xtjdbnb/ct/49959.htm',
    year: 2022,
    text: '2022年以来，螅镇政府信息公开工作在县政府办的精心指导下，认真围绕镇党委、镇政府中心工作，按照“应公开、尽公开”的要求，扎实有序推进政务公开工作落实。主动公开政务文件11份，开展政策解读活动15次。',
    figures: [],
  },
  // 58: 累计, 主动公开 count
  {
    source: 'https://www.bjdx.gov.cn/bjsdxqrmzf/zwfw/zfxxgk/dxqzf69/2291822/2291824/2292928/index.html',
    year: 2025,
    text: '全年累计主动公开政府信息100余条，确保信息发布及时、准确、全面，保障公众知情权。',
    figures: [],
  },
  // 59: training, 依申请公开 without a figure
  {
    source:
      'https://www.baiyinqu.gov.cn/XZJDBMDW/xzjd/slzrmzf/zfxxgknb/2024n/art/2026/art_f973dc2ac5be4360afb033ebcccd94d2.html',
    year: 2025,
    text: '定期参加依申请公开工作的培训，培训内容涉及处理流程、信息公开的范围、不予公开的情形，使工作人员对实际操作有更加深入的理解。',
    figures: [],
  },
  // 60: a comparison with another year (a ranking)
  {
    source: 'https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html',
    year: 2012,
    text: '做为政府信息公开的第一平台，“中国南平”网站在中国软件评测中心、人民网、新浪网、百度共同举办的第十一届(2012)中国政府网站绩效评估中获全国地级城市政府网站中排名第四，较2011年又前进了三名，连续三年位居全国前十；',
    figures: [],
  },
];

describe('figures in sentences of published reports', () => {
  test.each(STATING)('$source: $text', (c) => {
    expect(read(c.text, c.year)).toEqual(c.figures);
  });
});

describe('no figure where a published sentence states none of the tables', () => {
  test.each(SILENT)('$source: $text', (c) => {
    expect(read(c.text, c.year)).toEqual([]);
  });
});

test('the collection is as large as the task asks: 40 sentences or more, 12 or more without a figure', () => {
  expect(STATING.length + SILENT.length).toBeGreaterThanOrEqual(40);
  expect(SILENT.length).toBeGreaterThanOrEqual(12);
  for (const c of [...STATING, ...SILENT]) expect(c.source).toMatch(/\S/);
});

// ---- constructed sentences (not from a report): the number forms and rules one at a time ----

describe('number forms (constructed)', () => {
  test.each([
    ['本年度共收到政府信息公开申请１２件。', [['received', 12]]],
    ['本年度共收到政府信息公开申请1,234件。', [['received', 1234]]],
    ['本年度共收到政府信息公开申请1，234件。', [['received', 1234]]],
    ['本年度因政府信息公开被申请行政复议两起。', [['adminReview', 2]]],
    [
      '本年度收到政府信息公开申请三件，其中予以公开一件。',
      [
        ['received', 3],
        ['granted', 1],
      ],
    ],
    ['本年度收到政府信息公开申请十二件。', [['received', 12]]],
    ['本年度收到政府信息公开申请0件。', [['received', 0]]],
    ['本年度行政事业性收费金额18651.06万元。', [['fees', 18651.06]]],
    [
      '本年度作出行政许可决定1,234件、行政处罚决定56件、行政强制决定7件。',
      [
        ['licensing', 1234],
        ['penalty', 56],
        ['enforcement', 7],
      ],
    ],
    [
      '本年度共收到政府信息公开申请×件，上年结转×件。',
      [
        ['received', null],
        ['carriedOver', null],
      ],
    ],
  ] as [string, Expected[]][])('%s', (text, figures) => {
    expect(read(text, 2024)).toEqual(figures);
  });

  test('the offsets are those of the number and of its sentence', () => {
    const text = '开头。本年度共收到政府信息公开申请1,234件；予以公开58件，占61%。';
    const [received, granted] = extractStatedFigures(text, 2024);
    expect(text.slice(received.start, received.end)).toBe('1,234');
    expect(text.slice(received.sentenceStart, received.sentenceEnd)).toBe('本年度共收到政府信息公开申请1,234件');
    expect(text.slice(granted.start, granted.end)).toBe('58');
    expect(granted.percent).toEqual({ value: 61, start: text.indexOf('61%'), end: text.indexOf('61%') + 2 });
  });

  test('a statement of none is placed on its words', () => {
    const text = '本年度未发生因政府信息公开引发的行政复议、行政诉讼。';
    const figures = extractStatedFigures(text, 2024);
    expect(figures.map((f) => [f.kind, f.value, f.none])).toEqual([
      ['adminReview', 0, true],
      ['litigation', 0, true],
    ]);
    expect(text.slice(figures[0].start, figures[0].end)).toBe('未发生因政府信息公开引发的行政复议');
  });
});

describe('rules (constructed)', () => {
  test.each([
    ['another year', '2023年共收到政府信息公开申请80件。'],
    ['last year', '去年共收到政府信息公开申请80件。'],
    ['a change', '本年度政府信息公开申请比上年增加5件。'],
    ['a change in %', '本年度政府信息公开申请同比下降10%。'],
    ['a comparison', '本年度予以公开的申请较去年多3件。'],
    ['the county', '全县共收到政府信息公开申请95件。'],
    ['other townships', '各乡镇共收到政府信息公开申请95件。'],
    ['guiding others', '指导村（社区）办理政府信息公开申请5件。'],
    ['a sum with the year before', '本年度收到政府信息公开申请及上年结转申请共100件。'],
    ['a total that holds last year’s', '本年度共收到政府信息公开申请100件（含上年结转5件）。'],
    ['政务服务', '本年度政务服务中心共受理各类申请1,234件。'],
    ['12345', '本年度办结12345热线工单56件。'],
    ['training', '本年度组织政务公开培训3次，培训120人次。'],
    ['published documents', '本年度主动公开政府信息1,234条，公开规范性文件5件。'],
    ['a company alone', '本年度收到企业提出的政府信息公开申请3件。'],
    ['both appeals in one', '本年度因政府信息公开引发行政复议和行政诉讼共3件。'],
    ['信息处理费', '本年度收取信息处理费0万元。'],
    ['no fees', '本年度未收取行政事业性收费。'],
    ['申请人 is no request', '本年度未收到政府信息公开申请人的补正材料。'],
  ])('%s: %s', (_, text) => {
    expect(read(text, 2024)).toEqual([]);
  });

  test.each([
    ['the report year named', '2024年共收到政府信息公开申请95件。', [['received', 95]]],
    ['a comparison after the figure', '本年度共收到政府信息公开申请95件，比上年增加5件。', [['received', 95]]],
    [
      '上年结转 is a row, not last year',
      '本年度共收到政府信息公开申请95件，上年结转5件，结转下年度继续办理3件。',
      [
        ['received', 95],
        ['carriedOver', 5],
        ['carriedForward', 3],
      ],
    ],
    [
      'the applicants’ columns',
      '本年度共收到政府信息公开申请95件，其中自然人申请90件，法人或其他组织申请5件。',
      [
        ['received', 95],
        ['receivedNatural', 90],
        ['receivedOrg', 5],
      ],
    ],
    [
      'a share of the figure',
      '已办结政府信息公开申请95件，其中予以公开58件，占比61.05%。',
      [
        ['handled', 95],
        ['granted', 58, 61.05],
      ],
    ],
    // 办结 alone could be any work done (政务服务, 诉求): read only where the sentence is about 政府信息公开
    [
      'a bare % after a figure is no share of it',
      '本年度共收到政府信息公开申请5件，予以公开5件，100%在法定期限内答复。',
      [
        ['received', 5],
        ['granted', 5],
      ],
    ],
    [
      'a share in brackets',
      '本年度共收到政府信息公开申请5件，予以公开4件（80%）。',
      [
        ['received', 5],
        ['granted', 4, 80],
      ],
    ],
    ['办结 without 信息公开', '已办结95件，其中予以公开58件。', [['granted', 58]]],
    [
      'corrected after an appeal',
      '本年度因政府信息公开被申请行政复议2件，其中被纠错1件；被提起行政诉讼1件，其中被纠错0件。',
      [
        ['adminReview', 2],
        ['adminReviewCorrected', 1],
        ['litigation', 1],
        ['litigationCorrected', 0],
      ],
    ],
    [
      'rules in force',
      '截至年底，现行有效规章2件，现行有效行政规范性文件12件。',
      [
        ['rulesInForce', 2],
        ['normInForce', 12],
      ],
    ],
  ] as [string, string, Expected[]][])('%s: %s', (_, text, figures) => {
    expect(read(text, 2024)).toEqual(figures);
  });

  test('the applicants’ columns are read only after the total', () => {
    // 自然人55件 here counts granted requests, not received ones
    expect(read('本年度予以公开的申请中，自然人55件。', 2024)).toEqual([]);
  });
});
