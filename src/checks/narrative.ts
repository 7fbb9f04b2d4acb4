// Warnings, never errors: what the format's notes ask the text to say, and the text against the tables.
import type { CellValue, Report } from '../report/schema';
import { cellPath } from '../template/paths';
import type { Template } from '../template/types';
import type { Finding } from './types';

const warning = (id: string, target: string, step: Finding['step'], message: string, cells: string[] = []): Finding => ({
  id,
  severity: 'warning',
  step,
  target,
  cells,
  message,
});

function overviewText(report: Report): string {
  return [report.sections.intro, ...report.sections.overview.map((s) => `${s.heading}：${s.text}`)].join('\n');
}

const textOf = (report: Report, key: 'overview' | 'problems' | 'other') =>
  key === 'overview' ? overviewText(report) : report.sections[key];

/** 收到…申请21件 / 受理…申请共21件 — the number of requests the text says were received. */
const RECEIVED = /(?:收到|受理|新收)[^。；\n]{0,40}?申请\s*(?:共\s*)?(\d+)\s*件/;
const NONE_RECEIVED = /未(?:收到|受理)[^。；\n]{0,30}?申请/;

export function checkNarrative(template: Template, report: Report, newTotal: CellValue): Finding[] {
  const out: Finding[] = [];
  const { governmentAgency, feeReport } = template.expectations;

  if (governmentAgency.agencyPattern.test(report.meta.agency.trim())) {
    const text = textOf(report, governmentAgency.section);
    if (text.trim() && !governmentAgency.words.some((w) => text.includes(w))) {
      const supervision = report.sections.overview.findIndex((s) => s.heading.includes('监督保障'));
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

  if (newTotal !== null) {
    const text = overviewText(report);
    const target = cellPath('requests', 'new', 'total');
    const stated = RECEIVED.exec(text);
    if (stated && Number(stated[1]) !== newTotal)
      out.push(
        warning(
          'narrative:received',
          target,
          'requests',
          `“总体情况”中写收到申请${stated[1]}件，表三“一、本年新收政府信息公开申请数量”总计为${newTotal}件`,
          [target],
        ),
      );
    else if (!stated && NONE_RECEIVED.test(text) && newTotal > 0)
      out.push(
        warning(
          'narrative:received',
          target,
          'requests',
          `“总体情况”中写未收到申请，表三“一、本年新收政府信息公开申请数量”总计为${newTotal}件`,
          [target],
        ),
      );
  }
  return out;
}
