// Test helpers: a tagged PDF's structure tree, read two ways — by walking the StructTreeRoot's objects in the
// file (pdfkit writes them uncompressed), and as poppler's `pdfinfo -struct-text` prints it, in reading order.
import { execFileSync } from 'node:child_process';

export interface StructNode {
  type: string;
  /** The /A dictionary's entries (`ColSpan` → `3`, `Scope` → `/Column`). */
  attributes: Record<string, string>;
  children: StructNode[];
  /** pdfinfo -struct-text only: the element's own text. */
  text: string;
}

const entries = (dict: string) =>
  Object.fromEntries([...dict.matchAll(/\/(\w+) (\/?[\w.]+)/g)].map((m) => [m[1], m[2]]));

/** Walks the StructTreeRoot of a PDF's objects (no object streams: pdfkit's output). */
export function readStructTree(bytes: Uint8Array): StructNode {
  const text = new TextDecoder('latin1').decode(bytes);
  const objects = new Map<string, string>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g))
    if (!m[2].includes('stream')) objects.set(m[1], m[2]);
  const rootRef = /\/StructTreeRoot (\d+) 0 R/.exec(text);
  if (!rootRef) throw new Error('no StructTreeRoot: the PDF is not tagged');
  const node = (id: string): StructNode => {
    const dict = objects.get(id)!;
    const kids = /\/K \[([^\]]*)\]/.exec(dict)?.[1] ?? /\/K (\d+ 0 R)/.exec(dict)?.[1] ?? '';
    // marked-content references (<< /Type /MCR … >>) and MCIDs are content, `n 0 R` are child elements
    const refs = [...kids.replace(/<<[^>]*>>/g, '').matchAll(/(\d+) 0 R/g)].map((m) => m[1]);
    return {
      type: /\/S \/(\w+)/.exec(dict)?.[1] ?? 'StructTreeRoot',
      attributes: entries(/\/A <<([^>]*)>>/.exec(dict)?.[1] ?? ''),
      children: refs.map(node),
      text: '',
    };
  };
  return node(rootRef[1]);
}

/** `pdfinfo -struct-text`: the tree poppler reads, each element with its text; null when poppler is absent. */
export function pdfinfoStruct(path: string): StructNode | null {
  let out: string;
  try {
    out = execFileSync('pdfinfo', ['-struct-text', path], { encoding: 'utf8' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  const root: StructNode = { type: 'StructTreeRoot', attributes: {}, children: [], text: '' };
  const stack: { indent: number; node: StructNode }[] = [{ indent: -2, node: root }];
  for (const line of out.split('\n')) {
    const indent = line.length - line.trimStart().length;
    const body = line.trim();
    if (!body) continue;
    while (stack.length > 1 && stack[stack.length - 1].indent >= indent) stack.pop();
    const parent = stack[stack.length - 1].node;
    if (body.startsWith('"')) parent.text += body.slice(1, -1);
    else if (body.startsWith('/')) Object.assign(parent.attributes, entries(body));
    else {
      const node: StructNode = { type: /^(\w+)/.exec(body)![1], attributes: {}, children: [], text: '' };
      parent.children.push(node);
      stack.push({ indent, node });
    }
  }
  return root;
}

/** Every element of a tree, depth first (document order). */
export const allNodes = (node: StructNode): StructNode[] => [node, ...node.children.flatMap(allNodes)];

/** How many elements of each type. */
export function countTypes(node: StructNode): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const n of allNodes(node)) counts[n.type] = (counts[n.type] ?? 0) + 1;
  return counts;
}
