import { describe, expect, it } from 'vitest';
import { breakLines, CLOSING, OPENING, textWidth } from './lineBreak';

const fill = (n: number) => '字'.repeat(n);

describe('breakLines (Chinese line breaking)', () => {
  it('fills lines to the capacity and shortens the first by the indent', () => {
    expect(breakLines(fill(12), 5, 2)).toEqual([fill(3), fill(5), fill(4)]);
  });

  it('lets one closing mark hang past the end rather than start a line', () => {
    expect(breakLines(`${fill(5)}。${fill(3)}`, 5)).toEqual([`${fill(5)}。`, fill(3)]);
  });

  it('never starts a line with closing punctuation, even two marks in a row', () => {
    for (const mark of CLOSING) {
      const lines = breakLines(`${fill(5)}。${mark}${fill(6)}`, 5);
      for (const l of lines.slice(1)) expect(CLOSING.has([...l][0]), `${mark}: ${lines.join('|')}`).toBe(false);
      expect(lines.join('')).toBe(`${fill(5)}。${mark}${fill(6)}`);
    }
  });

  it('never ends a line with opening punctuation: the mark moves to the next line', () => {
    for (const mark of OPENING) {
      const lines = breakLines(`${fill(4)}${mark}引号${fill(4)}`, 5);
      for (const l of lines) expect(OPENING.has([...l].pop()!), `${mark}: ${lines.join('|')}`).toBe(false);
      expect(lines[0]).toBe(fill(4));
      expect(lines[1].startsWith(`${mark}引`)).toBe(true);
    }
  });

  it('does not split a number or a Latin word', () => {
    const lines = breakLines(`${fill(3)}共12345件，PDF格式`, 5);
    expect(lines.some((l) => l.includes('12345'))).toBe(true);
    expect(breakLines(`${fill(4)}Word文档`, 5)).toEqual([fill(4), 'Word文档']);
    expect(breakLines(`${fill(4)}２０２４年`, 5)).toEqual([fill(4), '２０２４年']);
  });

  it('splits a word wider than a whole line rather than overflow (a closing mark may still hang)', () => {
    const url = 'http://www.example.gov.cn/xxgk/2024/report.html';
    const lines = breakLines(url, 5);
    expect(lines.join('')).toBe(url);
    for (const l of lines) expect(textWidth(l.replace(/[./]$/, ''))).toBeLessThanOrEqual(5);
  });

  it('counts digits as half a character', () => {
    expect(breakLines('2024年1234', 5)).toEqual(['2024年1234']);
  });

  it('keeps characters outside the basic plane whole', () => {
    const text = `${fill(4)}𠀾${fill(2)}`;
    expect(breakLines(text, 5)).toEqual([`${fill(4)}𠀾`, fill(2)]);
  });
});
