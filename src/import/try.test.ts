import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { readTextFile } from './readText';
import { matchReport } from './match';
test('try', () => {
  for (const f of ['2024-yindu-district-office', '2024-tieli-town', '2024-yanshi-zhaizhen-town', '2024-yindu-tongye-town', '2020-xiaye-town']) {
    const r = matchReport(readTextFile(readFileSync(`/work/shared/seeds/${f}.txt`)), 2026);
    console.log('=====', f, r.agency, r.year, r.edition, r.report.meta.date);
    console.log(JSON.stringify(r.report.tables));
    for (const n of r.notes) console.log(' NOTE', n.kind, n.path, n.message);
    for (const fd of r.findings) console.log(' FIND', fd.message);
    console.log(JSON.stringify(r.sections, null, 1).slice(0, 1500));
  }
});
