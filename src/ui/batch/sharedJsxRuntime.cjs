/* global module */
// In the views' own scripts, `react/jsx-runtime` is the page's (see sharedReact.cjs).
module.exports = globalThis.XxgkShared.jsxRuntime;
