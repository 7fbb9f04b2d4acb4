// The repair half of reading a stored report (src/draft/stored.ts, which first brings it to the current format):
// a report that does not read whole comes back with everything valid, field by field, and every field left out
// is named with what it held. Pure: the caller keeps the raw text (nothing here is the only copy of anything).
import type { Template } from '../template/types';
import { describeFound, valueAt } from './found';
import { reportSchema, type Report } from './schema';

export interface SetAside {
  /** Where in the report, as the draft reader names fields (`sections.overview.2.heading`). */
  path: string;
  /** What was there, in a few words (never the whole of a huge value). */
  found: string;
}

export interface Salvaged {
  report: Report;
  setAside: SetAside[];
}

type Container = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Container => v !== null && typeof v === 'object';

/**
 * A copy of the stored value deep enough for the report's own fields (the deepest is a table cell, 4 levels),
 * so that salvage never changes the caller's value. Deeper values are shared, never changed; `__proto__` keys
 * are dropped (no report field has that name, and assigning it would set a prototype).
 */
function copy(value: unknown, depth = 0): unknown {
  if (!isContainer(value) || depth > 5) return value;
  if (Array.isArray(value)) return value.map((v) => copy(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (key !== '__proto__') out[key] = copy(value[key], depth + 1);
  return out;
}

/** Rounds of repair: each round fixes every issue zod reports; a field removed may uncover one more level. */
const MAX_ROUNDS = 20;

/** `data`: a report in the current format, to be read against `template`. */
export function salvageReport(data: unknown, template: Template): Salvaged {
  const schema = reportSchema(template);
  const setAside: SetAside[] = [];
  const whole = (found: unknown): Salvaged => ({
    report: schema.parse({ template: template.edition }),
    setAside: [...setAside, { path: '（整份报告）', found: describeFound(found) }],
  });
  if (!isContainer(data) || Array.isArray(data)) return whole(data);
  const work = copy(data) as Record<string, unknown>;
  if (work.template !== template.edition) {
    setAside.push({ path: 'template', found: describeFound(work.template) });
    work.template = template.edition;
  }
  // Items removed from a list shift the later ones: paths are named by the index each item had when stored.
  const origins = new WeakMap<unknown[], number[]>();
  const storedPath = (path: readonly PropertyKey[]) => {
    let v: unknown = work;
    return path
      .map((key) => {
        const named = Array.isArray(v) ? (origins.get(v)?.[Number(key)] ?? Number(key)) : key;
        v = isContainer(v) ? (v as Record<PropertyKey, unknown>)[key] : undefined;
        return String(named);
      })
      .join('.');
  };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parsed = schema.safeParse(work);
    if (parsed.success) return { report: parsed.data, setAside };
    // Array items are removed after the round, last index first, so that the other paths stay right.
    const removals = new Map<unknown[], Set<number>>();
    for (const issue of parsed.error.issues) {
      let path = issue.path;
      let value = valueAt(work, path);
      if (path.length === 0) return whole(data);
      if (issue.code === 'too_big' && Array.isArray(value)) {
        // a list too long keeps its first items, as many as allowed
        const max = Number((issue as { maximum?: number }).maximum ?? 0);
        setAside.push({ path: `${storedPath(path)}.${max}…`, found: `${value.length - max}项` });
        value.length = max;
        continue;
      }
      if (value === undefined) {
        // a required field is missing: the object that lacks it goes
        path = path.slice(0, -1);
        if (path.length === 0) return whole(data);
        value = valueAt(work, path);
      }
      const parent = valueAt(work, path.slice(0, -1));
      const key = path[path.length - 1];
      if (!isContainer(parent)) continue;
      const where = storedPath(path);
      // a field set aside in an earlier round is named once, by the object that went with it
      const inside = setAside.filter((s) => s.path.startsWith(`${where}.`));
      setAside.splice(0, setAside.length, ...setAside.filter((s) => !inside.includes(s)));
      setAside.push({ path: where, found: describeFound(value) });
      if (Array.isArray(parent)) {
        const set = removals.get(parent) ?? new Set<number>();
        set.add(Number(key));
        removals.set(parent, set);
      } else delete parent[key as string];
    }
    for (const [list, indexes] of removals) {
      const origin = origins.get(list) ?? list.map((_, i) => i);
      for (const i of [...indexes].sort((a, b) => b - a)) {
        list.splice(i, 1);
        origin.splice(i, 1);
      }
      origins.set(list, origin);
    }
  }
  return whole(data);
}
