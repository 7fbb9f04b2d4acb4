// Figures and budgets of the bench: percentiles, pass/fail, the printed table.

export const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
export const median = (values: number[]) => percentile(values, 50);

export interface Latency {
  p50: number;
  p95: number;
  max: number;
  n: number;
}
export const summarise = (values: number[]): Latency => ({
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  max: Math.max(...values),
  n: values.length,
});

export interface Budget {
  name: string;
  limit: string;
  value: string;
  pass: boolean;
}

export function table(rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map(String));
  const widths = cells[0].map((_, i) =>
    Math.max(...cells.map((r) => [...(r[i] ?? '')].reduce((w, c) => w + (c.charCodeAt(0) > 0xff ? 2 : 1), 0))),
  );
  const pad = (s: string, w: number) =>
    s + ' '.repeat(Math.max(0, w - [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0xff ? 2 : 1), 0)));
  return cells.map((r) => r.map((c, i) => pad(c, widths[i])).join('  ')).join('\n');
}

export const ms = (v: number) => `${v.toFixed(1)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
