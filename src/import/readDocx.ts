// A .docx (Word, WPS, or this app's export): word/document.xml, unzipped within the read limits (./zip.ts) and
// parsed with DOMParser.
// Merged cells are followed as Word stores them: `gridSpan` across, `vMerge` restart + continue down.
import { browserParser, elementChildren, type ParseDom } from './dom';
import { plainLine } from './normalize';
import { ImportError, type SourceBlock, type SourceCell, type SourceDocument } from './types';
import { checkMarkup, readZipEntry } from './zip';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** A password-protected .docx is an OLE container holding an `EncryptedPackage` stream (its name in UTF-16). */
function isEncrypted(bytes: Uint8Array): boolean {
  const name = 'EncryptedPackage';
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    for (let j = 0; j < name.length; j++)
      if (bytes[i + j * 2] !== name.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

function documentXml(bytes: Uint8Array): string {
  if (startsWith(bytes, OLE)) {
    if (isEncrypted(bytes))
      throw new ImportError('这个Word文档设有密码（已加密），无法读取：请在Word或WPS中取消密码后另存，再导入');
    throw new ImportError('这是旧版Word文档（.doc），无法直接读取：请在Word或WPS中“另存为”.docx后再导入');
  }
  if (!startsWith(bytes, ZIP)) throw new ImportError('这个文件不是Word文档（.docx），无法读取');
  const xml = readZipEntry(bytes, 'word/document.xml');
  if (!xml) throw new ImportError('这个文件不是Word文档（缺少正文 word/document.xml），无法读取');
  const text = new TextDecoder('utf-8').decode(xml);
  checkMarkup(text, '这个Word文档的正文');
  return text;
}

const tag = (el: Element) => el.nodeName;
const child = (el: Element | undefined, name: string) =>
  el ? elementChildren(el).find((c) => tag(c) === name) : undefined;
const val = (el: Element | undefined) => el?.getAttribute('w:val') ?? null;

/** A paragraph's lines: its text runs, tabs as tabs, line breaks splitting lines. Deleted (tracked) text is left out. */
function paragraphLines(p: Element): string[] {
  let text = '';
  const visit = (el: Element) => {
    for (const c of elementChildren(el)) {
      switch (tag(c)) {
        case 'w:t':
          text += c.textContent ?? '';
          break;
        case 'w:tab':
          text += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          text += '\n';
          break;
        case 'w:del':
        case 'w:instrText':
        case 'w:pPr':
        case 'w:rPr':
          break;
        default:
          visit(c);
      }
    }
  };
  visit(p);
  return text.split('\n');
}

function readTable(tbl: Element): SourceBlock {
  const rows: SourceCell[][] = [];
  /** The cell a vertical merge started in, per grid column. */
  const openMerge = new Map<number, SourceCell>();
  for (const tr of elementChildren(tbl).filter((e) => tag(e) === 'w:tr')) {
    const row: SourceCell[] = [];
    let col = Number(val(child(child(tr, 'w:trPr'), 'w:gridBefore')) ?? 0) || 0;
    for (const tc of elementChildren(tr).filter((e) => tag(e) === 'w:tc')) {
      const pr = child(tc, 'w:tcPr');
      const colSpan = Math.max(1, Number(val(child(pr, 'w:gridSpan')) ?? 1) || 1);
      const vMerge = child(pr, 'w:vMerge');
      const started = openMerge.get(col);
      if (vMerge && val(vMerge) !== 'restart' && started) {
        started.rowSpan += 1; // a continuation: the cell above covers it
      } else {
        const text = plainLine(
          elementChildren(tc)
            .filter((e) => tag(e) === 'w:p')
            .flatMap(paragraphLines)
            .join(' ')
            .replace(/\s+/g, ' '),
        );
        const cell: SourceCell = { text, colSpan, rowSpan: 1 };
        row.push(cell);
        if (vMerge) openMerge.set(col, cell);
        else openMerge.delete(col);
      }
      col += colSpan;
    }
    rows.push(row);
  }
  return { kind: 'table', rows };
}

function readBody(el: Element, blocks: SourceBlock[]) {
  for (const c of elementChildren(el)) {
    if (tag(c) === 'w:p') {
      for (const line of paragraphLines(c))
        if (plainLine(line)) blocks.push({ kind: 'paragraph', text: plainLine(line) });
    } else if (tag(c) === 'w:tbl') blocks.push(readTable(c));
    else if (tag(c) !== 'w:sectPr') readBody(c, blocks); // content controls (w:sdt) and the like hold paragraphs too
  }
}

export function readDocxFile(bytes: Uint8Array, parse: ParseDom = browserParser): SourceDocument {
  const doc = parse(documentXml(bytes), 'text/xml');
  const body = doc.documentElement ? child(doc.documentElement, 'w:body') : undefined;
  if (!body || doc.getElementsByTagName('parsererror').length)
    throw new ImportError('这个Word文档已损坏（正文无法解析），无法读取：请在Word或WPS中打开并另存后再导入');
  const blocks: SourceBlock[] = [];
  readBody(body, blocks);
  return { source: 'docx', blocks };
}
