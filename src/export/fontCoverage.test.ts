import { describe, expect, it } from 'vitest';
import { coverageOf, faceBytes } from '../../build/pdfFonts';
import { missingCharacters, missingCharactersMessage, parseCoverage } from './fontCoverage';

describe('characters no face of the PDF has', () => {
  it('reads ranges of code points', () => {
    const has = parseCoverage('20-7e,4e00-4e05,9fcd');
    expect([0x20, 0x41, 0x7e, 0x4e00, 0x4e05, 0x9fcd].map(has)).toEqual([true, true, true, true, true, true]);
    expect([0x1f, 0x7f, 0x4e06, 0x9fcc, 0x9fce].map(has)).toEqual([false, false, false, false, false]);
  });

  it('names each rare place-name character the shipped faces lack, once, and none they have', async () => {
    const faces = await Promise.all((['body', 'heading', 'kai', 'rest'] as const).map(faceBytes));
    const each = faces.map((f) => parseCoverage(coverageOf(f)));
    const has = (cp: number) => each.some((h) => h(cp));
    // 亍 (GB 2312): the body subset; 堃 (GBK), 鿍 (U+9FCD, Unicode 6.1), 䢺 (Ext A): the body face's rest; 𪚥 (Ext B,
    // four 龍): in no face
    const text = '亍镇堃村鿍山𪚥乡，𪚥乡䢺。 \n';
    expect(missingCharacters(text, has)).toEqual(['𪚥']);
    expect(missingCharactersMessage(['𪚥'])).toMatch(/^字体中没有“𪚥”：/);
    // the heading faces are subsets of GB 2312 level 1: 亍, 堃 and 鿍 fall back to the body face and its rest (pdf.ts)
    const [body, heading, kai, rest] = each;
    expect(['村', '亍', '堃', '鿍'].map((c) => heading(c.codePointAt(0)!))).toEqual([true, false, false, false]);
    expect(['村', '亍', '堃', '鿍'].map((c) => kai(c.codePointAt(0)!))).toEqual([true, false, false, false]);
    expect(['村', '亍', '堃', '鿍'].map((c) => body(c.codePointAt(0)!))).toEqual([true, true, false, false]);
    expect(['村', '亍', '堃', '鿍'].map((c) => rest(c.codePointAt(0)!))).toEqual([false, false, true, true]);
  }, 30_000);

  it('shortens a long list', () => {
    expect(missingCharactersMessage([...'一二三四五六七八九十百千'])).toContain('等12个字');
  });
});
