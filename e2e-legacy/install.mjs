// Installs this test package (old Chromium builds shipped in registry packages, and puppeteer-core 2.1) into a cache
// folder, and unpacks each browser once. Nothing here is a dependency of the app.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The kernels under test: the package (an alias in package.json) whose bin/ holds that build. */
export const KERNELS = [64, 78, 86, 109];

async function unbrotli(src, dst) {
  await pipeline(createReadStream(src), createBrotliDecompress(), createWriteStream(dst));
}

/** npm ci into the cache, again only when the lock file changed. */
function installPackages(cache) {
  const lock = readFileSync(join(HERE, 'package-lock.json'), 'utf8');
  const stamp = join(cache, '.installed-lock.json');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) return;
  mkdirSync(cache, { recursive: true });
  for (const f of ['package.json', 'package-lock.json']) copyFileSync(join(HERE, f), join(cache, f));
  console.log(`legacy browsers: installing into ${cache} (once)`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--legacy-peer-deps'], {
    cwd: cache,
    stdio: 'inherit',
    env: { ...process.env, PUPPETEER_SKIP_CHROMIUM_DOWNLOAD: '1' },
  });
  rmSync(join(cache, 'browsers'), { recursive: true, force: true });
  writeFileSync(stamp, lock);
}

/**
 * bin/chromium.br → browsers/<v>/chromium, once; returns the executable. (The packages' bin/*.tar.br libraries are for
 * Amazon Linux: on Debian the shared libraries of the chromium package serve, see .ci/run.)
 */
async function unpackBrowser(cache, kernel) {
  const bin = join(cache, 'node_modules', `chromium-${kernel}`, 'bin');
  const dir = join(cache, 'browsers', String(kernel));
  const exe = join(dir, 'chromium');
  if (existsSync(join(dir, '.unpacked'))) return exe;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await unbrotli(join(bin, 'chromium.br'), exe);
  execFileSync('chmod', ['+x', exe]);
  writeFileSync(join(dir, '.unpacked'), '');
  return exe;
}

/** Installs and unpacks what is missing; returns the executable of each kernel. */
export async function prepareBrowsers(cache) {
  installPackages(cache);
  const executables = {};
  for (const k of KERNELS) executables[k] = await unpackBrowser(cache, k);
  return executables;
}
