// Test data: 下冶镇人民政府2020年 (../shared/seeds/2020-xiaye-town.txt), a 2019-edition report, its figures
// typed by hand from the seed: table 二 as published, tables 三 and 四 all 0.
import { sectionOf } from './sections';
import { withCells } from '../src/report/cells';
import { emptyReport } from '../src/report/empty';
import type { Report } from '../src/report/schema';
import { template2019 } from '../src/template';
import { resolveTemplate } from '../src/template/resolve';

const active: [string, number][] = [
  ['rules.made', 0],
  ['rules.published', 0],
  ['rules.total', 0],
  ['normativeDocs.made', 0],
  ['normativeDocs.published', 0],
  ['normativeDocs.total', 0],
  ['licensing.previous', 1],
  ['licensing.change', 0],
  ['licensing.decisions', 0],
  ['otherServices.previous', 0],
  ['otherServices.change', 0],
  ['otherServices.decisions', 0],
  ['penalty.previous', 4],
  ['penalty.change', 0],
  ['penalty.decisions', 0],
  ['enforcement.previous', 5],
  ['enforcement.change', 0],
  ['enforcement.decisions', 0],
  ['fees.previous', 0],
  ['fees.change', 0],
  ['procurement.projects', 1],
  ['procurement.amount', 41],
];

export function xiaye2020(): Report {
  const zeros = resolveTemplate(template2019)
    .cells.filter((c) => !c.sumOf && c.table !== 'active')
    .map((c): [string, number] => [c.path, 0]);
  const report = withCells(
    emptyReport(template2019, 2020),
    new Map([...zeros, ...active.map(([p, v]): [string, number] => [`tables.active.${p}`, v])]),
  );
  return {
    ...report,
    meta: { agency: '下冶镇人民政府', year: 2020, date: '' },
    sections: {
      intro: '',
      overview: sectionOf('', [
        { heading: '加强领导，精心实施，扎实做好公开载体建设', text: '发布政府信息公开工作年度报告。' },
      ]),
      problems: sectionOf('2020年，我镇政府信息公开工作取得了新的进展。'),
      other: sectionOf('2020年无其他需要报告的事项。'),
    },
  };
}
