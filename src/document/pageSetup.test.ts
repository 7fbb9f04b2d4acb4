// The caption rows' shade is written once (CAPTION_SHADE): the DOCX and PDF writers import it, the preview's CSS
// reads it from the custom property the preview sets on each table.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAPTION_SHADE } from './pageSetup';

const SRC = resolve(import.meta.dirname, '..');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : /\.(tsx?|css)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );

describe('CAPTION_SHADE', () => {
  it('is written in pageSetup.ts only', () => {
    const hex = CAPTION_SHADE.slice(1).toLowerCase();
    const holding = sources(SRC).filter((f) => readFileSync(f, 'utf8').toLowerCase().includes(hex));
    expect(holding.map((f) => relative(SRC, f))).toEqual(['document/pageSetup.ts']);
  });

  it('reaches the preview through --caption-shade', () => {
    const css = readFileSync(join(SRC, 'ui/styles.css'), 'utf8');
    expect(css).toMatch(/\.doc-table tr\.doc-caption td \{\s*background: var\(--caption-shade\);/);
    const preview = readFileSync(join(SRC, 'ui/export/DocumentPreview.tsx'), 'utf8');
    expect(preview).toContain("{ '--caption-shade': CAPTION_SHADE }");
  });
});
