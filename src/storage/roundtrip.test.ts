// Every kind of edit a clerk or reviewer makes, autosaved and loaded again: what loads is what was edited,
// and an edit the reader would refuse is never written over the last good save.
import { describe, expect, it } from 'vitest';
import { addComment, setResolved } from '../report/comments';
import { emptyReport } from '../report/empty';
import { salvageReport } from '../report/salvage';
import { reportSchema, TEXT_LIMITS, type Report } from '../report/schema';
import { createReportStore } from '../state/store';
import { template2021 } from '../template';
import { resolveTemplate } from '../template/resolve';
import { createAutosave, loadSession } from './autosave';
import { MemoryStorage } from './memoryStorage';
import { sectionOf } from '../../test/sections';

const schema = reportSchema(template2021);
const readBack = (d: unknown) => (schema.safeParse(d).success ? null : 'refused');
const salvage = (d: unknown) => salvageReport(d, template2021);
const isStep = (s: unknown): s is 'meta' => typeof s === 'string';
const cells = resolveTemplate(template2021).cells.filter((c) => !c.sumOf);
const amount = cells.find((c) => c.kind === 'amount')!;
const count = cells.find((c) => c.kind === 'count')!;
type Subsections = Report['sections']['overview']['subsections'];
const overview = (r: Report, change: (list: Subsections) => Subsections) => ({
  ...r,
  sections: {
    ...r.sections,
    overview: { ...r.sections.overview, subsections: change(r.sections.overview.subsections) },
  },
});

const edits: [string, (r: Report) => Report][] = [
  ['agency', (r) => ({ ...r, meta: { ...r.meta, agency: '某某镇人民政府' } })],
  ['year and date', (r) => ({ ...r, meta: { ...r.meta, year: 2024, date: '2025-01-20' } })],
  [
    'intro, problems, other',
    (r) => ({
      ...r,
      sections: {
        ...r.sections,
        intro: '开头',
        problems: sectionOf('问题\n改进', [{ heading: '', text: '一是' }]),
        other: sectionOf('<b>其他</b>'),
      },
    }),
  ],
  [
    'a subsection heading and text',
    (r) =>
      overview(r, (o) => o.map((s, i) => (i === 0 ? { heading: '（改）', text: '正文', headingOnOwnLine: true } : s))),
  ],
  ['a subsection added', (r) => overview(r, (o) => [...o, { heading: '新小节', text: '', headingOnOwnLine: false }])],
  ['a subsection removed', (r) => overview(r, (o) => o.slice(1))],
  ['a count cell', (r) => store(r).setCells(new Map([[count.path, 21]]))],
  ['an amount cell', (r) => store(r).setCells(new Map([[amount.path, 1.2345]]))],
  ['a cell cleared', (r) => store(r).setCells(new Map([[count.path, null]]))],
  [
    'a remark',
    (r) =>
      addComment(r, { target: count.path, author: '县办', text: '核对' }, new Date('2026-01-05T08:00:00Z'), 'c1')
        .report,
  ],
  [
    'a reply',
    (r) =>
      addComment(
        r,
        { target: count.path, author: '镇', text: '已核对', replyTo: 'c1' },
        new Date('2026-01-05T09:00:00Z'),
        'c2',
      ).report,
  ],
  ['a remark resolved', (r) => setResolved(r, 'c1', true)],
];

/** Applies an edit through the store, as the wizard does, and returns the new report. */
function store(r: Report) {
  const s = createReportStore({ report: r, step: 'meta' }, 2026);
  return { setCells: (m: Map<string, number | null>) => (s.setCells(m), s.getState().report) };
}

describe('autosave round trip', () => {
  it('loads back exactly what every kind of edit left', () => {
    const storage = new MemoryStorage();
    const save = createAutosave(storage, { readBack });
    let report = emptyReport(template2021, 2025);
    for (const [name, edit] of edits) {
      report = edit(report);
      save.schedule({ report, step: 'meta' });
      save.flush();
      expect(save.getStatus().state, name).toBe('saved');
      expect(loadSession(storage, salvage, isStep), name).toMatchObject({ kind: 'ok', session: { report } });
    }
  });

  it('keeps the last good save when an edit goes past a limit the reader holds', () => {
    const over: [string, (r: Report) => Report][] = [
      ['agency', (r) => ({ ...r, meta: { ...r.meta, agency: '名'.repeat(TEXT_LIMITS.name + 1) } })],
      ['heading', (r) => overview(r, (o) => o.map((s) => ({ ...s, heading: '标'.repeat(TEXT_LIMITS.heading + 1) })))],
      [
        'subsections',
        (r) =>
          overview(r, () => Array.from({ length: 51 }, () => ({ heading: '', text: '', headingOnOwnLine: false }))),
      ],
      // addComment itself refuses this; a remark from elsewhere (a file, an older version) must not be saved either
      [
        'comment',
        (r) => ({
          ...r,
          comments: [
            {
              id: 'c9',
              target: 'meta.agency',
              author: '县办',
              at: '',
              text: '批'.repeat(TEXT_LIMITS.comment + 1),
              resolved: false,
            },
          ],
        }),
      ],
      [
        'cell',
        (r) => ({
          ...r,
          tables: { ...r.tables, requests: { ...r.tables.requests, new: { ...r.tables.requests.new, natural: 1.5 } } },
        }),
      ],
    ];
    for (const [name, edit] of over) {
      const storage = new MemoryStorage();
      const save = createAutosave(storage, { readBack });
      const good = { ...emptyReport(template2021, 2025), meta: { agency: '好', year: 2025, date: '' } };
      save.schedule({ report: good, step: 'meta' });
      save.flush();
      save.schedule({ report: edit(good), step: 'meta' });
      save.flush();
      expect(save.getStatus().state, name).toBe('invalid');
      expect(loadSession(storage, salvage, isStep), name).toMatchObject({ kind: 'ok', session: { report: good } });
    }
  });
});
