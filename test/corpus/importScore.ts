// `npm run import-score`: reads every case of the import corpus as the app reads it and prints the score table —
// per case and per form: cells and non-zero figures read right, wrong, missing, invented and missed errors,
// agency and year — and writes it to test/corpus/score.txt. It measures and never fails on a case: the corpus
// test (corpus.test.ts, part of `npm test`) is what fails on a wrong or missing figure.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES } from './manifest';
import { CORPUS_DIR, runCase, scoreTable, type CaseScore } from './score';

const scores: CaseScore[] = [];
for (const c of CASES) scores.push(await runCase(c));
const table = scoreTable(scores);
writeFileSync(join(CORPUS_DIR, 'score.txt'), table + '\n');
console.log(`\n${table}\n`);
