// A value in stored data (a draft file, an autosave): found by its path, and named in a message (a draft field
// refused, a saved field set aside).
/** What a value in the file is, in a few words — never the whole of a huge or deeply nested value. */
export function describeFound(value: unknown): string {
  if (value === undefined) return '缺失';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return (
      JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value) +
      (value.length > 20 ? `（共${value.length}字）` : '')
    );
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `一个列表（${value.length}项）`;
  return '一个对象';
}

/** The value at a path of stored data, own properties only (never `__proto__` or an inherited one). */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}
