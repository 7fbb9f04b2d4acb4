// One entry of a zip (a .docx's word/document.xml), read within READ_LIMITS: the number of entries is counted
// from the central directory, and the entry is inflated a slice at a time, its size counted as it grows — never
// trusted from the headers, which a crafted file fakes — and stopped at the cap. A 1 MB file that inflates to a
// gigabyte is refused after 20 MB, in well under a second.
import { Inflate } from 'fflate';
import { READ_LIMITS } from './limits';
import { ImportError } from './types';

const MB = 1024 * 1024;
/** Compressed bytes fed to the inflater at a time: at most ~1,000 times that comes out of one slice. */
const SLICE = 16 * 1024;

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

const DAMAGED = '这个Word文档已损坏（无法解压），无法读取：请在Word或WPS中打开并另存后再导入';

/** The end-of-central-directory record: within the last 64 KB + 22 bytes. */
function endRecord(bytes: Uint8Array): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--)
    if (u32(bytes, at) === 0x06054b50) return at;
  throw new ImportError(DAMAGED);
}

/** The named entry's bytes, or null when the zip has no such entry. Throws ImportError past a limit. */
export function readZipEntry(bytes: Uint8Array, name: string, limits = READ_LIMITS): Uint8Array | null {
  const end = endRecord(bytes);
  const entries = u16(bytes, end + 10);
  // ZIP64 (more than 65,535 entries, or 4 GB) is never what Word or WPS writes for a report; a central directory
  // larger than its entries could fill is a count the 16-bit field wrapped round
  const zip64 = entries === 0xffff || u32(bytes, end + 12) === 0xffffffff || u32(bytes, end + 16) === 0xffffffff;
  if (zip64 || entries > limits.zipEntries || u32(bytes, end + 12) > limits.zipEntries * 400)
    throw new ImportError(`这个Word文档里的部件过多（正常不超过几十个），不像年度报告，无法读取`);
  let at = u32(bytes, end + 16);
  const wanted = new TextEncoder().encode(name);
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw new ImportError(DAMAGED);
    const method = u16(bytes, at + 10);
    const compressed = u32(bytes, at + 20);
    const nameLength = u16(bytes, at + 28);
    const local = u32(bytes, at + 42);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    const entryName = bytes.subarray(at + 46, at + 46 + nameLength);
    at = next;
    if (entryName.length !== wanted.length || !entryName.every((b, k) => b === wanted[k])) continue;
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw new ImportError(DAMAGED);
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    const data = bytes.subarray(start, Math.min(bytes.length, start + compressed));
    if (method === 0) {
      if (data.length > limits.xmlBytes) throw tooBig(limits);
      return data.slice();
    }
    if (method !== 8) throw new ImportError(DAMAGED);
    return inflateBounded(data, limits);
  }
  return null;
}

const tooBig = (limits: typeof READ_LIMITS) =>
  new ImportError(`这个Word文档的正文解压后超过${limits.xmlBytes / MB} MB（年度报告不过几MB），不像年度报告，无法读取`);

function inflateBounded(data: Uint8Array, limits: typeof READ_LIMITS): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limits.xmlBytes) over = true;
    else chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length && !over; at += SLICE)
      inflate.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
  } catch {
    throw new ImportError(DAMAGED);
  }
  if (over) throw tooBig(limits);
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * A document's markup, checked before it is parsed: no DOCTYPE or entity declarations (a billion-laughs file, and
 * the desk's parser and the page's would read entities differently), at most READ_LIMITS.elements elements and
 * READ_LIMITS.depth levels of nesting. One pass over the text, no parser.
 */
export function checkMarkup(text: string, what: string, limits = READ_LIMITS, html = false): void {
  if (!html && /<!DOCTYPE|<!ENTITY/i.test(text))
    throw new ImportError(`${what}中含有实体声明（<!ENTITY>），正常的文档没有，无法读取`);
  let elements = 0;
  let depth = 0;
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (c === 47 /* / */) {
      if (!html) depth--;
      continue;
    }
    if (c === 33 /* ! */ || c === 63 /* ? */ || !((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) continue;
    if (++elements > limits.elements)
      throw new ImportError(`${what}里的元素超过${limits.elements}个（年度报告不过几万个），不像年度报告，无法读取`);
    if (html) continue; // HTML leaves tags open (<p>, <td>): its parser bounds the depth
    const close = text.indexOf('>', i);
    if (close > 0 && text.charCodeAt(close - 1) !== 47) depth++;
    if (depth > limits.depth)
      throw new ImportError(`${what}的层级超过${limits.depth}层（年度报告不过几十层），不像年度报告，无法读取`);
  }
}
