// How the import compares a label it sees with the template's: the same text however it was typed, broken or
// spaced. Labels are compared in this form only; what the user is shown is always the text as seen.
import { halfWidthDigits } from '../report/number';

/** `（一）`→`(一)`, `1、`/`1．`→`1.`, `一．`→`一、`, no spaces, no quotes, full-width digits and commas to ASCII. */
export function labelKey(text: string): string {
  return halfWidthDigits(text)
    .replace(/其它/g, '其他')
    .replace(/[\u2460-\u2473]/g, (d) => `${d.charCodeAt(0) - 0x2460 + 1}.`) // ① → 1.
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/\*+/g, '') // markdown bold left in a text copy
    .replace(/#+/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[，]/g, ',')
    .replace(/[：]/g, ':')
    .replace(/[“”"‘’'「」]/g, '')
    .replace(/(\d)[、．]/g, '$1.')
    .replace(/([一二三四五六七八九十])[．.]/g, '$1、');
}

/**
 * A line or cell of a read document with the spaces a web page or PDF adds (no-break, thin, zero-width…) made
 * plain, carriage returns dropped and the ends trimmed. Not the removal of characters a document cannot hold
 * (report/text.ts removeForbidden).
 */
export function plainLine(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\ufeff]/g, ' ')
    .replace(/\r/g, '')
    .trim();
}
