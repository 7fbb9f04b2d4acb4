import { describe, expect, it } from 'vitest';
import { buildTargets } from './browserTargets';

describe('build targets from the browser list', () => {
  it('the project list (package.json browserslist) is the floor Chromium 78', () => {
    expect(buildTargets()).toEqual(['chrome78']);
  });

  it('takes the oldest version of each browser named', () => {
    expect(buildTargets(['chrome >= 86', 'edge >= 90'])).toEqual(['chrome86', 'edge90']);
  });

  it('refuses a browser the build tool cannot target, rather than building for nothing', () => {
    expect(() => buildTargets(['ie 11'])).toThrow(/ie has no build target/);
  });
});
