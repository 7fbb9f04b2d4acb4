import type { Template } from '../template/types';

/** The customary opening paragraph: legal basis, the six parts, the statistics period. */
export function defaultIntro(template: Template, year: number): string {
  const parts = template.sections.map((s) => s.heading).join('、');
  return (
    `本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（${template.notice}）要求编制。` +
    `全文包括${parts}${template.sections[template.sections.length - 1]?.number ?? ''}部分。` +
    `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`
  );
}
