// Runs one of the repository's TypeScript scripts in Node, loaded the way Vitest loads the tests (Vite's module
// runner: TypeScript, extensionless imports and `?raw` imports of the app's modules): `node scripts/runTs.mjs
// <file.ts>`. The script does its work at its top level; the run fails if it throws.
import { resolve } from 'node:path';
import process from 'node:process';
import { runnerImport } from 'vite';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/runTs.mjs <file.ts>');
const root = resolve(import.meta.dirname, '..');
await runnerImport(resolve(file), { root, logLevel: 'warn' });
