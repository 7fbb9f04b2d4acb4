/* global module */
// In the views' own scripts, `react` is the page's React (set by src/ui/shareReact.ts): one React, one
// set of hooks. CommonJS, so that libraries that require('react') get it too.
module.exports = globalThis.XxgkShared.React;
