// The one reader of a stored report, wherever it was kept: a draft file, the autosave, an entry of 最近的报告, a
// set-aside copy of an autosave, a report on the reviewer's desk. It brings the report from the format it was
// written in to the current one, step by step (./migrations.ts), then reads it whole, or repairs it field by field
// (../report/salvage.ts) and names every field it set aside. Pure: the caller keeps what was stored.
import { salvageReport, type Salvaged } from '../report/salvage';
import { reportSchema } from '../report/schema';
import { templateOfStored } from '../report/edition';
import { formatByShape, migrate } from './migrations';
import { firstProblem, type Problem } from './problem';
import { removedNotes } from './texts';
import { DRAFT_FORMAT_VERSION } from './write';

export interface StoredRead extends Salvaged {
  /** Why it did not read whole (the first field refused); absent when it did, and `setAside` is empty. */
  problem?: Problem;
  /** What reading changed besides (characters removed), to tell the clerk; absent when nothing was. */
  notes?: string[];
}

/** How the stores take their reader (the app gives them readStored; `formatVersion` is what the store says). */
export type StoredReader = (stored: unknown, formatVersion?: unknown) => Salvaged;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The format the report was written in: the one its store says, else told by its shape (a report stored without it
 * is of format 3 or older). A format newer than this app's is read as the current one: what still reads comes back.
 */
function formatOf(report: unknown, stated: unknown): number {
  if (typeof stated !== 'number' || !Number.isInteger(stated) || stated < 1) return formatByShape(report);
  return Math.min(stated, DRAFT_FORMAT_VERSION);
}

/** `formatVersion`: the format the store says the report was written in (a draft file's own field, an autosave's…). */
export function readStored(stored: unknown, formatVersion?: unknown): StoredRead {
  const template = templateOfStored(stored);
  const report = isObject(stored) ? migrate(stored, formatOf(stored, formatVersion)) : stored;
  const parsed = reportSchema(template).safeParse(report);
  if (parsed.success) {
    const notes = removedNotes(report);
    return notes.length > 0 ? { report: parsed.data, setAside: [], notes } : { report: parsed.data, setAside: [] };
  }
  return { ...salvageReport(report, template), problem: firstProblem(template, report, parsed.error.issues) };
}
