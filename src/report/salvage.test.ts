import { describe, expect, it } from 'vitest';
import { template2021 } from '../template';
import { emptyReport } from './empty';
import { salvageReport } from './salvage';
import { reportSchema } from './schema';

const schema = reportSchema(template2021);
const valid = () => {
  const r = emptyReport(template2021, 2025);
  r.meta.agency = '某某镇人民政府';
  r.sections.overview.subsections[0].text = '本年主动公开……';
  r.tables.requests.new.natural = 21;
  r.comments.push({
    id: 'c1',
    target: 'meta.agency',
    author: '县办',
    at: '2026-01-05T08:00:00.000Z',
    text: '核对名称',
    resolved: false,
  });
  return r;
};
const raw = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('salvageReport', () => {
  it('gives a valid report back unchanged, with nothing set aside', () => {
    expect(salvageReport(raw(valid()), template2021)).toEqual({ report: valid(), setAside: [] });
  });

  it('keeps everything else when one heading is over the limit, and names the heading', () => {
    const data = raw(valid());
    data.sections.overview.subsections[1].heading = '长'.repeat(201);
    const { report, setAside } = salvageReport(data, template2021);
    expect(schema.safeParse(report).success).toBe(true);
    expect(report.meta.agency).toBe('某某镇人民政府');
    expect(report.tables.requests.new.natural).toBe(21);
    expect(report.sections.overview.subsections[0].text).toBe('本年主动公开……');
    expect(report.sections.overview.subsections[1]).toEqual({ heading: '', text: '', headingOnOwnLine: false });
    expect(report.comments).toHaveLength(1);
    expect(setAside).toEqual([
      { path: 'sections.overview.subsections.1.heading', found: expect.stringContaining('（共201字）') },
    ]);
  });

  it('sets aside each bad cell and text on its own', () => {
    const data = raw(valid()) as unknown as Record<string, Record<string, unknown>>;
    (data.tables.requests as Record<string, Record<string, unknown>>).new.commercial = 'abc';
    (data.tables.requests as Record<string, Record<string, unknown>>).new.otherOrg = -1;
    data.meta.date = '昨天';
    const { report, setAside } = salvageReport(data, template2021);
    expect(report.tables.requests.new).toMatchObject({ natural: 21, commercial: null, otherOrg: null });
    expect(report.meta).toEqual({ agency: '某某镇人民政府', year: 2025, date: '' });
    expect(setAside.map((s) => s.path).sort()).toEqual([
      'meta.date',
      'tables.requests.new.commercial',
      'tables.requests.new.otherOrg',
    ]);
    expect(setAside.find((s) => s.path === 'tables.requests.new.commercial')?.found).toBe('"abc"');
  });

  it('drops a comment that lacks a required field, keeps the others, and trims a list that is too long', () => {
    const data = raw(valid()) as unknown as {
      comments: Record<string, unknown>[];
      sections: { overview: { subsections: unknown[] } };
    };
    data.comments.unshift(
      { target: 'meta.agency', text: '没有编号' },
      { id: 7, target: 'meta.agency', text: '编号不是文字' },
    );
    data.sections.overview.subsections = Array.from({ length: 52 }, (_, i) => ({ heading: `小节${i}`, text: '' }));
    const { report, setAside } = salvageReport(data, template2021);
    expect(report.comments.map((c) => c.id)).toEqual(['c1']);
    expect(report.sections.overview.subsections).toHaveLength(50);
    expect(setAside).toEqual(
      expect.arrayContaining([
        { path: 'comments.0', found: '一个对象' },
        { path: 'comments.1', found: '一个对象' },
        { path: 'sections.overview.subsections.50…', found: '2项' },
      ]),
    );
    expect(setAside).toHaveLength(3); // comments.1.id is named by its comment, not twice
  });

  it('never reads as the schema refuses, whatever the input, and never changes its input', () => {
    const inputs: unknown[] = [
      null,
      'text',
      42,
      [],
      { template: '2019' },
      { meta: 'x', tables: { requests: 7 } },
      JSON.parse('{"__proto__": {"x": 1}, "meta": {"agency": 5}}'),
    ];
    for (const input of inputs) {
      const before = JSON.stringify(input);
      const { report, setAside } = salvageReport(input, template2021);
      expect(schema.safeParse(report).success).toBe(true);
      expect(setAside.length).toBeGreaterThan(0);
      expect(JSON.stringify(input)).toBe(before);
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
