// Stylelint checks one thing: that the app's CSS works at the browser floor (package.json "browserslist",
// Chromium 78), as the JavaScript lint does for scripts. No style rules: prettier owns the formatting.
import stylelint from 'stylelint';

const FLEX_GAP = 'floor/flex-gap-fallback';
/** Where a flex gap's stand-in lives: kernels without the `revert` keyword are those without flex gap (both 84). */
const BELOW_FLEX_GAP = /^not\s*\(\s*color\s*:\s*revert\s*\)$/;

/**
 * Flex `gap` needs Chromium 84: every selector that is a flex container with a gap has, in the same file, a rule
 * `<selector> > …` inside `@supports not (color: revert)` that gives its items the gap as a margin. A selector
 * counts as a flex container when some rule of the file gives it `display: flex`, so a gap set apart from the
 * display (in a rule grouping several containers) is checked too.
 */
const flexGapFallback = stylelint.createPlugin(FLEX_GAP, (enabled) => (root, result) => {
  if (!enabled) return;
  const selectorsOf = (rule) => rule.selectors.map((s) => s.replace(/\s+/g, ' ').trim());
  const inFallback = (node) => {
    for (let p = node.parent; p; p = p.parent)
      if (p.type === 'atrule' && p.name === 'supports' && BELOW_FLEX_GAP.test(p.params.trim())) return true;
    return false;
  };
  const flex = new Set();
  const fallbacks = [];
  const gaps = [];
  root.walkRules((rule) => {
    if (inFallback(rule)) {
      fallbacks.push(...selectorsOf(rule));
      return;
    }
    rule.walkDecls((decl) => {
      if (decl.parent !== rule) return;
      if (decl.prop === 'display' && /^(inline-)?flex$/.test(decl.value)) selectorsOf(rule).forEach((s) => flex.add(s));
      if (/^(row-|column-)?gap$/.test(decl.prop)) gaps.push({ decl, selectors: selectorsOf(rule) });
    });
  });
  for (const { decl, selectors } of gaps)
    for (const s of selectors)
      if (flex.has(s) && !fallbacks.some((f) => f.startsWith(`${s} >`)))
        stylelint.utils.report({
          ruleName: FLEX_GAP,
          result,
          node: decl,
          message: `Flex gap on "${s}" needs Chromium 84: give its items the gap as a margin in a rule "${s} > …" inside @supports not (color: revert) (${FLEX_GAP})`,
        });
});

export default {
  plugins: ['stylelint-no-unsupported-browser-features', flexGapFallback],
  // a disable names its rule and says why it is safe at the floor: `/* stylelint-disable-next-line <rule> -- why */`
  reportDescriptionlessDisables: true,
  reportNeedlessDisables: true,
  reportInvalidScopeDisables: true,
  rules: {
    // caniuse's data through doiuse, for the browsers of package.json "browserslist"
    'plugin/no-unsupported-browser-features': [
      true,
      {
        ignore: [
          // doiuse flags every overflow; at the floor only the value `clip` (Chromium 90) is missing: forbidden below
          'css-overflow',
          // doiuse reads grid's minmax() (Chromium 57) as max(): min(), max() and clamp() (Chromium 79) are
          // forbidden by name below
          'css-math-functions',
          // doiuse sees a flex gap only beside `display: flex` in the same rule: floor/flex-gap-fallback sees all
          'flexbox-gap',
        ],
      },
    ],
    // Beyond the floor and not in doiuse's data (the Chromium version that brought each in brackets)
    'declaration-property-value-disallowed-list': {
      '/^overflow(-x|-y)?$/': ['/\\bclip\\b/'], // 90
      'overflow-wrap': ['anywhere'], // 80
    },
    'property-disallowed-list': [
      'overflow-clip-margin', // 90
      'aspect-ratio', // 88
      'contain-intrinsic-size', // 83
      'text-underline-offset', // 87
      'accent-color', // 93
      'scrollbar-gutter', // 94
      'translate', // 104, and rotate, scale
      'rotate',
      'scale',
      'text-wrap', // 114
    ],
    'function-disallowed-list': ['min', 'max', 'clamp'], // 79
    'at-rule-disallowed-list': ['property'], // 85
    [FLEX_GAP]: true,
  },
};
