import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../document/blocks';
import { template2021 } from '../template';
import { readDraft } from './read';
import { readStored } from './stored';
import { writeDraft } from './write';

const fixture = readFileSync(resolve(import.meta.dirname, 'fixtures/v1.nianbao.json'));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const v1 = () => JSON.parse(fixture.toString('utf8')) as Record<string, any>;
const open = (draft: unknown) => {
  const r = readDraft(new TextEncoder().encode(JSON.stringify(draft)));
  if (!r.ok) throw new Error(r.error.message);
  return r.report;
};

describe('draft format 1 → 2: narrative sections get an opening text and subsections', () => {
  it('opens the version-1 fixture unchanged in meaning', () => {
    const old = v1();
    const { sections } = open(old);
    expect(sections.intro).toBe(old.sections.intro);
    // 一's subsections: the same headings and texts at the same places, run in as version 1 printed them
    expect(sections.overview).toEqual({
      opening: '',
      subsections: old.sections.overview.map((s: { heading: string; text: string }) => ({
        ...s,
        headingOnOwnLine: false,
      })),
    });
    // 五 and 六: their text becomes the opening text, nothing else
    expect(sections.problems).toEqual({ opening: old.sections.problems, subsections: [] });
    expect(sections.other).toEqual({ opening: old.sections.other, subsections: [] });
  });

  it('prints the version-1 fixture as version 1 did: intro, then 一 with its five run-in subsections, 五 as paragraphs', () => {
    const { blocks } = layoutDocument(template2021, open(v1()));
    const overview = blocks.filter((b) => b.target.startsWith('sections.overview'));
    expect(overview.map((b) => (b.kind === 'heading2' ? b.heading : b.kind))).toEqual([
      'heading1',
      '（一）主动公开。',
      '（二）依申请公开。',
      '（三）政府信息管理。',
      '（四）政府信息公开平台建设。',
      '（五）监督保障。',
    ]);
    const problems = blocks.filter((b) => b.target.startsWith('sections.problems'));
    expect(problems.map((b) => b.kind)).toEqual([
      'heading1',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });

  it('takes typed numbering off version-1 headings (it printed twice) and says so', () => {
    const old = v1();
    old.sections.overview[0].heading = '（一）主动公开';
    old.sections.overview[1].heading = '2、依申请公开';
    const [first, second, third] = open(old).sections.overview.subsections;
    expect(first).toMatchObject({ heading: '主动公开', removedNumbering: '（一）' });
    expect(second).toMatchObject({ heading: '依申请公开', removedNumbering: '2、' });
    expect(third).not.toHaveProperty('removedNumbering');
  });

  it('a format-1 file is written again in the current format, with what version 1 held, and reads back as written', () => {
    const old = v1();
    const report = open(old);
    const written = JSON.parse(writeDraft(report, new Date('2025-01-10T00:00:00Z')));
    expect(written).toMatchObject({
      formatVersion: 3,
      meta: old.meta,
      sections: { intro: old.sections.intro, problems: { opening: old.sections.problems, subsections: [] } },
      tables: { requests: { new: old.tables.requests.new } },
      lastYear: null,
    });
    expect(written.sections.overview.subsections.map((s: { heading: string }) => s.heading)).toEqual(
      old.sections.overview.map((s: { heading: string }) => s.heading),
    );
    expect(open(written)).toEqual(report);
  });

  it('a report autosaved in format 1 (no version said) comes back whole through the same steps, nothing set aside', () => {
    const old = v1();
    const { report, setAside } = readStored({
      template: '2021',
      meta: old.meta,
      sections: old.sections,
      tables: old.tables,
      comments: old.comments,
    });
    expect(setAside).toEqual([]);
    expect(report).toEqual(open(old));
  });

  it('a comment on a version-1 target still lands where it pointed', () => {
    const report = open(v1());
    const { blocks } = layoutDocument(template2021, report);
    expect(report.comments[2].target).toBe('sections.problems');
    expect(blocks.some((b) => b.target === 'sections.problems' && b.kind === 'heading1')).toBe(true);
    expect(blocks.find((b) => b.target === 'sections.overview.2')).toMatchObject({
      kind: 'heading2',
      heading: '（三）政府信息管理。',
    });
  });
});
