// Known variants of the template's wording that real reports use. The labels themselves come from the
// template (src/template/); this list only adds what reports write instead.
import type { SectionKey } from '../template/types';

/** Words that identify a section heading when it is worded otherwise (`四、因政府信息公开工作被申请行政复议…`). */
export const SECTION_WORDS: Record<SectionKey, string[][]> = {
  overview: [['总体情况']],
  active: [
    ['主动公开', '政府信息情况'],
    ['主动公开', '政府信息'],
  ],
  requests: [
    ['收到和处理', '申请'],
    ['依申请公开', '情况'],
  ],
  appeals: [['行政复议', '行政诉讼']],
  problems: [['存在的主要问题'], ['存在问题', '改进']],
  other: [['其他需要报告的事项']],
};

/** Row labels of earlier wording, by table and row key (`规范性文件` for `行政规范性文件`). */
export const ROW_ALIASES: Record<string, string[]> = {
  'active.normativeDocs': ['规范性文件'],
  'active.rules': ['规章'],
};

/** Column headers of the 2019 edition met in a later report: read by position, and said. */
export const EARLIER_COLUMN_WORDS = ['本年新制作数量', '本年新公开数量', '对外公开总数量'];
