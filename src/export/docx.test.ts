import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADINGS, seedDocxProblems } from '../../test/docxChecks';
import { paragraphsOf, readDocx, shape, tablesOf } from '../../test/docxXml';
import { readSeed, SHARED_DIR, YINDU } from '../../test/seed';
import { firstMissingInOrder, renderWithLibreOffice } from '../../test/render';
import { layoutDocument, type DocTable } from '../document/blocks';
import { paginate } from '../document/pages';
import type { Report } from '../report/schema';
import { applyText, textFieldsOf } from '../report/textFields';
import { template2021 } from '../template';
import { renderDocxBuffer } from './docx';
import { sectionOf } from '../../test/sections';

const seed = readSeed(YINDU);
const report: Report = {
  ...seed.report,
  meta: { agency: '殷都区人民政府办公室', year: 2024, date: '2025-01-20' },
  sections: {
    intro: '本报告依据《条例》编制。',
    overview: {
      opening: '',
      subsections: seed.report.sections.overview.subsections.map((s, i) => ({
        ...s,
        text: `第${i + 1}小节正文。\n第二段。`,
      })),
    },
    problems: sectionOf('个别内容不够规范。'),
    other: sectionOf('本年度未收取信息处理费。'),
  },
};

async function generate(r: Report, draft = false) {
  const bytes = await renderDocxBuffer(layoutDocument(template2021, r), { draft });
  return { bytes, files: readDocx(bytes) };
}

describe('the DOCX of the Yindu seed', async () => {
  const { bytes, files } = await generate(report);
  const doc = files['word/document.xml'];
  const tables = tablesOf(doc);
  const reference = tablesOf(
    readDocx(readFileSync(resolve(SHARED_DIR, 'reference/official-template-2021.docx')))['word/document.xml'],
  );

  it('has the title, the six headings in order and the text', () => {
    const paras = paragraphsOf(doc);
    expect(paras[0]).toBe('殷都区人民政府办公室2024年政府信息公开工作年度报告');
    expect(paras.filter((p) => /^[一二三四五六]、/.test(p))).toEqual(HEADINGS);
    expect(paras).toContain('（一）主动公开。第1小节正文。');
    expect(paras).toContain('本年度未收取信息处理费。');
    expect(paras.slice(-2)).toEqual(['殷都区人民政府办公室', '2025年1月20日']);
  });

  it('has the three tables with exactly the merges of the official template', () => {
    expect(tables).toHaveLength(3);
    for (let i = 0; i < 3; i++) expect(shape(tables[i]), `table ${i}`).toEqual(shape(reference[i]));
    const count = (pred: (c: { vMerge: string | null; gridSpan: number }) => boolean) =>
      tables.flatMap((t) => t.rows.flat()).filter(pred).length;
    expect(count((c) => c.vMerge !== null)).toBe(58);
    expect(count((c) => c.gridSpan > 1)).toBe(26);
    // every row covers the grid; widths are absolute and fill the text block (156 mm)
    for (const t of tables) {
      for (const row of t.rows) expect(row.reduce((n, c) => n + c.gridSpan, 0)).toBe(t.gridCols.length);
      expect(t.gridCols.reduce((a, b) => a + b, 0)).toBe(Math.round((156 * 1440) / 25.4));
    }
  });

  it('puts the official wording in the header and label cells', () => {
    const words = (t: number) =>
      tables[t].rows
        .flat()
        .map((c) => c.text)
        .filter(Boolean);
    const refWords = (t: number) =>
      reference[t].rows
        .flat()
        .map((c) => c.text.replace(/\s/g, ''))
        .filter((s) => s && !/^\d+$/.test(s));
    for (let i = 0; i < 3; i++) expect(words(i).filter((w) => !/^[\d.]+$/.test(w))).toEqual(refWords(i));
  });

  it('puts every value of the seed in its cell, totals included, 0 printed as 0', () => {
    expect(seedDocxProblems(bytes, seed.all)).toEqual([]);
    // and the check can fail: a changed figure is named with its cell
    const changed = new Map(seed.all).set('tables.requests.new.natural', 22);
    expect(seedDocxProblems(bytes, changed)).toEqual(['table 2, cell 12: "21", expected "22"']);
    expect(tables[1].rows[3].map((c) => c.text)).toEqual([
      '一、本年新收政府信息公开申请数量',
      '21',
      '0',
      '0',
      '0',
      '0',
      '0',
      '21',
    ]);
    expect(tables[2].rows[3].map((c) => c.text)).toEqual([
      '0',
      '3',
      '0',
      '0',
      '3',
      '0',
      '0',
      '0',
      '1',
      '1',
      '0',
      '0',
      '1',
      '0',
      '1',
    ]);
  });

  it('repeats the header rows of tables 三 and 四 and never splits a row', () => {
    expect(tables.map((t) => t.headerRows)).toEqual([0, 3, 3]);
    for (const t of tables) expect(t.cantSplitRows).toBe(t.rows.length);
  });

  it('sets the page, the fonts and the page numbers of the spec', () => {
    // short excerpts, so that a failure prints the element, not the whole document
    const first = (re: RegExp, xml = doc) => xml.match(re)?.[0] ?? 'missing';
    expect(first(/<w:pgSz [^>]*>/)).toMatch(/w:w="11906" w:h="16838"/); // A4
    expect(first(/<w:pgMar [^>]*>/)).toMatch(/w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/); // 37/26/35/28 mm
    const fonts = new Set([...doc.matchAll(/w:eastAsia="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts].sort()).toEqual(['仿宋_GB2312', '宋体', '方正小标宋简体', '楷体_GB2312', '黑体'].sort());
    expect(new Set([...doc.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]))).toEqual(new Set(['Times New Roman']));
    expect(first(/<w:spacing [^>]*w:line="570"[^>]*>/)).toContain('w:lineRule="exact"'); // 28.5 pt fixed
    expect(first(/<w:r><w:rPr><w:rFonts [^>]*w:eastAsia="方正小标宋简体"[^>]*\/><w:sz w:val="\d+"\/>/)).toContain(
      'w:val="44"',
    ); // 二号
    expect(first(/<w:r><w:rPr><w:rFonts [^>]*w:eastAsia="仿宋_GB2312"[^>]*\/><w:sz w:val="\d+"\/>/)).toContain(
      'w:val="32"',
    ); // 三号
    expect(first(/<w:ind [^>]*>/)).toContain('w:firstLineChars="200"'); // 2 characters
    expect(first(/<w:evenAndOddHeaders[^>]*>/, files['word/settings.xml'])).not.toBe('missing');
    const footers = Object.entries(files)
      .filter(([n]) => /word\/footer\d+\.xml/.test(n))
      .map(([, x]) => x);
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      expect(f.match(/<w:instrText[^>]*>([^<]*)</)?.[1]).toContain('PAGE');
      expect([...f.matchAll(/<w:t[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['— ', ' —']);
      expect(f.match(/<w:sz w:val="(\d+)"/)?.[1]).toBe('28'); // 四号
      expect(f.match(/w:eastAsia="([^"]+)"/)?.[1]).toBe('宋体');
    }
    expect(footers.map((f) => /<w:jc w:val="(\w+)"/.exec(f)![1]).sort()).toEqual(['left', 'right']);
    expect(Object.keys(files).some((n) => /word\/header\d+\.xml/.test(n))).toBe(false);
  });

  it('carries the 草稿 mark on every page of a draft', async () => {
    const { files: draft } = await generate(report, true);
    const headers = Object.entries(draft)
      .filter(([n]) => /word\/header\d+\.xml/.test(n))
      .map(([, x]) => x);
    expect(headers).toHaveLength(2); // odd and even pages
    for (const h of headers) expect(h).toContain('草稿');
    expect(draft['word/document.xml']).toMatch(/<w:headerReference w:type="default"/);
    expect(draft['word/document.xml']).toMatch(/<w:headerReference w:type="even"/);
  });
});

describe('the DOCX of texts a clerk pasted: markup, control characters, emoji', () => {
  const HOSTILE = '<img src=x onerror="alert(1)"> & <script>alert(2)</script> ]]> 😀';
  /** Every text of the report typed through the fields, with the characters XML forbids that a paste can carry. */
  function typedReport(): Report {
    let r = report;
    for (const field of textFieldsOf(r))
      r = applyText(r, field, `${HOSTILE}\u0000\u0001\u000B\uFFFE\uFFFF\uD800`).report;
    return r;
  }

  it('is well-formed XML in every part, and holds the markup as text', async () => {
    const { files } = await generate(typedReport(), true); // readDocx proves every part well-formed
    const paras = paragraphsOf(files['word/document.xml']);
    expect(paras[0]).toBe(
      `${HOSTILE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}2024年政府信息公开工作年度报告`,
    );
    expect(files['word/document.xml']).not.toContain('<script>');
  });

  it('would not be: U+FFFF reaching the exporter makes a part that is not well-formed (what entry and reading prevent)', async () => {
    const raw = { ...report, sections: { ...report.sections, problems: sectionOf('问题\uFFFF') } };
    const bytes = await renderDocxBuffer(layoutDocument(template2021, raw), { draft: false });
    expect(() => readDocx(bytes)).toThrow(/^word\/document\.xml is not well-formed XML: forbidden character U\+FFFF/);
  });
});

describe('the DOCX prints as the shared layout', () => {
  it('prints the title on the lines titleLines chose', async () => {
    const { files } = await generate({ ...report, meta: { ...report.meta, agency: '安阳市殷都区铜冶镇人民政府' } });
    const title = /<w:p>(?:(?!<\/w:p>)[\s\S])*?年度报告<\/w:t>[\s\S]*?<\/w:p>/.exec(files['word/document.xml'])![0];
    expect([...title.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1])).toEqual([
      '安阳市殷都区铜冶镇人民政府',
      '2024年政府信息公开工作年度报告',
    ]);
    expect(title.match(/<w:br\/>/g)).toHaveLength(1);
  });

  it("shades table 二's caption rows as the template does, left-aligned, each group kept with its caption", async () => {
    const { files } = await generate(report);
    const active = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(files['word/document.xml'])![0];
    const rows = active.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g)!;
    const captions = rows.filter((r) => r.includes('第二十条'));
    expect(captions).toHaveLength(4);
    for (const r of captions) {
      expect(r).toMatch(/<w:shd w:fill="C6D9F1" w:color="auto" w:val="clear"\/>|<w:shd [^>]*w:fill="C6D9F1"/);
      expect(r).toContain('<w:jc w:val="left"/>');
      expect(r).toContain('<w:keepNext/>');
    }
    expect(rows.filter((r) => r.includes('C6D9F1'))).toHaveLength(4);
    // row labels centred, as the template has 规章 (table 三's long labels stay left)
    const label = /<w:tc>(?:(?!<\/w:tc>)[\s\S])*?规章<\/w:t>[\s\S]*?<\/w:tc>/.exec(active)![0];
    expect(label).toContain('<w:jc w:val="center"/>');
    // equal columns, as the template's 2435 × 4
    const grid = [...active.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(Math.max(...grid) - Math.min(...grid)).toBeLessThanOrEqual(3);
  });

  it('where table 三 continues on a new page, marks its header rows to repeat and writes the group labels again', async () => {
    // an intro long enough to push table 三 across a page
    const model = layoutDocument(template2021, report);
    for (let n = 1; n < 40; n++) {
      const [title, ...rest] = model.blocks;
      const filler = Array.from({ length: n }, () => ({
        kind: 'paragraph' as const,
        text: '一'.repeat(26),
        target: 'x',
      }));
      const files = readDocx(
        await renderDocxBuffer({ ...model, blocks: [title, ...filler, ...rest] }, { draft: false }),
      );
      const requests = tablesOf(files['word/document.xml'])[1];
      const restarts = requests.rows
        .slice(4)
        .filter((row) => row[0].vMerge === 'restart' && row[0].text === '三、本年度办理结果');
      if (restarts.length === 0) continue;
      const xml = [...files['word/document.xml'].matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)][1][0];
      expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(3);
      expect(restarts).toHaveLength(1);
      return;
    }
    throw new Error('table 三 never crossed a page');
  }, 60_000);

  it('puts a （一） heading without text on a line of its own, kept with the next paragraph', async () => {
    const model = layoutDocument(template2021, report);
    const at = model.blocks.findIndex((b) => b.kind === 'heading2');
    const blocks = [...model.blocks];
    blocks.splice(
      at,
      1,
      { kind: 'heading2', heading: '（一）主动公开', text: '', target: 'x' },
      { kind: 'paragraph', text: '正文。', target: 'x' },
    );
    const doc = readDocx(await renderDocxBuffer({ ...model, blocks }, { draft: false }))['word/document.xml'];
    const paras = paragraphsOf(doc);
    expect(paras[paras.indexOf('（一）主动公开') + 1]).toBe('正文。');
    const heading = /<w:p>(?:(?!<\/w:p>)[\s\S])*?（一）主动公开<\/w:t>[\s\S]*?<\/w:p>/.exec(doc)![0];
    expect(heading).toContain('<w:keepNext/>');
    expect(heading).toContain('楷体_GB2312');
  });
});

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

describe('the DOCX for a screen reader and Word’s 导航窗格', async () => {
  const model = layoutDocument(template2021, report);
  const bytes = await renderDocxBuffer(model, { draft: false });
  const files = readDocx(bytes);
  const doc = files['word/document.xml'];
  const styles = files['word/styles.xml'];
  const paragraphs = [...doc.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => p);
  const withStyle = (id: string) =>
    paragraphs
      .filter((p) => p.includes(`<w:pStyle w:val="${id}"/>`))
      .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
  const style = (id: string) =>
    /<w:style [^>]*w:styleId="(\w+)"[^>]*>[\s\S]*?<\/w:style>/g.exec(
      styles.slice(styles.indexOf(`w:styleId="${id}"`) - 40),
    )?.[0] ?? 'missing';
  const tableXml = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([t]) => t);
  const tables = model.blocks.filter((b): b is DocTable => b.kind === 'table');

  it('gives the six section headings a heading style of outline level 0, the （一） headings level 1', () => {
    expect(style('Heading1')).toContain('<w:outlineLvl w:val="0"/>');
    expect(style('Heading2')).toContain('<w:outlineLvl w:val="1"/>');
    expect(withStyle('Heading1')).toEqual(HEADINGS);
    const subheadings = model.blocks.flatMap((b) => (b.kind === 'heading2' ? [b.heading + b.text] : []));
    expect(withStyle('Heading2')).toEqual(subheadings);
    expect(subheadings).toHaveLength(5);
    // the look stays the paragraphs' own: the styles set no colour, no bold, the same faces
    for (const id of ['Heading1', 'Heading2']) expect(style(id)).not.toMatch(/<w:color|<w:b\/>/);
    expect(style('Heading1')).toContain('w:eastAsia="黑体"');
    expect(style('Heading2')).toContain('w:eastAsia="楷体_GB2312"');
  });

  it('declares its East Asian language zh-CN, and carries its title and creator in the core properties', () => {
    expect(/<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)?.[0]).toContain('<w:lang w:eastAsia="zh-CN"/>');
    const core = files['docProps/core.xml'];
    expect(/<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1]).toBe('殷都区人民政府办公室2024年政府信息公开工作年度报告');
    expect(/<dc:creator>([^<]*)<\/dc:creator>/.exec(core)?.[1]).toBe('年报助手');
  });

  it('marks exactly the header rows of each table as header rows', () => {
    const headerRows = tableXml.map((t) =>
      [...t.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].flatMap(([tr], r) => (/<w:tblHeader\/>/.test(tr) ? [r] : [])),
    );
    expect(headerRows).toEqual(tables.map((t) => Array.from({ length: t.headerRows }, (_, r) => r)));
    expect(headerRows.map((rows) => rows.length)).toEqual([0, 3, 3]);
  });

  it('names every table in its alternative text (w:tblCaption, w:tblDescription), inside w:tblPr where the schema puts them', () => {
    const tblPr = tableXml.map((t) => /<w:tblPr>[\s\S]*?<\/w:tblPr>/.exec(t)![0]);
    expect(
      tblPr.map((p) => /<w:tblCaption w:val="([^"]*)"\/><w:tblDescription w:val="[^"]*"\/><\/w:tblPr>$/.exec(p)?.[1]),
    ).toEqual([
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ]);
    expect(tblPr[1]).toContain('<w:tblDescription w:val="三、收到和处理政府信息公开申请情况：28行10列，前3行为表头"/>');
  });

  it('opens in LibreOffice with the layout of the preview: its pages, headings and text in order', (ctx) => {
    if (!hasSoffice()) return ctx.skip('LibreOffice (soffice) is not installed');
    const path = join(mkdtempSync(join(tmpdir(), 'docx-a11y-')), 'report.docx');
    writeFileSync(path, bytes);
    const rendered = renderWithLibreOffice(path);
    expect(rendered.pages).toBe(paginate(model.blocks).pages);
    expect(
      firstMissingInOrder(rendered.tokens, [
        HEADINGS[0],
        '（一）主动公开。第1小节正文。',
        ...HEADINGS.slice(1),
        '2025年1月20日',
      ]),
    ).toBeNull();
  }, 120_000);
});
