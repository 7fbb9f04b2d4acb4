import { describe, expect, it } from 'vitest';
import { commentFormSchema, metaFormSchema } from '../report/formSchemas';
import { schemaResolver } from './schemaResolver';

const options = { fields: {}, shouldUseNativeValidation: false };

describe('schemaResolver', () => {
  it("gives each field the schema's first message, and no values", async () => {
    const result = await schemaResolver(metaFormSchema(2026))(
      { agency: '镇'.repeat(201), year: '20', date: '' },
      undefined,
      options,
    );
    expect(result.values).toEqual({});
    expect(result.errors.agency?.message).toContain('最多200字，现有201字');
    expect(result.errors.year?.message).toBe('请输入四位年份，例如 2025');
    expect(result.errors.date).toBeUndefined();
  });

  it("gives the schema's output when every field passes", async () => {
    const result = await schemaResolver(commentFormSchema)({ text: '请核对\u0007' }, undefined, options);
    expect(result).toEqual({ values: { text: '请核对' }, errors: {} });
  });
});
