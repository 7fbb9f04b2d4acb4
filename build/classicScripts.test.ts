// How the scripts built apart share code (build/classicScripts.ts): what each reads from, the factory text the
// page runs and the reader thread is started from, and the build's refusal of a module bundled twice.
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asFactory, builtTwice, CORE, inCore, requiresFromProviders, withTheirUses } from './classicScripts';

const at = (path: string) => resolve(import.meta.dirname, '..', path);

describe('the scripts built apart', () => {
  it('each reads from every script its uses read from, core.js first, each once', () => {
    const scripts = withTheirUses([
      { name: 'A', entry: 'a.ts', file: 'a.js', uses: [CORE], provides: true },
      { name: 'B', entry: 'b.ts', file: 'b.js', uses: ['A'], provides: true },
      { name: 'C', entry: 'c.ts', file: 'c.js', uses: ['B', 'A'] },
    ]);
    expect(scripts.map((s) => s.uses)).toEqual([[CORE], [CORE, 'A'], [CORE, 'A', 'B']]);
  });

  it('keeps the page-only libraries and the page itself out of core.js, and the views’ shared context in', () => {
    expect(inCore(at('src/template/resolve.ts'))).toBe(true);
    expect(inCore(at('node_modules/zod/v4/core/core.js'))).toBe(true);
    expect(inCore(at('node_modules/react-dom/cjs/react-dom-client.production.js'))).toBe(false);
    expect(inCore(at('src/main.tsx'))).toBe(false);
    expect(inCore(at('src/ui/App.tsx'))).toBe(false);
    expect(inCore(at('src/ui/context.ts'))).toBe(true);
  });

  it('writes a factory the page runs once, and whose own text, run in a thread, gives the same global', () => {
    const code = 'var XxgkDemo = (function (exports) { exports.answer = 42; return exports; })({});';
    const page: Record<string, unknown> = {};
    runInNewContext(asFactory('XxgkDemo', code, false), { self: page });
    const factories = page.XxgkFactories as Record<string, () => { answer: number }>;
    expect(page.XxgkDemo).toBeUndefined(); // defined, not run: the loader runs it after its uses
    expect(factories.XxgkDemo().answer).toBe(42);
    const thread: Record<string, unknown> = {};
    runInNewContext(`self.XxgkDemo = (${String(factories.XxgkDemo)})();`, { self: thread });
    expect((thread.XxgkDemo as { answer: number }).answer).toBe(42);
    // core.js runs at once: the page's own script reads it as it loads
    const core: Record<string, unknown> = {};
    runInNewContext(asFactory('XxgkDemo', code, true), { self: core });
    expect((core.XxgkDemo as { answer: number }).answer).toBe(42);
  });

  it('names every module bundled into two scripts, with the scripts, and none bundled once', () => {
    const held = new Map([
      ['XxgkCore', [at('src/template/resolve.ts'), at('node_modules/zod/v4/core/core.js')]],
      ['XxgkPdf', [at('src/export/pdf.ts'), at('node_modules/zod/v4/core/core.js'), '\0rolldown/runtime.js']],
      ['XxgkBatchView', [at('src/ui/table/LayoutRows.tsx'), '\0rolldown/runtime.js']],
      ['index', [at('src/ui/table/LayoutRows.tsx')]],
    ]);
    expect(builtTwice(held)).toEqual(['node_modules/zod/v4/core/core.js: XxgkCore, XxgkPdf']);
  });

  it('points a CommonJS require() of a provided module at its global, as the bundler writes the path, and stops the build on one no script provides', () => {
    const plugin = requiresFromProviders(
      new Map([[at('node_modules/core-js/internals/export.js'), 'XxgkPolyfills.__m._7']]),
    );
    const render = (code: string) =>
      (plugin.renderChunk as unknown as (this: unknown, code: string) => { code: string } | null).call(
        {
          error: (message: string) => {
            throw new Error(message);
          },
        },
        code,
      );
    expect(render('var e=require("../../node_modules/core-js/internals/export.js");')?.code).toBe(
      'var e=XxgkPolyfills.__m._7.default;',
    );
    expect(render(`var e=require(${JSON.stringify(at('node_modules/core-js/internals/export.js'))});`)?.code).toBe(
      'var e=XxgkPolyfills.__m._7.default;',
    );
    expect(() => render('var f=require("./node_modules/core-js/internals/fails.js");')).toThrow(/no script provides/);
    // a feature test that builds its require() call from a string is no module of the bundle
    expect(render('Function("return require(\\""+e+"\\")")')).toBeNull();
  });
});
