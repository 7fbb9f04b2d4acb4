// One size limit per kind of file, the same in 导入已有报告 and 批量检查, and the one the README states.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBatchFile } from '../batch/read';
import { readDraft } from '../draft/read';
import { importBytes } from '.';
import { fileKindOf, READ_LIMITS, tooLargeMessage, type FileKind } from './limits';

const MB = 1024 * 1024;
const KINDS: FileKind[] = ['draft', 'docx', 'pdf', 'html', 'text'];

describe('file size limits', () => {
  it('refuse a file just past the limit of its kind, naming that limit', () => {
    for (const kind of KINDS) {
      const limit = READ_LIMITS.fileBytes[kind];
      expect(tooLargeMessage(kind, limit)).toBeNull();
      expect(tooLargeMessage(kind, limit + 1)).toContain(`不会超过 ${limit / MB} MB`);
    }
    expect(tooLargeMessage('draft', 6 * MB)).toBe('文件过大（6.0 MB），草稿文件不会超过 5 MB：请确认选对了文件');
    expect(tooLargeMessage('docx', 51 * MB)).toBe(
      '文件过大（51.0 MB），年度报告的文件不会超过 50 MB：请确认选对了文件',
    );
  });

  it('know a file by its name as the batch and the import do', () => {
    expect(['a.nianbao.json', 'a.DOCX', 'a.pdf', 'a.htm', 'a.txt', 'a.doc'].map(fileKindOf)).toEqual([
      'draft',
      'docx',
      'pdf',
      'html',
      'text',
      null,
    ]);
  });

  it('are the ones the batch, the import and the draft reader apply', async () => {
    const draft = new Uint8Array(6 * MB);
    const readers = { import: () => Promise.reject(new Error('not reached')) };
    const item = await readBatchFile('1', '大.nianbao.json', draft, { currentYear: 2026, readers });
    expect(item).toMatchObject({ ok: false, reason: tooLargeMessage('draft', draft.length) });
    expect(readDraft(draft)).toMatchObject({ ok: false, error: { message: tooLargeMessage('draft', draft.length) } });
    const docx = new Uint8Array(51 * MB);
    expect(() => importBytes('大.docx', docx, 2026)).toThrow(tooLargeMessage('docx', docx.length)!);
    const docxInBatch = await readBatchFile('2', '大.docx', docx, { currentYear: 2026, readers });
    expect(docxInBatch).toMatchObject({ ok: false, reason: tooLargeMessage('docx', docx.length) });
  });

  it('are the ones the README states', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const mb = (kind: FileKind) => `${READ_LIMITS.fileBytes[kind] / MB} MB`;
    const reports = KINDS.filter((k) => k !== 'draft').map(mb);
    expect(new Set(reports).size).toBe(1); // the README states one limit for every kind of report file
    const row = readme.split('\n').find((l) => l.startsWith('| size of a file'));
    expect(row?.split('|')[2].trim()).toBe(`${mb('draft')} / ${reports[0]}`);
    for (const [, size] of readme.matchAll(/a file over (\d+ MB)/g)) expect(size).toBe(reports[0]);
  });
});
