// A report exported as DOCX by the app and imported again is the same report: every value, every section.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { nodeParser } from '../../test/domParser';
import { SHARED_DIR } from '../../test/seed';
import { layoutDocument } from '../document/blocks';
import { renderDocxBuffer } from '../export/docx';
import type { Report } from '../report/schema';
import { resolveTemplate } from '../template/resolve';
import { template2019, template2021 } from '../template';
import type { Template } from '../template/types';
import { withCells } from '../report/cells';
import { importBytes } from './index';

const CURRENT_YEAR = 2026;

async function roundTrip(template: Template, report: Report): Promise<Report> {
  const bytes = await renderDocxBuffer(layoutDocument(template, report), { draft: false });
  return importBytes('report.docx', bytes, CURRENT_YEAR, nodeParser).report;
}

const seedReport = (file: string): Report => ({
  ...importBytes(file, new Uint8Array(readFileSync(`${SHARED_DIR}/seeds/${file}`)), CURRENT_YEAR).report,
  meta: { agency: '', year: 0, date: '2025-01-20' },
});

/** Every entered cell a different figure, none 0 (amounts with decimals, the 2019 edition's 本年增/减 negative). */
function distinct(template: Template, report: Report): Report {
  const changes = new Map<string, number>();
  resolveTemplate(template)
    .cells.filter((c) => !c.sumOf)
    .forEach((c, i) =>
      changes.set(c.path, c.kind === 'amount' ? i + 1 + 0.25 : c.kind === 'signed' ? -(i + 1) : i + 1),
    );
  return withCells(report, changes);
}

describe('DOCX exported by the app, imported again', () => {
  test('the yindu district office seed', async () => {
    const seed = seedReport('2024-yindu-district-office.txt');
    const report: Report = { ...seed, meta: { agency: '殷都区人民政府办公室', year: 2024, date: '2025-01-20' } };
    expect(await roundTrip(template2021, report)).toEqual(report);
  });

  test('a report with every cell non-zero and distinct', async () => {
    const seed = seedReport('2024-yindu-district-office.txt');
    const report = distinct(template2021, {
      ...seed,
      meta: { agency: '测试县人民政府', year: 2023, date: '2024-01-15' },
    });
    const back = await roundTrip(template2021, report);
    expect(back.tables).toEqual(report.tables);
    expect(back).toEqual(report);
  });

  test('the 2019 edition: the 2020 seed (xiaye town), and every cell distinct', async () => {
    const seed = seedReport('2020-xiaye-town.txt');
    const report: Report = { ...seed, meta: { agency: '下冶镇人民政府', year: 2020, date: '2021-01-18' } };
    expect(report.template).toBe('2019');
    expect(await roundTrip(template2019, report)).toEqual(report);
    const all = distinct(template2019, report);
    expect(await roundTrip(template2019, all)).toEqual(all);
  });
});
