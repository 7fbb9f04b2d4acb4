// The one list of check sources: runChecks runs it whole, the incremental checker piece by piece.
import { describe, expect, it } from 'vitest';
import { template2021 } from '../template';
import { resolveTemplate } from '../template/resolve';
import { PROSE_CHECKS } from './prose';
import { checkSources } from './sources';

describe('checkSources', () => {
  const sources = checkSources(resolveTemplate(template2021), 2026, PROSE_CHECKS);
  const kind = (key: string) => key.replace(/:.*/, '');

  it('lists every source once, in the order the findings are listed', () => {
    const keys = sources.all.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...new Set(keys.map(kind))]).toEqual([
      'meta',
      'balance',
      'unfilled',
      'sections',
      'narrative',
      'crossYear',
      'carriedTexts',
      'extra',
    ]);
    expect(keys.filter((k) => k.startsWith('extra:'))).toEqual(PROSE_CHECKS.map((c) => `extra:${c.key}`));
  });

  it('runs again after a text edit everything but the rules that read only figures', () => {
    expect(sources.texts.map((s) => s.key)).toEqual(
      sources.all.map((s) => s.key).filter((k) => !['balance', 'unfilled'].includes(kind(k))),
    );
    expect(sources.extraReadingCells.map((s) => s.key)).toEqual(
      PROSE_CHECKS.filter((c) => c.readsCells).map((c) => `extra:${c.key}`),
    );
  });
});
