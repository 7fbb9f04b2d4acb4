// The PDF's metadata holds only text, whatever the agency's name holds: the XMP packet stays well-formed XML
// with the elements pdfkit writes and no others, its dc:title reads back as the report's title, and the Info
// dictionary's /Title is the title as it is (a reader's title bar shows `(R&D)`, not `&amp;`).
import { inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { pdfTestFonts } from '../../test/pdfFonts';
import { xmlProblem } from '../../test/xmlWellFormed';
import { layoutDocument } from '../document/blocks';
import { reportTitle } from '../document/title';
import { emptyReport } from '../report/empty';
import { template2021 } from '../template';
import { PDFKIT_XMP_INFO, renderPdfBytes, xmlText, xmpTextOnly } from './pdf';

const fonts = await pdfTestFonts();
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');

const INJECTION =
  '示例镇</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>攻击者</rdf:li></rdf:Seq></dc:creator><dc:title><rdf:Alt><rdf:li xml:lang="x-default">';
const AGENCIES = [
  '示例镇人民政府(R&D)',
  '示例镇<人民政府>',
  '示例镇"人民政府"',
  "示例镇'人民政府'",
  '示例镇]]>人民政府',
  '示例镇&amp;人民政府', // already looks escaped: must read back as typed, not decoded once more
  INJECTION,
];

/** The XMP packet of a PDF: the stream of the /Type /Metadata object, inflated if it is compressed. */
function xmpPackets(bytes: Uint8Array): string[] {
  const pdf = Buffer.from(bytes);
  const text = pdf.toString('latin1');
  const packets: string[] = [];
  for (let at = text.indexOf('/Type /Metadata'); at >= 0; at = text.indexOf('/Type /Metadata', at + 1)) {
    const dictStart = text.lastIndexOf('obj', at);
    const streamAt = text.indexOf('stream', at);
    const dict = text.slice(dictStart, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const start = streamAt + 'stream'.length + (text.startsWith('\r\n', streamAt + 6) ? 2 : 1);
    let data = pdf.subarray(start, start + length);
    if (/\/Filter\s*\/FlateDecode/.test(dict)) data = inflateSync(data);
    packets.push(data.toString('utf8'));
  }
  return packets;
}

const decodeXml = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e]!,
  );
/** The element names of a well-formed packet, in order (only markup can hold `<` in well-formed XML). */
const elementNames = (xml: string) => [...xml.matchAll(/<([A-Za-z_][-\w:.]*)/g)].map((m) => m[1]);
/** The text of every rdf:li under an element, decoded. */
const listItems = (xml: string, element: string) =>
  [...xml.matchAll(new RegExp(`<${element}>([\\s\\S]*?)</${element}>`, 'g'))].flatMap((m) =>
    [...m[1].matchAll(/<rdf:li[^>]*>([^<]*)<\/rdf:li>/g)].map((li) => decodeXml(li[1])),
  );

async function pdfjsMetadata(bytes: Uint8Array) {
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, useSystemFonts: true });
  try {
    const doc = await task.promise;
    const { info, metadata } = await doc.getMetadata();
    return {
      title: (info as { Title?: string }).Title,
      dcTitle: metadata?.get('dc:title'),
      dcCreator: metadata?.has('dc:creator') ?? false,
    };
  } finally {
    await task.destroy();
  }
}

async function render(agency: string) {
  const report = { ...emptyReport(template2021, 2024), meta: { agency, year: 2024, date: '2025-01-20' } };
  const model = layoutDocument(template2021, report);
  return { title: reportTitle(report), model, bytes: await renderPdfBytes(model, { draft: false, fonts }) };
}

describe('the PDF metadata carries only text', async () => {
  const plain = await render('殷都区人民政府办公室');
  const [plainXmp] = xmpPackets(plain.bytes);

  it('relies on a pdfkit internal that is still there', () => {
    // pdfkit has no public API to escape or write the XMP; pdf.ts wraps this internal (the method that writes
    // info into the XMP). If a pdfkit release renames it, the wrapper does nothing and the XMP is unescaped
    // again: fail here, and in the cases below, so that the upgrade is noticed.
    expect(typeof (PDFDocument.prototype as unknown as Record<string, unknown>)[PDFKIT_XMP_INFO]).toBe('function');
    expect(plainXmp).toContain('<dc:title>');
    expect(xmlProblem(plainXmp)).toBeNull();
    expect(listItems(plainXmp, 'dc:title')).toEqual([plain.title]);
  });

  it.each(AGENCIES)(
    'agency %j: well-formed XMP, no element from the name, dc:title and /Title the report title exactly',
    async (agency) => {
      const { title, model, bytes } = await render(agency);
      expect(model.title).toBe(title);
      expect(title.startsWith(agency.trim())).toBe(true);
      const packets = xmpPackets(bytes);
      expect(packets).toHaveLength(1);
      const [xmp] = packets;
      expect(xmlProblem(xmp)).toBeNull();
      // the same elements as for a plain name: nothing injected, and no dc:creator (the app sets no Author)
      expect(elementNames(xmp)).toEqual(elementNames(plainXmp));
      expect(elementNames(xmp).filter((n) => n === 'dc:creator')).toHaveLength(0);
      expect(listItems(xmp, 'dc:title')).toEqual([title]);
      expect(xmp).not.toContain('攻击者</rdf:li>');
      // pdf.js reads the Info dictionary and the XMP: both the title as typed
      const read = await pdfjsMetadata(bytes);
      expect(read.title).toBe(title);
      expect(read.dcTitle).toBe(title);
      expect(read.dcCreator).toBe(false);
    },
    30_000,
  );

  it('the (R&D) title: escaped in the XMP only, the Info dictionary keeps the real text', async () => {
    const { title, bytes } = await render('示例镇人民政府(R&D)');
    expect(title).toBe('示例镇人民政府(R&D)2024年政府信息公开工作年度报告');
    const [xmp] = xmpPackets(bytes);
    expect(xmp).toContain('示例镇人民政府(R&amp;D)2024年');
    expect((await pdfjsMetadata(bytes)).title).toBe(title);
  }, 30_000);
});

describe('every text pdfkit puts in the XMP is escaped', () => {
  it('Author, Subject, Keywords, Creator and Producer too, and characters XML cannot hold are dropped', async () => {
    const hostile = (what: string) => `${what}</rdf:li><dc:rights>x</dc:rights>&<'"]]>\u0001\uFFFF`;
    const info = {
      Title: hostile('T'),
      Author: hostile('A'),
      Subject: hostile('S'),
      Keywords: hostile('K'),
      Creator: hostile('C'),
      Producer: hostile('P'),
    };
    const doc = new PDFDocument({ pdfVersion: '1.7', info });
    xmpTextOnly(doc);
    const chunks: Uint8Array[] = [];
    doc.on('data', (c: Uint8Array) => chunks.push(c));
    const done = new Promise((resolve) => doc.on('end', resolve));
    doc.end();
    await done;
    const bytes = new Uint8Array(Buffer.concat(chunks));
    const [xmp] = xmpPackets(bytes);
    expect(xmlProblem(xmp)).toBeNull();
    expect(elementNames(xmp)).not.toContain('dc:rights');
    const clean = (s: string) => s.replaceAll('\u0001', '').replaceAll('\uFFFF', '');
    expect(listItems(xmp, 'dc:title')).toEqual([clean(info.Title)]);
    expect(listItems(xmp, 'dc:creator')).toEqual([clean(info.Author)]);
    expect(listItems(xmp, 'dc:description')).toEqual([clean(info.Subject)]);
    const read = await pdfjsMetadata(bytes);
    expect(read.title).toBe(info.Title); // the Info dictionary: the text as given
    expect(read.dcTitle).toBe(clean(info.Title));
    expect(doc.info.Title).toBe(info.Title); // restored after the XMP is written
  });

  it('xmlText escapes the five markup characters and nothing else', () => {
    expect(xmlText(`a&b<c>d"e'f]]>g 中文 𠀀`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f]]&gt;g 中文 𠀀');
    expect(xmlText('\u0000a\u0008\u0009\u000A\u000D\u001F\uD800b')).toBe('a\u0009\u000A\u000Db');
  });
});
