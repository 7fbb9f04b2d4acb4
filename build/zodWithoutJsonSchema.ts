// zod 4's classic schemas carry `.toJSONSchema()`, so `import { z } from 'zod'` bundles its JSON Schema
// converter (core/to-json-schema.js, core/json-schema-processors.js: ~16 KB minified, ~4.5 KB gzip) into the
// first screen, though the app never converts a schema. They are referenced only inside methods that run on a
// call; this plugin builds them as modules with the same exports, each of which says it was left out.
import type { Plugin } from 'vite';

const LEFT_OUT = /zod\/v4\/core\/(to-json-schema|json-schema-processors)\.js$/;

/** The names a module exports: `export function|const|class NAME` and `export { a as b, c }`. */
export function exportedNames(code: string): string[] {
  const declared = [...code.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([\w$]+)/gm)].map(
    (m) => m[1],
  );
  const listed = [...code.matchAll(/^export\s*\{([^}]*)\}/gm)].flatMap((m) =>
    m[1]
      .split(',')
      .map((part) =>
        part
          .trim()
          .split(/\s+as\s+/)
          .pop()!,
      )
      .filter(Boolean),
  );
  return [...new Set([...declared, ...listed])];
}

export function zodWithoutJsonSchema(): Plugin {
  return {
    name: 'zod-without-json-schema',
    apply: 'build',
    transform(code, id) {
      if (!LEFT_OUT.test(id.replace(/\\/g, '/'))) return null;
      const stub =
        'const leftOut = () => { throw new Error("zod JSON Schema conversion is not part of this build"); };\n';
      return {
        code:
          stub +
          exportedNames(code)
            .map((name) => `export { leftOut as ${name} };`)
            .join('\n'),
        map: null,
      };
    },
  };
}
