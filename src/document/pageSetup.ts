// The page and type of the exported report, after GB/T 9704-2012 《党政机关公文格式》 as far as it applies to a report.
// Shared by the DOCX and PDF writers.

export const MM_TO_TWIP = 1440 / 25.4;
export const twip = (mm: number) => Math.round(mm * MM_TO_TWIP);

export const PAGE = { widthMm: 210, heightMm: 297, topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26 } as const;
export const TEXT_WIDTH_MM = PAGE.widthMm - PAGE.leftMm - PAGE.rightMm; // 156

export const FONTS = {
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  body: '仿宋_GB2312',
  table: '宋体',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

/** Sizes in points. */
export const SIZES = { title: 22, heading: 16, body: 16, table: 10.5, pageNumber: 14, draftMark: 14 } as const;

/** Fixed line spacing of the body, in points (22 lines a page). */
export const BODY_LINE_PT = 28.5;

export const DRAFT_MARK = '草稿';

/**
 * The shade of table 二's `第二十条第（X）项` caption rows, as the official template draws them: the DOCX, the PDF and
 * the preview (as the CSS custom property `--caption-shade`) take it from here.
 */
export const CAPTION_SHADE = '#C6D9F1';

/** Table cell padding, in twips: left/right and top/bottom. */
export const CELL_PADDING_TWIP = { x: 60, y: 30 } as const;

export const PT_PER_MM = 72 / 25.4;
export const TEXT_WIDTH_PT = TEXT_WIDTH_MM * PT_PER_MM;
export const TEXT_HEIGHT_PT = (PAGE.heightMm - PAGE.topMm - PAGE.bottomMm) * PT_PER_MM;

/** How many full-width characters of the title (22 pt) fit on a line of the text block. */
export const TITLE_EMS = Math.floor(TEXT_WIDTH_PT / SIZES.title);
