// The scripts built apart from the page's own, and how they share code. A page opened from disk (file://) may
// load classic scripts only: Chromium refuses module scripts, import() and fetch() of file:// URLs, and a reader
// thread can only be started from a blob: URL, whose importScripts() of a file:// URL is refused too. So every
// part loaded later is a classic script, and code two scripts need is built once, into the script that provides
// it, never again into the other:
// - core.js, loaded before the page's script, holds what the page shares with every other script (React, zod,
//   the template and its resolver, the report's core, the checks): every module of the page's graph outside
//   src/ui, and the few UI modules the lazily loaded views render with the page's (SHARED_UI).
// - A script lists the scripts it `uses`; a module one of them holds is not bundled but read from that script's
//   global (`XxgkCore.__m.src_template_resolve_ts`), so there is one copy of each module and of each class,
//   context and React.
// - Each script defines a factory (`XxgkFactories.Name`) that returns its global; the page's loader
//   (src/export/scriptLoader.ts) runs it once its `uses` are loaded. The reader thread is started from the text
//   of the factories it needs (Function.prototype.toString), so it shares the very code the page loaded.
import { relative, resolve } from 'node:path';
import { build, type InlineConfig, type Plugin } from 'vite';

export interface ClassicScript {
  /** The global it defines (its factory's name too). */
  name: string;
  entry: string;
  file: string;
  /** Scripts whose modules it reads from their globals instead of bundling them (loaded before it). */
  uses: string[];
  /** Other scripts read modules from it: it exposes every module it holds (`__m`). */
  provides?: true;
}

/** The scripts with `uses` made whole: each names every script it reads from, the ones those read from too. */
export function withTheirUses(scripts: ClassicScript[]): ClassicScript[] {
  const byName = new Map(scripts.map((s) => [s.name, s]));
  const all = (name: string): string[] =>
    name === CORE ? [] : (byName.get(name)?.uses ?? []).flatMap((u) => [...all(u), u]);
  return scripts.map((s) => ({ ...s, uses: [CORE, ...new Set(all(s.name).filter((u) => u !== CORE))] }));
}

/** The global of the shared core (core.js), loaded by the page before its own script. */
export const CORE = 'XxgkCore';
export const CORE_FILE = 'core.js';

/**
 * Modules of src/ui that the lazily loaded views share with the page: its services context is one object (the
 * modules it imports follow it into core.js).
 */
const SHARED_UI = ['src/ui/context.ts'];
/** Kept in the page's script: the font licence's URL is an asset file of the page's build. */
const PAGE_ONLY_SRC = ['src/export/pdfFontInfo.ts'];
/** Page-only libraries: they draw into the page's document, never read in another script or the thread. */
const PAGE_ONLY = /node_modules\/(react-dom|scheduler)\//;

const ROOT = resolve(import.meta.dirname, '..');
const keys = new Map<string, string>();
/**
 * A module's key in its provider's `__m`: short, since the page's script names each module it reads once more
 * (its path would cost the first screen about 2 KB gzip). Given in the order modules are first met, the same in
 * every script of one build.
 */
export function moduleKey(id: string): string {
  if (!keys.has(id)) keys.set(id, `_${keys.size.toString(36)}`);
  return keys.get(id)!;
}

/** Whether a module of the page's graph belongs in core.js. */
export function inCore(id: string): boolean {
  if (id.startsWith('\0') || id.includes('?')) return false;
  const path = relative(ROOT, id).replace(/\\/g, '/');
  if (SHARED_UI.includes(path)) return true;
  if (PAGE_ONLY_SRC.includes(path)) return false;
  if (path === 'src/main.tsx' || path.startsWith('src/ui/')) return false;
  return !PAGE_ONLY.test(path);
}

/** What each provider built so far holds, module id → its global's expression. */
export type Provided = Map<string, string>;

/** How other scripts read a provider's modules: from its global. */
export const readFrom = (name: string, modules: string[]): Provided =>
  new Map(modules.map((m) => [m, `${name}.__m.${moduleKey(m)}`]));

/** Reads from the providers instead of bundling: as a Rollup `external` and `output.globals`. */
export function fromProviders(provided: Provided) {
  return {
    external: (id: string, _importer: string | undefined, isResolved: boolean) => isResolved && provided.has(id),
    globals: (id: string) => provided.get(id) ?? id,
  };
}

/** A provider's generated entry: a path that no file has, resolved and loaded by providerEntry. */
const ENTRY = resolve(ROOT, 'xxgk-provider-entry.js');

/** What other scripts take of each module: the names they import, or '*' for all of it. */
export type Needs = Map<string, Set<string>>;

/**
 * A provider's entry: the script's own exports, plus `__m`, what other scripts take of its modules — only that,
 * so that the rest of each module is still left out when unused (zod's schemas, most of all).
 */
function providerEntry(entry: string | null, modules: string[], needs: Needs | null): Plugin {
  return {
    name: 'xxgk-provider-entry',
    resolveId: (id) => (id === ENTRY ? id : undefined),
    load(id) {
      if (id !== ENTRY) return undefined;
      const lines: string[] = [];
      const exposed: string[] = [];
      modules.forEach((m, i) => {
        const names = needs ? needs.get(m) : new Set(['*']);
        if (!names?.size) {
          lines.push(`import ${JSON.stringify(m)};`);
          return;
        }
        // a default import of a library reads the whole namespace (the bundler's interop for externals)
        if (names.has('*') || names.has('default')) {
          lines.push(`import * as m${i} from ${JSON.stringify(m)};`);
          exposed.push(`${moduleKey(m)}: m${i}`);
          return;
        }
        const list = [...names];
        lines.push(`import { ${list.map((n, j) => `${n} as m${i}_${j}`).join(', ')} } from ${JSON.stringify(m)};`);
        exposed.push(`${moduleKey(m)}: { ${list.map((n, j) => `${n}: m${i}_${j}`).join(', ')} }`);
      });
      if (entry) lines.push(`export * from ${JSON.stringify(entry)};`);
      lines.push(`export const __m = { ${exposed.join(', ')} };`);
      return lines.join('\n');
    },
  };
}

/**
 * A CommonJS library's `require()` of a module a provider holds (react-dom's of react, core-js's of its internals)
 * reads it from the provider's global too: the bundler leaves such a require() as it is, naming the module's path.
 * The provider exposes the module's namespace, whose `default` is what require() gives (its module.exports: a
 * function, for most of core-js's internals).
 */
export function requiresFromProviders(provided: Provided): Plugin {
  // made on first use: the page's build is given its providers' modules after this plugin is made
  let byPath: Map<string, string> | undefined;
  return {
    name: 'xxgk-requires-from-providers',
    renderChunk(code) {
      byPath ??= new Map([...provided].map(([id, global]) => [relative(ROOT, id).replace(/\\/g, '/'), global]));
      // the id as the bundler writes it: the module's path, or that path relative to where the script is written
      const global = (id: string) => provided.get(id) ?? byPath!.get(id.replace(/^(?:\.{1,2}\/)+/, ''));
      const out = code.replace(/\brequire\((["'`])([^"'`]+)\1\)/g, (call, _q, id: string) =>
        global(id) ? `${global(id)}.default` : call,
      );
      // a require() of a module no provider holds would throw in the browser: the build stops instead
      const left = /\brequire\((["'`])(?:\.{1,2})?\/[^"'`]*\1\)/.exec(out);
      if (left) this.error(`a CommonJS module requires what no script provides: ${left[0]}`);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** Records, in `needs`, what a script imports of the modules the providers hold. */
export function recordNeeds(provided: Provided, needs: Needs): Plugin {
  const add = (id: string, name: string) => {
    if (!needs.has(id)) needs.set(id, new Set());
    needs.get(id)!.add(name);
  };
  return {
    name: 'xxgk-record-needs',
    enforce: 'post',
    async transform(code, id) {
      // a CommonJS library's require() takes the whole module
      for (const [, source] of code.matchAll(/\brequire\(["']([^"']+)["']\)/g)) {
        const target = (await this.resolve(source, id))?.id;
        if (target && provided.has(target)) add(target, '*');
      }
      if (!/^(import|export)\b/m.test(code)) return null;
      const program = this.parse(code) as unknown as { body: Statement[] };
      for (const node of program.body) {
        if (!node.source) continue;
        const target = (await this.resolve(node.source.value, id))?.id;
        if (!target || !provided.has(target)) continue;
        if (node.type === 'ExportAllDeclaration') add(target, '*');
        for (const spec of node.specifiers ?? []) {
          if (spec.type === 'ImportNamespaceSpecifier') add(target, '*');
          else if (spec.type === 'ImportDefaultSpecifier') add(target, 'default');
          else add(target, (node.type === 'ImportDeclaration' ? spec.imported : spec.local)!.name);
        }
        // imported for its effects only: kept in its provider, nothing exposed
        if (node.type === 'ImportDeclaration' && !node.specifiers?.length && !needs.has(target))
          needs.set(target, new Set());
      }
      return null;
    },
  };
}
interface Statement {
  type: string;
  source?: { value: string } | null;
  specifiers?: { type: string; imported?: { name: string }; local?: { name: string } }[];
}

/** The script's text: a factory defined once, run at once only when `run` (core.js, which the page needs first). */
export function asFactory(name: string, code: string, run: boolean): string {
  const returns = new RegExp(`^var ${name}\\b`, 'm').test(code) ? `\nreturn ${name};` : '';
  return (
    `(function (scope) {\nvar factory = function () {\n${code}${returns}\n};\n` +
    `(scope.XxgkFactories || (scope.XxgkFactories = {})).${name} = factory;\n` +
    (run ? `scope.${name} = factory();\n` : '') +
    `})(self);\n`
  );
}

/** Builds one script as an IIFE defining `name`, returning its code and the modules it holds. */
export async function buildIife(
  base: InlineConfig,
  name: string,
  entry: string,
  provided: Provided,
  plugins: Plugin[] = [],
): Promise<{ code: string; modules: string[] }> {
  const shared = fromProviders(provided);
  const out = await build({
    ...base,
    configFile: false,
    logLevel: 'warn',
    plugins: [...(base.plugins ?? []), ...plugins, requiresFromProviders(provided)],
    build: {
      ...base.build,
      write: false,
      copyPublicDir: false,
      emptyOutDir: false,
      chunkSizeWarningLimit: 5000,
      lib: { entry, name, formats: ['iife'], fileName: () => `${name}.js` },
      rollupOptions: { external: shared.external, output: { globals: shared.globals } },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as {
    output: { type: string; code?: string; moduleIds?: string[] }[];
  }[];
  const chunk = outputs[0].output.find((o) => o.type === 'chunk')!;
  if (chunk.code!.includes(ROOT)) throw new Error(`${name}: the built script names a path of this machine`);
  return { code: chunk.code!, modules: (chunk.moduleIds ?? []).filter((m) => !m.startsWith('\0')) };
}

/**
 * Builds a provider exposing what the other scripts take of its modules (`needs`). `modules`: what it holds
 * (learnt by `heldModules`). `entry` null: core.js.
 */
export async function buildProvider(
  base: InlineConfig,
  name: string,
  entry: string | null,
  from: Provided,
  modules: string[],
  needs: Needs,
): Promise<{ code: string; modules: string[] }> {
  const { code, modules: built } = await buildIife(base, name, ENTRY, from, [providerEntry(entry, modules, needs)]);
  const hidden = built.filter((m) => m !== ENTRY && !modules.includes(m));
  if (hidden.length) throw new Error(`${name} holds modules it does not expose: ${hidden.join(', ')}`);
  return { code, modules };
}

/**
 * The modules bundled into more than one script, each with the scripts that hold it: what the build refuses.
 * Not counted: the page's own components in a view, which renders with its own copy of a few small ones (the
 * page's script is no provider), and the runtime helpers every bundle has.
 */
export function builtTwice(held: Map<string, string[]>): string[] {
  const holders = new Map<string, string[]>();
  for (const [script, modules] of held)
    for (const m of modules) {
      if (m.startsWith('\0') || m.includes('?') || m === ENTRY) continue;
      if (relative(ROOT, m).replace(/\\/g, '/').startsWith('src/ui/')) continue;
      holders.set(m, [...(holders.get(m) ?? []), script]);
    }
  return [...holders]
    .filter(([, scripts]) => scripts.length > 1)
    .map(([m, scripts]) => `${relative(ROOT, m)}: ${scripts.join(', ')}`);
}

/** The modules a provider holds: its entry's graph, or the given modules with all they import (core.js). */
export async function heldModules(
  base: InlineConfig,
  name: string,
  entry: string | null,
  from: Provided,
  given: string[] = [],
  plugins: Plugin[] = [],
): Promise<string[]> {
  const built = entry
    ? await buildIife(base, name, entry, from, plugins)
    : await buildIife(base, name, ENTRY, from, [providerEntry(null, given, null), ...plugins]);
  return built.modules.filter((m) => m !== ENTRY);
}
