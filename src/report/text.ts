// Text a clerk types, pastes or opens: the characters a document may hold, and the lengths the reader accepts.
// The same rules run on entry (every text field) and on reading a draft, so nothing is stored that the
// reader would refuse or that would make the exported DOCX unreadable.

/**
 * Characters XML 1.0 forbids (§2.2): C0 controls except tab, LF and CR; U+FFFE, U+FFFF; surrogates that are
 * not part of a pair. A DOCX holding one is not well-formed, and Word and LibreOffice refuse to open it.
 */
export const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface ForbiddenRemoved {
  text: string;
  /** How many characters were removed. */
  removed: number;
}

/** The text without the characters XML forbids, and how many there were (the clerk is told). */
export function removeForbidden(raw: string): ForbiddenRemoved {
  const text = raw.replace(XML_FORBIDDEN, '');
  return { text, removed: raw.length - text.length };
}

export const withoutForbidden = (raw: string): string => removeForbidden(raw).text;

/** What the clerk is told when characters were removed. */
export const removedMessage = (removed: number) => `已删除${removed}个无法写入文档的控制字符（多来自复制粘贴）`;

/**
 * Longest texts a report may hold: far beyond any real report, short of a file meant to hang the app.
 * Lengths count UTF-16 units, as the reader does (an emoji counts 2).
 */
export const TEXT_LIMITS = { name: 200, heading: 200, section: 50_000, comment: 5_000, report: 1_500_000 } as const;
// `report`: all texts together. Each field within its own limit could still add up past the draft file's
// 5 MB (53 texts of 50,000 characters at 3 bytes each is 7.6 MB): at most 3 bytes a unit in the file,
// 1.5 million units stay under 4.5 MB, leaving room for the tables and the remarks' fields.
/** Most subsections of 一、总体情况, and most remarks and replies in a report. */
const SUBSECTIONS = 50;
/** `keptTexts`: one place per text of last year's report (the preface, and each section's opening and subsections). */
export const LIST_LIMITS = { subsections: SUBSECTIONS, comments: 2000, keptTexts: 1 + 3 * (1 + SUBSECTIONS) } as const;

/** The counter appears from this share of the limit on, so that it is there before the refusal. */
const COUNTER_FROM = 0.8;

export type TextEntry =
  /** Stored: the text without forbidden characters; `note` says what was removed, if anything. */
  | { ok: true; text: string; note: string | null; counter: string | null }
  /** Refused: the text stays where the clerk sees it, and nothing is stored. */
  | { ok: false; message: string };

/** `180/200字` once a text nears its limit; nothing before. */
export const textCounter = (length: number, limit: number) =>
  length >= limit * COUNTER_FROM ? `${length}/${limit}字` : null;

/** Why a text past its limit is refused: the one wording for every text input and form (./formSchemas.ts). */
export const tooLongMessage = (limit: number, length: number) =>
  `最多${limit}字，现有${length}字：超出的内容没有保存，请删减${length - limit}字（可剪切后粘贴到别处）`;

/**
 * One typed or pasted value of a text field with a limit. Past the limit it is refused, not cut: a paragraph
 * pasted into a heading box stays visible (to be cut and pasted where it belongs), and the stored text is the
 * last one that fitted — a silent cut would lose the tail without the clerk noticing.
 */
export function enterText(raw: string, limit: number): TextEntry {
  const { text, removed } = removeForbidden(raw);
  if (text.length > limit) return { ok: false, message: tooLongMessage(limit, text.length) };
  return {
    ok: true,
    text,
    note: removed > 0 ? removedMessage(removed) : null,
    counter: textCounter(text.length, limit),
  };
}
