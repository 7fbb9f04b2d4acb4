// The batch review's heavy parts on the dev server: plain dynamic imports (the built bundle uses loaders.build.ts).
export const loadPdfReader = () => import('../../import/pdf/browser');
export const loadXlsxWriter = () => import('../../batch/xlsx');
export const loadBatchView = () => import('./BatchRoot');
