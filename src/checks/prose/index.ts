// The checks of the prose — the year a text speaks of, the figures it states — and the figure paragraphs written from
// the tables (按表格生成段落). Warnings only, so the page loads them after its first screen, as a script of their own
// (prose-checks.js, see vite.config.ts); the import and the desk, scripts of their own already, take them along.
import { checkTextFigures } from '../figureSentences/check';
import type { ExtraCheck } from '../types';
import { checkTextYears } from './textYear';

export const PROSE_CHECKS: readonly ExtraCheck[] = [
  { key: 'textYears', readsCells: false, run: (template, report) => checkTextYears(template, report) },
  { key: 'textFigures', readsCells: true, run: (_template, report, derived) => checkTextFigures(report, derived) },
];

export { figureParagraphs } from '../figureSentences/generate';
export { withFigureParagraphs } from './insertParagraph';
