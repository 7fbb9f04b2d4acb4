/* global module */
// In the batch view's own script, `react` is the page's React (set by LazyBatchView.tsx): one React, one
// set of hooks. CommonJS, so that libraries that require('react') get it too.
module.exports = globalThis.XxgkShared.React;
