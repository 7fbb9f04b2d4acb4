// The checks of the prose on the dev server: a plain dynamic import (the built bundle uses loader.build.ts).
export const loadProse = () => import('./index');
