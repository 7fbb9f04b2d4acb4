// The faces as the build ships them: the body subset and its rest together lose no character of the body face
// that they are meant to carry, and the script form gives back the exact bytes.
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import * as fontkit from 'fontkit';
import { DRAFT_MARK } from '../src/document/pageSetup';
import { template2019, template2021 } from '../src/template';
import {
  bodyCharacters,
  byteScript,
  compressedFace,
  faceBytes,
  headingCharacters,
  templateCharacters,
  wholeBodyFace,
} from './pdfFonts';

/** Every string in the templates: labels, headings, captions, guides. */
const wording = (v: unknown): string =>
  typeof v === 'string' ? v : v && typeof v === 'object' ? Object.values(v).map(wording).join('') : '';
const points = (bytes: Uint8Array) =>
  new Set((fontkit.create(Buffer.from(bytes)) as { characterSet: number[] }).characterSet);
/** How many bytes GB 18030 takes for a character: 2 for GBK's, 4 for the rest. */
function gbkBytes(ch: string): number {
  const gb = new TextDecoder('gbk');
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) if (gb.decode(new Uint8Array([hi, lo])) === ch) return 2;
  return 4;
}

describe('the body face, split for the bundle', async () => {
  const [body, rest] = await Promise.all([faceBytes('body'), faceBytes('rest')]);
  const whole = points(wholeBodyFace());
  const [inBody, inRest] = [points(body), points(rest)];

  it('the subset has GB 2312 (levels 1 and 2), ASCII, the punctuation and every character of the templates and page marks', () => {
    const missing = [...bodyCharacters()].filter(
      (ch) => whole.has(ch.codePointAt(0)!) && !inBody.has(ch.codePointAt(0)!),
    );
    expect(missing).toEqual([]);
    // GB 2312's and the templates' characters: all there (the 700 symbols of GB 2312 Noto Serif SC lacks, aside)
    const lacking = (text: string) =>
      [...text].filter((ch) => whole.has(ch.codePointAt(0)!) && !inBody.has(ch.codePointAt(0)!));
    expect(lacking(headingCharacters())).toEqual([]);
    expect(lacking(templateCharacters())).toEqual([]);
    // the wording as the app holds it (build/pdfFonts.ts reads the templates' source text)
    expect(lacking(wording([template2019, template2021]) + DRAFT_MARK)).toEqual([]);
    expect([...templateCharacters()].filter((ch) => !/\s/.test(ch) && !whole.has(ch.codePointAt(0)!))).toEqual([]);
    // every hanzi of GB 2312, levels 1 and 2 (6,763)
    expect(
      [...headingCharacters()].filter((ch) => /\p{Script=Han}/u.test(ch) && inBody.has(ch.codePointAt(0)!)).length,
    ).toBeGreaterThanOrEqual(6763);
    expect(['亍', '村', '〔', '草', '稿'].every((c) => inBody.has(c.codePointAt(0)!))).toBe(true);
  });

  it('subset and rest together have every character of the whole face; the rest only what the subset lacks', () => {
    // nothing of the face is left out: Extension A (䢺, 䶮) and beyond are in the rest
    expect([...whole].filter((cp) => !inBody.has(cp) && !inRest.has(cp)).map((cp) => String.fromCodePoint(cp))).toEqual(
      [],
    );
    expect([...whole].filter((cp) => cp >= 0x3400 && cp <= 0x4dbf && inRest.has(cp)).length).toBeGreaterThan(6000);
    // a hanzi is in one of the two, never both
    expect([...inRest].some((cp) => cp >= 0x3400 && cp <= 0x9fff && inBody.has(cp))).toBe(false);
    expect(['堃', '喆', '鿍'].every((c) => inRest.has(c.codePointAt(0)!) && !inBody.has(c.codePointAt(0)!))).toBe(true);
    expect(['堃', '喆'].map(gbkBytes)).toEqual([2, 2]);
  }, 60_000);

  it('ships each face brotli-packed in a script whose bytes, read as x-user-defined, give the face back', async () => {
    const packed = await compressedFace('body');
    expect(brotliDecompressSync(packed).equals(Buffer.from(body))).toBe(true);
    const script = byteScript('F', packed);
    expect(script.length).toBeLessThan(packed.length * 1.03);
    // the browser's x-user-defined decoder: ASCII as is, 0x80–0xff as U+F780–U+F7FF
    const text = [...script].map((b) => String.fromCharCode(b < 0x80 ? b : 0xf700 + b)).join('');
    const scope: { F?: string } = {};
    new Function('window', text)(scope);
    const bytes = Uint8Array.from(scope.F!, (c) => c.charCodeAt(0) & 0xff);
    expect(Buffer.from(bytes).equals(Buffer.from(packed))).toBe(true);
  }, 120_000);
});
