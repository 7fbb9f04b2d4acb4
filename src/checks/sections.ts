// The narrative sections' structure: a section left with no text, a subsection heading with nothing under it,
// and numbering the clerk typed that the app took off. Each finding points at its place (a field's address).
import type { Report } from '../report/schema';
import { sectionHasText, subsectionNumbers } from '../report/sections';
import type { ResolvedTemplate } from '../template/resolve';
import { sectionTitle } from '../template/steps';
import type { Finding } from './types';

export function checkSectionsWritten(resolved: ResolvedTemplate, report: Report): Finding[] {
  const out: Finding[] = [];
  for (const section of resolved.template.sections) {
    if (section.kind === 'table') continue;
    const { key } = section;
    const title = sectionTitle(section);
    const body = report.sections[key];
    const numbers = subsectionNumbers(body.subsections);
    if (!sectionHasText(body))
      out.push({
        id: `section:${key}`,
        severity: 'error',
        incomplete: true,
        step: key,
        target: `sections.${key}`,
        cells: [],
        message: `${title}尚未填写`,
      });
    body.subsections.forEach((sub, i) => {
      const heading = sub.heading.trim();
      const target = `sections.${key}.${i}`;
      const name = heading ? `${title}${numbers[i]}“${heading}”` : `${title}第${i + 1}段（无标题）`;
      // A blank heading is no finding (一是/二是 reports have none); a heading needs text under it.
      const empty = !sub.text.trim() && (heading || sectionHasText(body));
      if (empty)
        out.push({
          id: `section:${key}.${i}:text`,
          severity: 'error',
          incomplete: true,
          step: key,
          target,
          cells: [],
          message: heading ? `${name}下面还没有内容` : `${name}是空的：请填写或删除`,
        });
      if (sub.removedNumbering)
        out.push({
          id: `section:${key}.${i}:numbering`,
          severity: 'warning',
          step: key,
          target,
          cells: [],
          message: `${name}：标题开头输入的编号“${sub.removedNumbering}”已去掉，小节编号由本工具按顺序加上，请核对`,
        });
    });
  }
  return out;
}
