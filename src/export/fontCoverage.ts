// Which characters of the report no face of the PDF has: named before export, so that no glyph goes
// missing silently (a character a font lacks prints as an empty box, with no error). The faces' code
// points come as ranges (`4e00-9fff,…`, hex) written at build time from their cmaps (build/pdfFonts.ts).
import type { DocumentModel } from '../document/blocks';

export type HasCharacter = (codePoint: number) => boolean;

/** Reads `a-b,c,…` (hex) into a lookup by binary search. */
export function parseCoverage(ranges: string): HasCharacter {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const range of ranges.split(',').filter(Boolean)) {
    const [a, b = a] = range.split('-').map((h) => parseInt(h, 16));
    starts.push(a);
    ends.push(b);
  }
  return (cp) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp < starts[mid]) hi = mid - 1;
      else if (cp > ends[mid]) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/** Every text the document prints. */
export function documentText(model: DocumentModel): string {
  return model.blocks
    .map((b) => {
      switch (b.kind) {
        case 'title':
          return b.lines.join('');
        case 'heading2':
          return b.heading + b.text;
        case 'closing':
          return b.lines.join('');
        case 'table':
          return b.rows.map((row) => row.map((c) => c.text).join('')).join('');
        default:
          return b.text;
      }
    })
    .join('');
}

/** The characters (each once, in order of appearance) that no face has; spaces and line ends aside. */
export function missingCharacters(text: string, has: HasCharacter): string[] {
  const missing = new Set<string>();
  for (const ch of text) if (!/\s/.test(ch) && !has(ch.codePointAt(0)!)) missing.add(ch);
  return [...missing];
}

/** What the clerk is told before exporting a PDF with characters no face has. */
export function missingCharactersMessage(chars: string[]): string {
  const shown = chars
    .slice(0, 10)
    .map((c) => `“${c}”`)
    .join('');
  return `字体中没有${shown}${chars.length > 10 ? `等${chars.length}个字` : ''}：导出的PDF中这些字会印成空白。请改用通行写法，或导出DOCX（由Word/WPS用本机字体显示）。`;
}
