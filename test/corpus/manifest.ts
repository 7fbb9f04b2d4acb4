// Every case of the import corpus: the seeds in every form (./seeds/manifest.ts) and the published reports
// (./real/manifest.ts).
import { REAL_CASES } from './real/manifest';
import { SEED_CASES } from './seeds/manifest';
import type { CorpusCase } from './types';

export const CASES: CorpusCase[] = [...SEED_CASES, ...REAL_CASES];
