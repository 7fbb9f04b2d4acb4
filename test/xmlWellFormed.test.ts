import { describe, expect, it } from 'vitest';
import { xmlProblem } from './xmlWellFormed';

describe('the well-formedness check of DOCX parts', () => {
  it('accepts well-formed XML', () => {
    expect(
      xmlProblem(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="x"><w:t xml:space="preserve">a &amp; b &lt;&#x4E00;&#20013;</w:t><w:br/><!-- c --></w:document>',
      ),
    ).toBeNull();
  });

  it.each([
    ['U+FFFF in text', '<a>\uFFFF</a>', 'forbidden character U+FFFF at 3'],
    ['U+FFFE in an attribute', '<a b="\uFFFE"/>', 'forbidden character U+FFFE at 6'],
    ['U+0001', '<a>\u0001</a>', 'forbidden character U+0001 at 3'],
    ['a lone surrogate', '<a>\uD800</a>', 'forbidden character U+D800 at 3'],
    ['a reference to a forbidden character', '<a>&#1;</a>', 'bad reference at 3: "&#1;"'],
    ['a bare ampersand', '<a>A & B</a>', 'bad reference at 5: "& B"'],
    ['a bare <', '<a>1 < 2</a>', '"<" that starts no tag at 5'],
    ['tags that do not nest', '<a><b></a></b>', '</a> at 6 closes nothing open'],
    ['an unclosed tag', '<a><b></b>', '<a> never closed'],
    ['two roots', '<a/><b/>', 'a second root element at 4'],
    ['an attribute twice', '<a b="1" b="2"/>', 'attribute b twice at 8'],
    ['an unquoted attribute', '<a b=1/>', 'malformed tag <a at 0'],
    ['no root', '<?xml version="1.0"?>', 'no root element'],
  ])('refuses %s', (_, xml, problem) => {
    expect(xmlProblem(xml)).toBe(problem);
  });
});
