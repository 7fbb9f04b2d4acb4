// Test helper: is a part of a DOCX well-formed XML 1.0? Word and LibreOffice refuse a file with one part that
// is not, so every DOCX the tests export goes through this (test/docxXml.ts readDocx). Small and strict:
// characters XML forbids, tags that do not nest, attributes, entity and character references, one root.

const FORBIDDEN_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/; // eslint-disable-line no-control-regex
const NAME = '[A-Za-z_:][-A-Za-z0-9_:.]*';
const ATTRIBUTE = new RegExp(`\\s+(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'y');
const REFERENCE = /&(?:lt|gt|amp|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/y;

function allowedCodePoint(n: number): boolean {
  return (
    n === 0x9 ||
    n === 0xa ||
    n === 0xd ||
    (n >= 0x20 && n <= 0xd7ff) ||
    (n >= 0xe000 && n <= 0xfffd) ||
    (n >= 0x10000 && n <= 0x10ffff)
  );
}

/** Where `text` (character data or an attribute value) has an `&` that starts no valid reference; -1 if none. */
function badReference(text: string): number {
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    REFERENCE.lastIndex = i;
    const m = REFERENCE.exec(text);
    if (!m) return i;
    const code = m[1] ? Number(m[1]) : m[2] ? parseInt(m[2], 16) : 0x20;
    if (!allowedCodePoint(code)) return i;
  }
  return -1;
}

/** The first reason the text is not well-formed XML, or null. */
export function xmlProblem(xml: string): string | null {
  const forbidden = FORBIDDEN_CHAR.exec(xml);
  if (forbidden)
    return `forbidden character U+${forbidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at ${forbidden.index}`;
  const open: string[] = [];
  let roots = 0;
  let i = 0;
  const text = (end: number) => {
    const chunk = xml.slice(i, end);
    const bad = badReference(chunk);
    if (bad >= 0) return `bad reference at ${i + bad}: ${JSON.stringify(chunk.slice(bad, bad + 12))}`;
    if (chunk.includes(']]>')) return `"]]>" in text at ${i}`;
    if (open.length === 0 && chunk.trim() !== '') return `text outside the root element at ${i}`;
    return null;
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const problem = text(lt < 0 ? xml.length : lt);
    if (problem) return problem;
    if (lt < 0) break;
    i = lt;
    const skip = (start: string, end: string) => {
      if (!xml.startsWith(start, i)) return false;
      const close = xml.indexOf(end, i + start.length);
      i = close < 0 ? -1 : close + end.length;
      return true;
    };
    if (skip('<?', '?>') || skip('<!--', '-->') || skip('<![CDATA[', ']]>')) {
      if (i < 0) return `unterminated markup at ${lt}`;
      continue;
    }
    const end = new RegExp(`</(${NAME})\\s*>`, 'y');
    end.lastIndex = i;
    const closing = end.exec(xml);
    if (closing) {
      if (open.pop() !== closing[1]) return `</${closing[1]}> at ${i} closes nothing open`;
      i = end.lastIndex;
      continue;
    }
    const start = new RegExp(`<(${NAME})`, 'y');
    start.lastIndex = i;
    const tag = start.exec(xml);
    if (!tag) return `"<" that starts no tag at ${i}`;
    if (open.length === 0 && ++roots > 1) return `a second root element at ${i}`;
    i = start.lastIndex;
    const names = new Set<string>();
    for (;;) {
      ATTRIBUTE.lastIndex = i;
      const attribute = ATTRIBUTE.exec(xml);
      if (!attribute) break;
      if (names.has(attribute[1])) return `attribute ${attribute[1]} twice at ${i}`;
      names.add(attribute[1]);
      const bad = badReference(attribute[2] ?? attribute[3]);
      if (bad >= 0) return `bad reference in attribute ${attribute[1]} at ${i}`;
      i = ATTRIBUTE.lastIndex;
    }
    const rest = /\s*(\/?)>/y;
    rest.lastIndex = i;
    const close = rest.exec(xml);
    if (!close) return `malformed tag <${tag[1]} at ${lt}`;
    if (!close[1]) open.push(tag[1]);
    i = rest.lastIndex;
  }
  if (open.length > 0) return `<${open[open.length - 1]}> never closed`;
  return roots === 1 ? null : 'no root element';
}
