// Files crafted to exhaust the reader, generated here (not committed): each is refused with its sentence within
// 2 s and well under 200 MB of heap growth, in the same reader the import and the desk use.
import { constants, deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { nodeParser } from '../../test/domParser';
import { readDraft } from '../draft/read';
import { writeDraft } from '../draft/write';
import { importBytes } from './index';
import { ImportError } from './types';

const MB = 1024 * 1024;

/** A raw deflate stream of `mib` MiB, each MiB `unit` repeated, made in ~1 KB a MiB: each piece ends byte-aligned and not final. */
function deflatedRepeats(unit: string, mib: number): Buffer {
  const block = Buffer.from(unit.repeat(Math.ceil(MB / unit.length))).subarray(
    0,
    Math.floor(MB / unit.length) * unit.length,
  );
  const piece = deflateRawSync(block, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array.from({ length: mib }, () => piece), deflateRawSync(Buffer.alloc(0))]);
}

interface Entry {
  name: string;
  data: Buffer;
  method: 0 | 8;
  /** The uncompressed size the headers claim. */
  size: number;
}

/** A zip written by hand, so that its headers can say what a crafted file says. */
function zip(entries: Entry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length & 0xffff, 8);
  end.writeUInt16LE(entries.length & 0xffff, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const documentXml = (data: Buffer, size: number, method: 0 | 8 = 8): Entry => ({
  name: 'word/document.xml',
  data,
  method,
  size,
});

/** Reads a file as the import does, and says how long it took and how much the heap grew. */
function refusal(name: string, bytes: Uint8Array): { message: string; ms: number; heapMb: number } {
  const heap = process.memoryUsage().heapUsed;
  const start = performance.now();
  let message = '';
  try {
    importBytes(name, bytes, 2026, nodeParser);
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    message = e.message;
  }
  return { message, ms: performance.now() - start, heapMb: (process.memoryUsage().heapUsed - heap) / MB };
}

describe('crafted files are refused in one sentence, fast, without exhausting memory', () => {
  const cases: [string, () => Uint8Array, string][] = [
    [
      'a 1 MB .docx inflating to 1 GiB of spaces',
      () => zip([documentXml(deflatedRepeats(' ', 1024), 1024 * MB)]),
      '解压后超过20 MB',
    ],
    [
      '420 MB of empty <w:p/> once inflated',
      () => zip([documentXml(deflatedRepeats('<w:p/>', 420), 420 * MB)]),
      '解压后超过20 MB',
    ],
    [
      'a faked size header: 1 KB claimed, 1 GiB inside',
      () => zip([documentXml(deflatedRepeats(' ', 1024), 1024)]),
      '解压后超过20 MB',
    ],
    [
      '3 MB of <w:p/>: half a million elements within the byte limit',
      () =>
        zip([documentXml(Buffer.from(`<w:document><w:body>${'<w:p/>'.repeat(500_000)}</w:body></w:document>`), 0, 0)]),
      '元素超过400000个',
    ],
    [
      'elements nested 10,000 deep',
      () =>
        zip([
          documentXml(
            Buffer.from(`<w:document>${'<w:sdt>'.repeat(10_000)}${'</w:sdt>'.repeat(10_000)}</w:document>`),
            0,
            0,
          ),
        ]),
      '层级超过200层',
    ],
    [
      'entities declared (a billion laughs)',
      () =>
        zip([
          documentXml(
            Buffer.from('<!DOCTYPE d [<!ENTITY a "哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;">]><w:document>&b;</w:document>'),
            0,
            0,
          ),
        ]),
      '实体声明',
    ],
    [
      '200,000 entries',
      () =>
        zip(
          Array.from({ length: 200_000 }, (_, i) => ({
            name: `x/${i}`,
            data: Buffer.alloc(0),
            method: 0 as const,
            size: 0,
          })),
        ),
      '部件过多',
    ],
  ];
  test.each(cases)('%s', (_, make, sentence) => {
    const bytes = make();
    expect(bytes.length).toBeLessThan(20 * MB); // each passes the 50 MB file limit: the reader itself must refuse it
    const { message, ms, heapMb } = refusal('hostile.docx', bytes);
    expect(message).toContain(sentence);
    expect(ms).toBeLessThan(2000);
    expect(heapMb).toBeLessThan(200);
  });

  test('a web page of 230,000 table rows is refused before it is laid out', () => {
    const html = `<html><body><p>示例镇人民政府2024年政府信息公开工作年度报告</p><table>${'<tr><td>1</td><td>2</td><td>3</td></tr>'.repeat(230_000)}</table></body></html>`;
    const { message, ms } = refusal('huge.html', new TextEncoder().encode(html));
    expect(message).toContain('这个网页里的元素超过400000个');
    expect(ms).toBeLessThan(2000);
  });
});

describe('what 确认导入 puts in always saves and reopens', () => {
  test('a section past the draft’s limit is cut there, said in 识别, and the report reads back from its draft file', () => {
    const long = '政务公开工作扎实推进。'.repeat(6_000); // 66,000 characters
    const text = `示例镇人民政府2024年政府信息公开工作年度报告\n一、总体情况\n${long}\n五、存在的主要问题及改进情况\n解读形式单一。\u0007\n六、其他需要报告的事项\n无。`;
    const result = importBytes('long.txt', new TextEncoder().encode(text), 2026, nodeParser);
    expect(result.report.sections.overview.opening).toHaveLength(50_000);
    const note = result.notes.find((n) => n.path === 'sections.overview.opening' && n.kind === 'unread');
    expect(note?.message).toMatch(
      /^一、总体情况 开头文字过长（66000字，最多50000字）：只读入前50000字，从“.+…”起未读入$/,
    );
    expect(result.report.sections.problems.opening).toBe('解读形式单一。');
    expect(result.notes.some((n) => n.message.includes('删除了1个无法写入文档的控制字符'))).toBe(true);
    const reopened = readDraft(new TextEncoder().encode(writeDraft(result.report, new Date('2025-01-20T00:00:00Z'))));
    expect(reopened.ok).toBe(true);
  });
});

test('a text file whose table runs to 200,000 rows is read in bounded time, the table not read and said', () => {
  const rows = '1.属于国家秘密 0 0 0 0 0 0 0\n'.repeat(200_000); // 6 MB
  const text = `示例镇人民政府2024年政府信息公开工作年度报告\n一、总体情况\n概况。\n三、收到和处理政府信息公开申请情况\n${rows}四、政府信息公开行政复议、行政诉讼情况\n0 0 0 0 0 0 0 0 0 0 0 0 0 0 0`;
  const start = performance.now();
  const result = importBytes('big.txt', new TextEncoder().encode(text), 2026, nodeParser);
  expect(performance.now() - start).toBeLessThan(2000);
  expect(
    result.notes.some(
      (n) => n.kind === 'unread' && /^表三这一部分有\d+字（表格不过几千字），不像这张表，未读入$/.test(n.message),
    ),
  ).toBe(true);
});
