// A web page as a portal publishes it (saved as .html, or copied from the browser): its <table>s read as tables
// — rows, rowspan, colspan, empty cells — and the rest as paragraphs in reading order.
import { declaredCharset, decodeText } from './decode';
import { browserParser, elementChildren, type ParseDom } from './dom';
import { plainLine } from './normalize';
import type { SourceBlock, SourceCell, SourceDocument } from './types';
import { checkMarkup } from './zip';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK']);
const INLINE = new Set([
  'A',
  'SPAN',
  'B',
  'STRONG',
  'I',
  'EM',
  'U',
  'FONT',
  'SUB',
  'SUP',
  'SMALL',
  'BIG',
  'LABEL',
  'O:P',
  'CODE',
  'S',
  'STRIKE',
  'INS',
  'DEL',
  'MARK',
]);

const span = (el: Element, name: string) => {
  const n = parseInt(el.getAttribute(name) ?? '1', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 100) : 1;
};

function readTable(table: Element): SourceBlock {
  const rows: SourceCell[][] = [];
  const visit = (el: Element) => {
    for (const child of elementChildren(el)) {
      const tag = child.tagName.toUpperCase();
      if (tag === 'TR') {
        rows.push(
          elementChildren(child)
            .filter((c) => /^(TD|TH)$/i.test(c.tagName))
            .map((c) => ({ text: cellText(c), colSpan: span(c, 'colspan'), rowSpan: span(c, 'rowspan') })),
        );
      } else if (tag !== 'TABLE') visit(child); // thead, tbody, tfoot; a nested table is not a row of this one
    }
  };
  visit(table);
  return { kind: 'table', rows };
}

/** A cell's text: its paragraphs and line breaks joined (a label broken over lines is one label). */
function cellText(cell: Element): string {
  return plainLine((cell.textContent ?? '').replace(/\s+/g, ' '));
}

function readBlocks(root: Element): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let line = '';
  const flush = () => {
    const text = plainLine(line.replace(/[ \t\r\n]+/g, ' '));
    if (text) blocks.push({ kind: 'paragraph', text });
    line = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') return flush();
    if (tag === 'TABLE') {
      flush();
      // a table's caption is the heading above it (`<caption><h2>二、主动公开政府信息情况</h2></caption>`)
      for (const caption of elementChildren(el).filter((c) => c.tagName.toUpperCase() === 'CAPTION'))
        blocks.push(...readBlocks(caption));
      blocks.push(readTable(el));
      return;
    }
    const inline = INLINE.has(tag);
    if (!inline) flush();
    node.childNodes.forEach(visit);
    if (!inline) flush();
  };
  visit(root);
  flush();
  return blocks;
}

export function readHtmlString(
  html: string,
  parse: ParseDom = browserParser,
  source: SourceDocument['source'] = 'html',
): SourceDocument {
  checkMarkup(html, '这个网页', undefined, true);
  // a copied fragment has no <body>: give it one, so that every parser reads it the same
  const doc = parse(/<body[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
  const root = doc.body ?? doc.documentElement;
  return { source, blocks: root ? readBlocks(root) : [] };
}

export function readHtmlFile(bytes: Uint8Array, parse: ParseDom = browserParser): SourceDocument {
  return readHtmlString(decodeText(bytes, declaredCharset(bytes)), parse);
}
