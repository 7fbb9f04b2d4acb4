// Bytes of a text or web page file to a string, in the encoding the file really has. Old government sites save
// pages as GBK/GB2312 (their <meta charset> says so), and Notepad on a Chinese Windows saves GBK unless it
// writes a BOM: such files must never be shown as mojibake.

function hasPrefix(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-8 with or without BOM, UTF-16 with BOM; else GBK (gb18030, its superset), the only other encoding in use. */
export function decodeText(bytes: Uint8Array, declared?: string | null): string {
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (hasPrefix(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (hasPrefix(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (declared) {
    const label = declared.trim().toLowerCase();
    try {
      // gb2312 and gbk are decoded as gb18030, which holds both (as browsers do)
      return new TextDecoder(/^(gb2312|gbk|gb18030|x-gbk)$/.test(label) ? 'gb18030' : label).decode(bytes);
    } catch {
      // an unknown label: guess as for an undeclared file
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** The charset a web page declares in its first bytes (`<meta charset="gbk">` or the http-equiv form). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1] : null;
}
