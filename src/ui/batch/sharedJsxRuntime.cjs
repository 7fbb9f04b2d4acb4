/* global module */
// In the batch view's own script, `react/jsx-runtime` is the page's (see sharedReact.cjs).
module.exports = globalThis.XxgkShared.jsxRuntime;
