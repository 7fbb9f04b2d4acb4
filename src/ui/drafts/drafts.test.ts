import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { READ_LIMITS } from '../../import/limits';
import { loadNotice } from './loadNotice';
import { readDraftFile } from './readDraftFile';

describe('readDraftFile', () => {
  it('refuses a file over the limit by its size, without reading a byte of it', async () => {
    const arrayBuffer = vi.fn(() => Promise.reject(new Error('read')));
    const result = await readDraftFile({ size: 2 * 1024 ** 3, arrayBuffer });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'tooLarge', message: expect.stringContaining('文件过大（2048.0 MB）') },
    });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('reads a file within the limit', async () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../draft/fixtures/v1.nianbao.json'));
    const result = await readDraftFile(new Blob([text]));
    expect(result.ok && result.report.meta.agency).toBe('殷都区人民政府办公室');
    expect((await readDraftFile(new Blob([new Uint8Array(READ_LIMITS.fileBytes.draft + 1)]))).ok).toBe(false);
  });
});

describe('loadNotice', () => {
  const base = { revision: null, backupKey: 'k', preserve: null };
  it('names each field set aside, and where the raw save is', () => {
    const text = loadNotice({
      ...base,
      kind: 'salvaged',
      session: { report: {} as never, step: 'meta' },
      setAside: [{ path: 'sections.overview.1.heading', found: '"长长长…"（共201字）' }],
    });
    expect(text).toBe(
      '上次自动保存的内容有1处无法读取，其余内容已恢复。未恢复的：sections.overview.1.heading（原为 "长长长…"（共201字））。原内容已另存在本浏览器中（保留最近3份，最长90天），可在“最近的报告”中恢复或下载。',
    );
  });
  it('says the broken save is left untouched when it could not be set aside', () => {
    expect(loadNotice({ ...base, kind: 'broken', preserve: { key: 'k', raw: 'x' } })).toContain('不会被覆盖');
    expect(loadNotice({ kind: 'none' })).toBeNull();
  });
});
