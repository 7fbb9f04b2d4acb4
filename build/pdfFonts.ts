// The PDF's faces, read from the npm packages (and Debian's fonts-lxgw-wenkai), for the build
// (vite.config.ts) and the Node tests. Every face ships as a subset made with harfbuzz (subset-font):
// - body: Noto Serif SC for GB 2312, ASCII, the punctuation reports use and every character of the templates'
//   wording — what nearly every report needs, loaded on each first PDF;
// - rest: the body face's other characters of GBK and of the CJK Unified Ideographs block (U+4E00–9FFF: 堃, 鿍),
//   and every other character of Noto Serif SC (Extension A: 䶮, 䢺), loaded only for a report that holds one
//   (src/export/pdf.ts);
// - heading, kai: the 黑体-like and 楷体-like faces for GB 2312 level 1 and the templates' wording; a heading
//   character outside them is drawn in the body face (src/export/pdf.ts).
// Shipped brotli-compressed (decompressed by the PDF writer's own brotli, which fontkit brings) as the bytes of a
// script read as x-user-defined: a byte per byte, where base64 costs a third more. See docs/pdf-export.md.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import subsetFont from 'subset-font';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);

export const BODY_FONT = '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf';
export const HEADING_FONT = '@expo-google-fonts/noto-sans-sc/500Medium/NotoSansSC_500Medium.ttf';
/** LXGW WenKai (霞鹜文楷, OFL 1.1) ships as TrueType only in Debian's package; npm has split WOFF2 web fonts. */
export const KAI_FONT = '/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf';
export const KAI_LICENSE = '/usr/share/doc/fonts-lxgw-wenkai/copyright';

export type Face = 'body' | 'rest' | 'heading' | 'kai';

function kaiPath(): string {
  if (!existsSync(KAI_FONT))
    throw new Error(
      `${KAI_FONT} is missing: the PDF's 楷体 face comes from Debian's fonts-lxgw-wenkai (apt-get install fonts-lxgw-wenkai)`,
    );
  return KAI_FONT;
}

/** The characters of a range of GBK's two-byte codes (lead bytes `firstLead`–`lastLead`, trail bytes `firstTrail`–0xfe). */
function gbkCharacters(firstLead: number, lastLead: number, firstTrail: number): string {
  const gbk = new TextDecoder('gbk');
  let out = '';
  for (let hi = firstLead; hi <= lastLead; hi++)
    for (let lo = firstTrail; lo <= 0xfe; lo++) {
      const ch = lo === 0x7f ? '\ufffd' : gbk.decode(new Uint8Array([hi, lo]));
      if (ch !== '\ufffd') out += ch;
    }
  return out;
}

const ASCII_AND_PUNCTUATION = `${Array.from({ length: 0x5f }, (_, i) => String.fromCharCode(0x20 + i)).join('')}“”‘’…—–·•「」『』〔〕【】（）《》〈〉，。、；：？！％`;

/** The characters of GB 2312 (level 1 and 2 hanzi, punctuation, symbols), ASCII and the common punctuation. */
export function headingCharacters(): string {
  return gbkCharacters(0xa1, 0xf7, 0xa1) + ASCII_AND_PUNCTUATION;
}

/**
 * Every character of the templates' wording (labels, headings, captions, guides), read from their source text (a
 * superset: comments too; the config cannot import src/ modules), and of the page marks (草稿, — 1 —).
 */
export function templateCharacters(): string {
  const sources = ['v2021.ts', 'v2019.ts'].map((f) =>
    readFileSync(new URL(`../src/template/${f}`, import.meta.url), 'utf8'),
  );
  return unique(`${sources.join('')}草稿— 0123456789 —`.replace(/\s/g, ''));
}

/** What the body subset has: GB 2312, ASCII, punctuation and the templates' wording. */
export const bodyCharacters = () => unique(headingCharacters() + templateCharacters());

/**
 * What the heading subsets have: GB 2312 level 1 (the 3,755 common hanzi), ASCII, punctuation, the templates' wording.
 * Level 2 too would cost every first PDF 1.3 MB more to load, for a rare character in a heading, which the body
 * face draws instead.
 */
export const headingFaceCharacters = () =>
  unique(
    gbkCharacters(0xa1, 0xa9, 0xa1) + gbkCharacters(0xb0, 0xd7, 0xa1) + ASCII_AND_PUNCTUATION + templateCharacters(),
  );

/** The body face's characters that go into `rest`: every one beyond the body subset (GBK's, 堃, 鿍, 䶮, 䢺…). */
export function restCharacters(whole: number[]): string {
  const body = new Set([...bodyCharacters()].map((c) => c.codePointAt(0)!));
  return String.fromCodePoint(...whole.filter((c) => !body.has(c)));
}

const unique = (s: string) => [...new Set(s)].join('');

/** The whole body face (Noto Serif SC Regular), as npm ships it: what coverage is compared with. */
export const wholeBodyFace = () => new Uint8Array(readFileSync(require.resolve(BODY_FONT)));

const cache = new Map<Face, Promise<Uint8Array>>();

/** A face's TrueType bytes as the bundle ships them (subset, once per process). */
export function faceBytes(face: Face): Promise<Uint8Array> {
  let bytes = cache.get(face);
  if (bytes === undefined) {
    const source =
      face === 'heading'
        ? readFileSync(require.resolve(HEADING_FONT))
        : face === 'kai'
          ? readFileSync(kaiPath())
          : Buffer.from(wholeBodyFace());
    const characters =
      face === 'body'
        ? bodyCharacters()
        : face === 'rest'
          ? restCharacters(fontkitFont(source).characterSet)
          : headingFaceCharacters();
    bytes = subsetFont(source, characters, { targetFormat: 'truetype' }).then((b: Buffer) => new Uint8Array(b));
    cache.set(face, bytes);
  }
  return bytes;
}

const fontkitFont = (bytes: Uint8Array) => fontkit.create(Buffer.from(bytes)) as { characterSet: number[] };

/**
 * A face as the build ships it: brotli at its best (a third smaller than deflate for these outlines; ~40 s for
 * all four faces, so kept in the system's temporary folder by content, for the next build).
 */
export async function compressedFace(face: Face): Promise<Uint8Array> {
  const ttf = await faceBytes(face);
  const dir = join(tmpdir(), 'xxgk-pdf-faces');
  const file = join(dir, `${createHash('sha256').update(ttf).digest('hex').slice(0, 32)}.br`);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const params = {
    [constants.BROTLI_PARAM_QUALITY]: 11,
    [constants.BROTLI_PARAM_LGWIN]: 24,
    [constants.BROTLI_PARAM_SIZE_HINT]: ttf.length,
  };
  const packed: Buffer = await promisify(brotliCompress)(ttf, { params });
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, packed);
  return new Uint8Array(packed);
}

/**
 * A classic script defining `window[global]` as a string of one character per byte, to be loaded with
 * charset x-user-defined (src/export/scriptLoader.ts: bytes 0x80–0xff read as U+F780–U+F7FF, the rest as ASCII).
 * Only `"`, `\`, LF and CR need escaping in the string: ~1.6 % more than the bytes, where base64 adds 33 %.
 */
export function byteScript(global: string, bytes: Uint8Array): Buffer {
  const out = Buffer.alloc(bytes.length * 2 + global.length + 16);
  let at = out.write(`window.${global}="`, 'latin1');
  const ESCAPES: Record<number, number> = { 0x22: 0x22, 0x5c: 0x5c, 0x0a: 0x6e, 0x0d: 0x72 };
  for (const b of bytes) {
    const escaped = ESCAPES[b];
    if (escaped !== undefined) {
      out[at++] = 0x5c;
      out[at++] = escaped;
    } else out[at++] = b;
  }
  at += out.write('";\n', at, 'latin1');
  return out.subarray(0, at);
}

/** The code points a face has, as ranges `start-end` in hex, comma-separated (see src/export/fontCoverage.ts). */
export function coverageOf(bytes: Uint8Array): string {
  const font = fontkit.create(Buffer.from(bytes)) as { characterSet: number[] };
  return codePointRanges([...new Set(font.characterSet)].sort((a, b) => a - b));
}

/** Sorted code points as hexadecimal ranges (`4e00-4e05,4e07`): how coverage is written down. */
export function codePointRanges(points: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < points.length;) {
    let j = i;
    while (j + 1 < points.length && points[j + 1] === points[j] + 1) j++;
    out.push(i === j ? points[i].toString(16) : `${points[i].toString(16)}-${points[j].toString(16)}`);
    i = j + 1;
  }
  return out.join(',');
}
