// Every case of the import corpus: the seeds in every form (./seeds/manifest.ts) and the published reports
// (./real/manifest.ts, REAL_CASES), when that half is there.
import { existsSync } from 'node:fs';
import { SEED_CASES } from './seeds/manifest';
import type { CorpusCase } from './types';

/** Imported only when it exists: the real half of the corpus is written apart. A manifest that breaks still fails. */
const REAL_MANIFEST = './real/manifest.ts';
const realCases: CorpusCase[] = existsSync(new URL(REAL_MANIFEST, import.meta.url))
  ? ((await import(/* @vite-ignore */ REAL_MANIFEST)) as { REAL_CASES: CorpusCase[] }).REAL_CASES
  : [];

export const CASES: CorpusCase[] = [...SEED_CASES, ...realCases];
