// A .txt file or pasted plain text: one paragraph per line, read line by line by the matcher.
import { decodeText } from './decode';
import { cleanText } from './normalize';
import type { SourceDocument } from './types';

export function readTextString(text: string, source: SourceDocument['source'] = 'text'): SourceDocument {
  const blocks = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\u00a0\u3000]/g, ' ').replace(/\s+$/, ''))
    .filter((line) => cleanText(line) !== '')
    .map((line) => ({ kind: 'paragraph' as const, text: line }));
  return { source, blocks };
}

export function readTextFile(bytes: Uint8Array): SourceDocument {
  return readTextString(decodeText(bytes));
}
