// The readers: each source becomes the same intermediate form, decoded right and with its merged cells.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { nodeParser } from '../../test/domParser';
import { resolveTemplate } from '../template/resolve';
import { template2021 } from '../template';
import {
  PORTAL_AGENCY,
  PORTAL_BLANK_CELLS,
  PORTAL_DATE,
  PORTAL_NONZERO,
  PORTAL_YEAR,
} from '../../e2e/fixtures/import/portal-report.expected';
import { decodeText } from './decode';
import { importBytes, importPaste } from './index';
import { readHtmlString } from './readHtml';
import { readDocxFile } from './readDocx';
import { readTextFile } from './readText';
import { SHARED_DIR } from '../../test/seed';
import { ImportError } from './types';

const portal = readFileSync('e2e/fixtures/import/portal-report.html');
const allCells = (nonzero: Record<string, number>) =>
  Object.fromEntries(
    resolveTemplate(template2021)
      .cells.filter((c) => !c.sumOf)
      .map((c) => [c.path, nonzero[c.path] ?? 0]),
  );
const valuesOf = (report: { tables: Record<string, Record<string, Record<string, number | null>>> }) =>
  Object.fromEntries(
    resolveTemplate(template2021)
      .cells.filter((c) => !c.sumOf)
      .map((c) => [c.path, report.tables[c.table][c.row][c.column]]),
  );

describe('a web page as portals publish it', () => {
  const result = importBytes('report.html', new Uint8Array(portal), 2026, nodeParser);

  test('every value, the blank cells as 0 and listed', () => {
    expect(valuesOf(result.report)).toEqual(allCells(PORTAL_NONZERO));
    // said once per table (the 识别 preview stays short), naming every cell
    const assumed = result.notes.filter((n) => n.kind === 'assumed').flatMap((n) => n.cells ?? [n.path]);
    for (const path of PORTAL_BLANK_CELLS) expect(assumed).toContain(path);
    expect(result.notes.filter((n) => n.kind === 'unread')).toEqual([]);
  });

  test('title, 落款 and sections; the footer after the 落款 is not text of the report', () => {
    expect(result.report.meta).toEqual({ agency: PORTAL_AGENCY, year: PORTAL_YEAR, date: PORTAL_DATE });
    expect(result.sections.intro).toBe('本报告依据《中华人民共和国政府信息公开条例》编制。');
    expect(result.sections.overview.subsections[0]).toEqual({
      heading: '主动公开',
      text: '全年主动公开政府信息1200条。',
    });
    expect(result.sections.problems).toBe('政策解读形式不够丰富。\n下一步将丰富解读形式。');
    expect(result.sections.other).toBe('本年度未收取信息处理费。');
  });

  test('rowspan and colspan are kept in the intermediate form', () => {
    const doc = readHtmlString(portal.toString('utf8'), nodeParser);
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(4); // 表三 in two parts
    const first = tables[1].kind === 'table' ? tables[1].rows[0][0] : null;
    expect(first).toMatchObject({ colSpan: 3, rowSpan: 3 });
  });

  test('the same page pasted as HTML reads the same', () => {
    const pasted = importPaste({ html: portal.toString('utf8'), text: 'ignored' }, 2026, nodeParser);
    expect(pasted.report.tables).toEqual(result.report.tables);
  });
});

describe('encodings', () => {
  const gbk = (s: string) => {
    // every character the tests use, from a GBK table built by decoding (Node has no GBK encoder)
    const table = new Map<string, number[]>();
    const dec = new TextDecoder('gb18030');
    for (let hi = 0x81; hi <= 0xfe; hi++)
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        const ch = dec.decode(new Uint8Array([hi, lo]));
        if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
      }
    return new Uint8Array([...s].flatMap((c) => (c.charCodeAt(0) < 128 ? [c.charCodeAt(0)] : table.get(c)!)));
  };

  test('a .txt from Notepad (GBK, no BOM), UTF-8 with and without BOM', () => {
    const text = '下冶镇人民政府2020年政府信息公开工作年度报告';
    expect(decodeText(gbk(text))).toBe(text);
    expect(decodeText(new TextEncoder().encode(text))).toBe(text);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
    expect(
      readTextFile(gbk(`${text}\r\n一、总体情况`)).blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')),
    ).toEqual([text, '一、总体情况']);
  });

  test('a web page saved from an older site, its <meta charset> GB2312', () => {
    const page = gbk(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>' +
        '<p>下冶镇人民政府2020年政府信息公开工作年度报告</p><p>一、总体情况</p><p>（一）主动公开：全年公开信息。</p>' +
        '<p>五、存在的主要问题及改进情况</p><p>宣传不够广泛。</p></body></html>',
    );
    const result = importBytes('old.htm', page, 2026, nodeParser);
    expect(result.agency).toBe('下冶镇人民政府');
    expect(result.sections.overview.subsections).toEqual([{ heading: '主动公开', text: '全年公开信息。' }]);
    expect(result.sections.problems).toBe('宣传不够广泛。');
  });
});

describe('refused with one sentence, nothing read', () => {
  const refuse = (run: () => unknown) => {
    try {
      run();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      return (e as Error).message;
    }
    throw new Error('not refused');
  };
  test('not a report, an empty paste, a 51 MB file, a damaged or locked .docx, a .doc', () => {
    expect(refuse(() => importPaste({ text: '今天天气很好。\n明天也是。' }, 2026))).toContain(
      '没有找到政府信息公开工作年度报告的内容',
    );
    expect(refuse(() => importPaste({ html: '', text: '   ' }, 2026))).toContain('粘贴的内容是空的');
    expect(refuse(() => importBytes('big.txt', new Uint8Array(51 * 1024 * 1024), 2026))).toContain(
      '文件过大（51.0 MB），年度报告的文件不会超过 50 MB',
    );
    expect(
      refuse(() => importBytes('x.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 2026, nodeParser)),
    ).toContain('已损坏');
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const locked = ole.slice();
    locked.set(
      [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]),
      600,
    );
    expect(refuse(() => importBytes('x.docx', locked, 2026, nodeParser))).toContain('设有密码');
    expect(refuse(() => importBytes('x.docx', ole, 2026, nodeParser))).toContain('旧版Word文档');
    expect(refuse(() => importBytes('x.docx', new TextEncoder().encode('hello'), 2026, nodeParser))).toContain(
      '不是Word文档',
    );
    expect(refuse(() => importBytes('x.png', new Uint8Array(4), 2026))).toContain('不能导入');
  });
});

describe('Word documents: gridSpan and vMerge', () => {
  test('the official Word template (written in Word): 表三 has its merged label cells with their spans', () => {
    const doc = readDocxFile(
      new Uint8Array(readFileSync(`${SHARED_DIR}/reference/official-template-2021.docx`)),
      nodeParser,
    );
    const tables = doc.blocks.filter((b): b is Extract<typeof b, { kind: 'table' }> => b.kind === 'table');
    const requests = tables.find((t) => t.rows.some((r) => r.some((c) => c.text.includes('本年度办理结果'))))!;
    const results = requests.rows.flat().find((c) => c.text.replace(/\s/g, '') === '三、本年度办理结果')!;
    expect(results.rowSpan).toBe(22); // （一）…（七）总计: 2 + 8 + 3 + 5 + 3 + 1 rows
    const withheld = requests.rows.flat().find((c) => c.text.replace(/\s/g, '') === '（三）不予公开')!;
    expect(withheld.rowSpan).toBe(8);
    const first = requests.rows.flat().find((c) => c.text.includes('一、本年新收'))!;
    expect(first.colSpan).toBeGreaterThan(1);
  });
});
