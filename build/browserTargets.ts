import browserslist from 'browserslist';

/** Browserslist's names → the build tool's (esbuild-style) target names. */
const TARGET_NAMES: Record<string, string> = {
  chrome: 'chrome',
  edge: 'edge',
  firefox: 'firefox',
  safari: 'safari',
  ios_saf: 'ios',
  opera: 'opera',
};

/**
 * The build targets of the browser list (package.json "browserslist" unless queries are given): for each browser,
 * its oldest version, e.g. ["chrome78"]. One list drives the app's build, the exporters' builds and the compat lint.
 */
export function buildTargets(queries?: string | readonly string[], path = process.cwd()): string[] {
  const oldest = new Map<string, number>();
  for (const entry of browserslist(queries as string | string[] | undefined, { path })) {
    const [name, version] = entry.split(' ');
    const target = TARGET_NAMES[name];
    if (!target)
      throw new Error(
        `browserslist: ${name} has no build target; keep the list to ${Object.keys(TARGET_NAMES).join(', ')}`,
      );
    const v = parseFloat(version.split('-')[0]);
    if (!oldest.has(target) || v < oldest.get(target)!) oldest.set(target, v);
  }
  if (oldest.size === 0) throw new Error('browserslist: the list names no browser');
  return [...oldest].map(([target, v]) => `${target}${v}`);
}
