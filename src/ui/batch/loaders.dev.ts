// The batch review's heavy parts on the dev server: plain dynamic imports (the built bundle uses loaders.build.ts).
export const loadPdfReader = () => import('../../import/pdf/browser');
/** No reader thread on the dev server (its source is made by the build): the batch reads on the page there. */
export const loadBatchWorkerSource = (): Promise<string | null> => Promise.resolve(null);
export const loadXlsxWriter = () => import('../../batch/xlsx');
export const loadBatchView = () => import('./BatchRoot');
