import { describe, expect, it } from 'vitest';
import { template2021 } from '../template';
import { emptyReport } from './empty';
import { reportSchema } from './schema';

const schema = reportSchema(template2021);

describe('the report schema', () => {
  it('accepts an empty report as it is', () => {
    const r = emptyReport(template2021, 2025);
    expect(schema.parse(r)).toEqual(r);
  });

  it('reads missing cells as not filled in, drops derived values and unknown keys', () => {
    const parsed = schema.parse({
      template: '2021',
      meta: { agency: 'x', year: 2025 },
      sections: {},
      tables: { requests: { new: { natural: 3, total: 99 }, bogus: { a: 1 } } },
      extra: true,
    });
    expect(parsed.tables.requests.new).toEqual({
      natural: 3,
      commercial: null,
      research: null,
      publicInterest: null,
      legalService: null,
      otherOrg: null,
    });
    expect(parsed.tables.requests).not.toHaveProperty('bogus');
    expect(parsed.tables.requests).not.toHaveProperty('resultTotal');
    expect(parsed.tables.appeals.adminReview.upheld).toBeNull();
    expect(parsed).not.toHaveProperty('extra');
  });

  it('refuses wrong types, negatives, fractions in counts and too many decimals', () => {
    const bad = (tables: unknown) => schema.safeParse({ template: '2021', meta: {}, sections: {}, tables }).success;
    expect(bad({ requests: { new: { natural: 'abc' } } })).toBe(false);
    expect(bad({ requests: { new: { natural: -1 } } })).toBe(false);
    expect(bad({ requests: { new: { natural: 1.5 } } })).toBe(false);
    expect(bad({ active: { fees: { amount: 1.23456 } } })).toBe(false);
    expect(bad({ active: { fees: { amount: 1.2345 } } })).toBe(true);
  });
});
