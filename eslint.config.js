import js from '@eslint/js';
import compat from 'eslint-plugin-compat';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The browser floor (package.json "browserslist": Chromium 78): any API of the app's code that a browser
    // of the list lacks is an error, unless it is polyfilled (src/browser-floor/polyfills.ts, listed below).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.ts'],
    plugins: { compat },
    settings: { lintAllEsApis: true },
    rules: {
      'compat/compat': 'error',
      // compat sees instance methods only on literals ([].at(-1)); these calls are beyond the floor on any object.
      'no-restricted-syntax': [
        'error',
        ...[
          ['at', 92],
          ['findLast', 97],
          ['findLastIndex', 97],
          ['toSorted', 110],
          ['toReversed', 110],
          ['toSpliced', 110],
        ].map(([method, chrome]) => ({
          selector: `CallExpression > MemberExpression.callee[property.name="${method}"]`,
          message: `.${method}() needs Chromium ${chrome}; the floor is Chromium 78 (package.json browserslist)`,
        })),
      ],
    },
  },
  {
    // The old-kernel journey: Node scripts, with page functions that run in the browser.
    files: ['e2e-legacy/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // The browser guard runs first in every browser, IE included: plain ES5, a classic script.
    files: ['public/browser-guard.js'],
    languageOptions: {
      ecmaVersion: 5,
      sourceType: 'script',
      globals: { window: 'readonly', document: 'readonly', navigator: 'readonly' },
    },
  },
  {
    // The pure core never touches React or the UI: it is tested in Node and runs in the batch's reader thread,
    // which has neither React nor a DOM.
    files: ['src/{template,report,checks,grid,document,draft,import}/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'react-*', '**/ui/*'] }],
    },
  },
);
