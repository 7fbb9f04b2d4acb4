// How a stored value is named in a message (a draft field refused, a saved field set aside).
/** What a value in the file is, in a few words — never the whole of a huge or deeply nested value. */
export function describeFound(value: unknown): string {
  if (value === undefined) return '缺失';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value) + (value.length > 20 ? `（共${value.length}字）` : '');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `一个列表（${value.length}项）`;
  return '一个对象';
}
