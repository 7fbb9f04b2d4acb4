// The PDF's three faces, read from the npm packages (and Debian's fonts-lxgw-wenkai), for the build
// (vite.config.ts) and the Node tests. The body face ships whole: it is the fallback for every character.
// The heading faces (黑体-like, 楷体-like) ship as subsets of GB 2312 plus ASCII and punctuation, made with
// harfbuzz (subset-font): whole they would be 10.5 MB and 24 MB more; a heading character outside them is
// drawn in the body face (src/export/pdf.ts). See docs/pdf-export.md.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);

export const BODY_FONT = '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf';
export const HEADING_FONT = '@expo-google-fonts/noto-sans-sc/500Medium/NotoSansSC_500Medium.ttf';
/** LXGW WenKai (霞鹜文楷, OFL 1.1) ships as TrueType only in Debian's package; npm has split WOFF2 web fonts. */
export const KAI_FONT = '/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf';
export const KAI_LICENSE = '/usr/share/doc/fonts-lxgw-wenkai/copyright';

export type Face = 'body' | 'heading' | 'kai';

function kaiPath(): string {
  if (!existsSync(KAI_FONT))
    throw new Error(
      `${KAI_FONT} is missing: the PDF's 楷体 face comes from Debian's fonts-lxgw-wenkai (apt-get install fonts-lxgw-wenkai)`,
    );
  return KAI_FONT;
}

/** The characters of GB 2312 (level 1 and 2 hanzi, punctuation, symbols), ASCII and the common punctuation. */
export function headingCharacters(): string {
  const gbk = new TextDecoder('gbk');
  let out = '';
  for (let hi = 0xa1; hi <= 0xf7; hi++)
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = gbk.decode(new Uint8Array([hi, lo]));
      if (ch !== '\ufffd') out += ch;
    }
  for (let c = 0x20; c < 0x7f; c++) out += String.fromCharCode(c);
  return `${out}“”‘’…—–·•「」『』〔〕【】（）《》〈〉，。、；：？！％`;
}

const cache = new Map<Face, Promise<Uint8Array>>();

/** A face's bytes as the bundle ships them (the heading faces subset, once per process). */
export function faceBytes(face: Face): Promise<Uint8Array> {
  let bytes = cache.get(face);
  if (bytes === undefined) {
    bytes =
      face === 'body'
        ? Promise.resolve(new Uint8Array(readFileSync(require.resolve(BODY_FONT))))
        : subsetFont(
            readFileSync(face === 'heading' ? require.resolve(HEADING_FONT) : kaiPath()),
            headingCharacters(),
            {
              targetFormat: 'truetype',
            },
          ).then((b: Buffer) => new Uint8Array(b));
    cache.set(face, bytes);
  }
  return bytes as Promise<Uint8Array>;
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
