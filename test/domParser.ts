// The browser's DOMParser for the import readers in Node tests (linkedom, a small DOM).
import { DOMParser } from 'linkedom';
import type { ParseDom } from '../src/import/dom';

export const nodeParser: ParseDom = (text, type) => new DOMParser().parseFromString(text, type) as unknown as Document;
