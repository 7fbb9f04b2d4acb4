// The import readers on the dev server: a plain dynamic import (the built bundle uses loader.build.ts).
export const loadImporter = () => import('../../import/index');
export const loadImportView = () => import('./ImportRoot');
