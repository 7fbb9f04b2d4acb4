// The report as clean HTML for a government website's CMS: what its editor keeps when pasted (semantic tags,
// rowspan/colspan, inline styles for borders and alignment) and nothing of the app (no classes, no page markers).
// Pure: from the same DocumentModel as the preview, DOCX and PDF.
import { withRowSpans, type Block, type DocTable, type DocumentModel } from '../document/blocks';
import { figureHeaders, gridCells, type GridCell } from '../document/tableHeaders';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = {
  title: 'text-align:center;font-size:22px;font-weight:bold;line-height:1.5;',
  heading1: 'font-size:18px;font-weight:bold;line-height:1.6;margin:1em 0 0.5em;',
  paragraph: 'text-indent:2em;line-height:1.8;margin:0.5em 0;',
  closing: 'text-align:right;line-height:1.8;margin:0.3em 0;',
  // a phone shows a wide table by scrolling it sideways, not by squeezing it
  scroll: 'overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%;',
  table: 'border-collapse:collapse;border:1px solid #000;margin:0 auto;min-width:600px;font-size:14px;',
  caption: 'caption-side:top;text-align:left;padding:0;',
  header: 'border:1px solid #000;padding:4px 6px;text-align:center;vertical-align:middle;font-weight:bold;',
  label: 'border:1px solid #000;padding:4px 6px;text-align:left;vertical-align:middle;font-weight:normal;',
  number: 'border:1px solid #000;padding:4px 6px;text-align:center;vertical-align:middle;',
};

/** A header cell's id, unique on the page: `requests-5-3` (table, row, grid column). */
const cellId = (table: DocTable, c: GridCell) => `${table.key}-${c.row}-${c.col}`;

/**
 * A cell: header cells name columns, label cells name rows (`scope`), and each figure lists by id exactly the
 * header cells that name it (`headers`, WCAG H43): with headers merged over several levels, scope alone leaves
 * a screen reader guessing.
 */
function cellHtml(table: DocTable, c: GridCell, headers: GridCell[] | undefined): string {
  const { cell, rowSpan } = c;
  const spans = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${rowSpan > 1 ? ` rowspan="${rowSpan}"` : ''}`;
  const text = escape(cell.text);
  if (cell.kind === 'number') {
    const ids = headers?.length ? ` headers="${headers.map((h) => cellId(table, h)).join(' ')}"` : '';
    return `<td${spans} style="${STYLE.number}"${ids}>${text}</td>`;
  }
  const scope = cell.kind === 'header' ? (cell.colSpan > 1 ? 'colgroup' : 'col') : rowSpan > 1 ? 'rowgroup' : 'row';
  return `<th${spans} scope="${scope}" id="${cellId(table, c)}" style="${STYLE[cell.kind]}">${text}</th>`;
}

/** A table of the format; its section heading is its caption (an h2 inside it, so it stays in the outline). */
function tableHtml(table: DocTable): string {
  const grid = gridCells(table);
  const headers = figureHeaders(table, grid);
  const rows = grid.map((row) => `<tr>${row.map((c) => cellHtml(table, c, headers.get(c))).join('')}</tr>`);
  const head = rows.slice(0, table.headerRows).join('\n');
  const body = rows.slice(table.headerRows).join('\n');
  return [
    // a box that scrolls must be reachable by keyboard to scroll it (axe scrollable-region-focusable), named as its table
    `<div role="region" aria-label="${escape(table.caption)}" tabindex="0" style="${STYLE.scroll}">`,
    `<table style="${STYLE.table}">`,
    `<caption style="${STYLE.caption}"><h2 style="${STYLE.heading1}">${escape(table.caption)}</h2></caption>`,
    head && `<thead>\n${head}\n</thead>`,
    `<tbody>\n${body}\n</tbody>`,
    '</table>',
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `<h1 style="${STYLE.title}">${escape(block.text)}</h1>`;
    case 'heading1':
      return `<h2 style="${STYLE.heading1}">${escape(block.text)}</h2>`;
    case 'heading2':
      return `<p style="${STYLE.paragraph}"><strong>${escape(block.heading)}</strong>${escape(block.text)}</p>`;
    case 'paragraph':
      return `<p style="${STYLE.paragraph}">${escape(block.text)}</p>`;
    case 'closing':
      return block.lines.map((line) => `<p style="${STYLE.closing}">${escape(line)}</p>`).join('\n');
    case 'table':
      return ''; // with its heading, below
  }
}

/** The report's body as HTML: what 复制网页版 puts on the clipboard. */
export function renderHtmlFragment(model: DocumentModel): string {
  const out: string[] = [];
  model.blocks.forEach((block, i) => {
    const next = model.blocks[i + 1];
    // a table section's heading becomes the table's caption
    if (block.kind === 'heading1' && next?.kind === 'table') return;
    out.push(block.kind === 'table' ? tableHtml(block) : blockHtml(block));
  });
  return out.join('\n');
}

/** A standalone page (导出网页): UTF-8, zh-CN, sized for a phone. */
export function renderHtmlPage(model: DocumentModel): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(model.title)}</title>`,
    '</head>',
    '<body style="max-width:900px;margin:0 auto;padding:16px;font-family:FangSong,仿宋,\'仿宋_GB2312\',serif;">',
    renderHtmlFragment(model),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The same as plain text, for an editor that takes no HTML: paragraphs as lines, tables as tab-separated rows. */
export function renderPlainText(model: DocumentModel): string {
  const lines: string[] = [];
  for (const block of model.blocks) {
    if (block.kind === 'table')
      for (const row of withRowSpans(block)) lines.push(row.map(({ cell }) => cell.text).join('\t'));
    else if (block.kind === 'heading2') lines.push(block.heading + block.text);
    else if (block.kind === 'closing') lines.push(...block.lines);
    else lines.push(block.text);
  }
  return lines.join('\n') + '\n';
}
