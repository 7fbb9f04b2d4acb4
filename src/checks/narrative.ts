// Warnings, never errors: what the format's notes ask the text to say. (The figures the text states are held to
// the tables by the prose checks, ./prose.)
import type { Report, SectionBody } from '../report/schema';
import type { NarrativeKey, Template } from '../template/types';
import type { Finding } from './types';

const warning = (
  id: string,
  target: string,
  step: Finding['step'],
  message: string,
  cells: string[] = [],
): Finding => ({
  id,
  severity: 'warning',
  step,
  target,
  cells,
  message,
});

/** A section's words in print order: opening text, then each subsection's heading and text. */
function sectionText(body: SectionBody): string {
  return [body.opening, ...body.subsections.map((s) => `${s.heading}：${s.text}`)].join('\n');
}

const overviewText = (report: Report) => `${report.sections.intro}\n${sectionText(report.sections.overview)}`;

const textOf = (report: Report, key: NarrativeKey) =>
  key === 'overview' ? overviewText(report) : sectionText(report.sections[key]);

export function checkNarrative(template: Template, report: Report): Finding[] {
  const out: Finding[] = [];
  const { governmentAgency, feeReport } = template.expectations;

  if (governmentAgency.agencyPattern.test(report.meta.agency.trim())) {
    const text = textOf(report, governmentAgency.section);
    if (text.trim() && !governmentAgency.words.some((w) => text.includes(w))) {
      const supervision = report.sections.overview.subsections.findIndex((s) => s.heading.includes('监督保障'));
      out.push(
        warning(
          'narrative:assessment',
          supervision >= 0 ? `sections.overview.${supervision}` : 'sections.overview',
          'overview',
          `本机关是人民政府，按《条例》第五十条，“总体情况”应报告${governmentAgency.words.join('、')}结果（一般写在“监督保障”中）`,
        ),
      );
    }
  }

  const other = feeReport ? textOf(report, feeReport.section) : '';
  if (feeReport && other.trim() && !feeReport.words.some((w) => other.includes(w)))
    out.push(
      warning(
        'narrative:fees',
        `sections.${feeReport.section}`,
        feeReport.section,
        '“六、其他需要报告的事项”应写明信息处理费的收取情况（未收取的，也写明“未收取信息处理费”）',
      ),
    );

  return out;
}
