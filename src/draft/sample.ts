// The sample report (public/sample.nianbao.json, a fictional 示例镇人民政府) for a newcomer to look at. Read like
// any draft, so that it stays a draft the reader accepts (src/draft/sample.test.ts). Its text is loaded on first
// use (sampleText.ts, through #exporters).
import { readDraft, type ReadResult } from './read';

export function readSample(text: string): ReadResult {
  return readDraft(new TextEncoder().encode(text));
}
