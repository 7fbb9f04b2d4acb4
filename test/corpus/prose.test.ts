// The prose checks (the year a text speaks of, the figures it states) on the real published reports of the corpus,
// read as the app reads them: none of them contradicts its own tables or speaks of another year as its own, so
// none may get a warning of either kind.
import { describe, expect, test } from 'vitest';
import { REAL_CASES } from './real/manifest';
import { readCase } from './score';

describe('no prose warning on a sound published report', () => {
  for (const c of REAL_CASES)
    test(`${c.id}`, async () => {
      const result = await readCase(c);
      const prose = result.findings.filter((f) => f.id.startsWith('year:') || f.id.startsWith('text:'));
      expect(prose.map((f) => f.message)).toEqual([]);
    }, 60_000);
});
