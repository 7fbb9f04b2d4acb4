import { describe, expect, it } from 'vitest';
import { chineseNumber, stripTypedNumbering, subsectionNumber } from './numbering';

describe('stripTypedNumbering: the numbering is the app’s', () => {
  it.each([
    ['（一）主动公开', '（一）'],
    ['(一)主动公开', '(一)'],
    ['（一)主动公开', '（一)'],
    ['( 二 ) 主动公开', '( 二 )'],
    ['一、主动公开', '一、'],
    ['十二、主动公开', '十二、'],
    ['一．主动公开', '一．'],
    ['1.主动公开', '1.'],
    ['1、主动公开', '1、'],
    ['1．主动公开', '1．'],
    ['12. 主动公开', '12.'],
    ['（1）主动公开', '（1）'],
    ['(1)主动公开', '(1)'],
    ['（一）、主动公开', '（一）、'],
    ['  （三）  主动公开', '（三）'],
  ])('%s: takes off %s', (typed, removed) => {
    expect(stripTypedNumbering(typed)).toEqual({ heading: '主动公开', removed });
  });

  it.each([
    ['主动公开'],
    ['一是加强领导'], // 一是/二是 is wording, written in the text
    ['1.5万元的收费'], // a figure, not a number
    ['一方面'],
    ['2024年工作'],
    ['（注）说明'],
  ])('%s: left as typed', (heading) => {
    expect(stripTypedNumbering(heading)).toEqual({ heading, removed: null });
  });

  it('a heading that is only a number becomes empty', () => {
    expect(stripTypedNumbering('（一）')).toEqual({ heading: '', removed: '（一）' });
  });
});

describe('chinese numbering', () => {
  it('numbers subsections （一） … （二十一）', () => {
    expect([0, 9, 11, 20].map(subsectionNumber)).toEqual(['（一）', '（十）', '（十二）', '（二十一）']);
    expect(chineseNumber(35)).toBe('三十五');
  });
});
