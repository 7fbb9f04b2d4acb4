// What a test measured along the way (times, counts), kept with its result as an annotation — in the report, not
// printed amid the run's output.
import { test } from '@playwright/test';

export function note(...parts: unknown[]): void {
  test.info().annotations.push({
    type: 'measured',
    description: parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(' '),
  });
}
