// The only APIs beyond the floor (Chromium 78, package.json "browserslist") that the app or its libraries call,
// each as its own core-js module — not the whole library. Imported first by main.tsx, so that the exporters,
// which run in the same page, find them too. How they were found: e2e/browser-floor.spec.ts scans the built
// bundles, and the journey runs in a real Chromium 78 (e2e-legacy/).
import 'core-js/modules/es.string.replace-all.js'; // pdfkit (the font's PostScript name): Chromium 85
