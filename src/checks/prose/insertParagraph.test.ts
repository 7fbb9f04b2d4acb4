import { describe, expect, it } from 'vitest';
import { insertAtCursor, paragraphsForHeading } from './insertParagraph';

describe('按表格生成段落: which paragraphs, and where', () => {
  it('takes the paragraphs a subsection speaks of by its heading', () => {
    expect(paragraphsForHeading('依申请公开')).toEqual(['requests', 'appeals']);
    expect(paragraphsForHeading('依申请公开办理情况')).toEqual(['requests', 'appeals']);
    expect(paragraphsForHeading('主动公开')).toEqual(['active']);
    expect(paragraphsForHeading('行政复议和行政诉讼')).toEqual(['appeals']);
    expect(paragraphsForHeading('监督保障')).toEqual(['appeals']);
    expect(paragraphsForHeading('')).toEqual(['requests', 'appeals']);
  });

  it('inserts at the cursor, in place of a selection, the caret after it', () => {
    expect(insertAtCursor('甲乙', 1, 1, '丙')).toEqual({ text: '甲丙乙', caret: 2 });
    expect(insertAtCursor('甲乙丁', 1, 2, '丙')).toEqual({ text: '甲丙丁', caret: 2 });
    expect(insertAtCursor('甲', 9, 9, '丙')).toEqual({ text: '甲丙', caret: 2 });
  });
});
