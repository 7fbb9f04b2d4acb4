// Test data: section 一 of a seed report as a clerk copies it from the published text (unit and e2e tests).
import { readFileSync } from 'node:fs';
import { SHARED_DIR } from './seed';

/** Section 一's text as it stands in a seed: after its heading, up to the next section or table 二. */
export function seedSectionOne(file: string): string {
  const lines = readFileSync(`${SHARED_DIR}/seeds/${file}`, 'utf8').split('\n');
  const start = lines.findIndex((l) => /一、总体情况/.test(l)) + 1;
  const end = lines.findIndex((l, i) => i >= start && /^(?:#+\s*)?(?:[二三四五六七]、|一、本年)/.test(l.trim()));
  return lines.slice(start, end).join('\n');
}
