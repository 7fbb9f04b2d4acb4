// Where the docs pictures go (docs/, beside the README that shows them), and the check every picture passes once
// drawn: a PNG of some size, not an empty or failed capture.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const DOCS = resolve(import.meta.dirname, '../../docs');

/** The path of docs/{name}.png. */
export const picture = (name: string) => resolve(DOCS, `${name}.png`);

/** Throws unless docs/{name}.png is a PNG of more than `minBytes` bytes. */
export function checkPicture(name: string, minBytes = 10_000): void {
  const png = readFileSync(picture(name));
  if (png.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error(`docs/${name}.png is not a PNG`);
  if (png.length <= minBytes) throw new Error(`docs/${name}.png has ${png.length} bytes: nothing drawn?`);
}
