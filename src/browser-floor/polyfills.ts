// The only APIs beyond the floor (Chromium 78, package.json "browserslist") that the app's scripts or their
// libraries call, each as its own core-js module — not the whole library. Imported by the script that needs it,
// not by the first screen: pdfkit (export-pdf.js) and the batch view's table (batch-view.js). How they were
// found: e2e/browser-floor.spec.ts scans the built bundles, and the journey runs in a real Chromium 78 (e2e-legacy/).
import 'core-js/modules/es.string.replace-all.js'; // pdfkit (the font's PostScript name), TanStack Table: Chromium 85
