// The sample report (public/sample.nianbao.json, a fictional 示例镇人民政府) for a newcomer to look at. It ships
// inside the app: a page opened from disk cannot fetch() its own files. Read like any draft, so that it stays
// a draft the reader accepts (src/draft/sample.test.ts).
import sampleText from '../../public/sample.nianbao.json?raw';
import { readDraft, type ReadResult } from './read';

export function readSample(): ReadResult {
  return readDraft(new TextEncoder().encode(sampleText));
}
