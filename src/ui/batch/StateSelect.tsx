// A report's review state as a choice (in its row, in 审阅模式), or, with `any`, the filter of the table by state.
import { REVIEW_STATES, type ReviewState } from '../../batch/desk/record';

interface Props<T extends ReviewState | ''> {
  value: T;
  onChange(state: T): void;
  /** A label of its own (a row's select); else the surrounding <label> names it. */
  label?: string;
  /** `全部` first: a filter. */
  any?: boolean;
}

export function StateSelect<T extends ReviewState | ''>({ value, onChange, label, any }: Props<T>) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as T)}>
      {any && <option value="">全部</option>}
      {REVIEW_STATES.map((s) => (
        <option key={s} value={s}>
          {s}
        </option>
      ))}
    </select>
  );
}
