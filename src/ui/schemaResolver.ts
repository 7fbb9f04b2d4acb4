// react-hook-form's resolver over a zod schema: the form's errors are the schema's issues, first one per field.
// @hookform/resolvers' zodResolver does the same, but carries zod 3's path too (~1 KB gzip): with it the
// first screen ended 10 bytes over its 150 KB budget (README, "How it is built"). Our forms are flat, so the
// field's name is the issue's path.
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod/mini';

export function schemaResolver<In extends FieldValues, Out>(
  schema: z.ZodMiniType<Out, In>,
): Resolver<In, unknown, Out> {
  return (values) => {
    const parsed = schema.safeParse(values);
    if (parsed.success) return { values: parsed.data, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of parsed.error.issues)
      errors[issue.path.join('.')] ??= { type: issue.code, message: issue.message };
    return { values: {}, errors: errors as FieldErrors<In> };
  };
}
