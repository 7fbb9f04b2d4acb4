// Opens a draft file (docs/draft-format.md) — or says, in one sentence of Chinese, why not:
// which field, and what the file holds there. Reading never changes anything; the caller decides. What the file
// holds is read as every stored report is (./stored.ts); a file is refused where a saved report would be repaired.
import { tooLargeMessage } from '../import/limits';
import { describeFound } from '../report/found';
import type { Report } from '../report/schema';
import { isEdition } from '../template';
import { readStored } from './stored';
import { DRAFT_FORMAT, DRAFT_FORMAT_VERSION } from './write';

export type ReadErrorKind =
  'tooLarge' | 'encoding' | 'notJson' | 'notDraft' | 'newerVersion' | 'unknownTemplate' | 'invalidField';

export interface ReadError {
  kind: ReadErrorKind;
  message: string;
}

/** `notes`: what was changed on reading (characters removed), to tell the clerk; absent when nothing was. */
export type ReadResult = { ok: true; report: Report; notes?: string[] } | { ok: false; error: ReadError };

const fail = (kind: ReadErrorKind, message: string): ReadResult => ({ ok: false, error: { kind, message } });

/** Text of the file: UTF-8 (with or without BOM), or UTF-16 with its BOM (Notepad's "Unicode"). */
function decode(bytes: Uint8Array): string | null {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** The draft's own `template` says which edition's tables it holds. */
export function readDraft(input: Uint8Array): ReadResult {
  const tooLarge = tooLargeMessage('draft', input.length);
  if (tooLarge) return fail('tooLarge', tooLarge);
  const text = decode(input);
  if (text === null) return fail('encoding', '文件不是 UTF-8 文本，无法读取：请确认选的是“.nianbao.json”草稿文件');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : '';
    return fail('notJson', `文件内容不完整或已损坏，不是有效的 JSON（${detail.slice(0, 80)}）`);
  }
  if (
    data === null ||
    typeof data !== 'object' ||
    Array.isArray(data) ||
    (data as Record<string, unknown>).format !== DRAFT_FORMAT
  )
    return fail('notDraft', '这不是年报助手的草稿文件（缺少 "format": "xxgk-annual-report" 标记）');
  const draft = data as Record<string, unknown>;
  const version = draft.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('invalidField', `formatVersion：应为正整数，文件中为 ${describeFound(version)}`);
  if (version > DRAFT_FORMAT_VERSION)
    return fail(
      'newerVersion',
      `这份草稿由更新版本的年报助手保存（草稿格式第${version}版，本工具只认识到第${DRAFT_FORMAT_VERSION}版）：请使用新版本打开`,
    );
  if (!isEdition(draft.template))
    return fail(
      'unknownTemplate',
      `template：应为 "2021" 或 "2019"（年报格式版本），文件中为 ${describeFound(draft.template)}`,
    );
  const read = readStored(draft, version);
  const problem = read.problem;
  if (problem) {
    const more = problem.others > 0 ? `（另有${problem.others}处问题）` : '';
    return fail('invalidField', `${problem.path}：${problem.expected}，文件中为 ${problem.found}${more}`);
  }
  return read.notes ? { ok: true, report: read.report, notes: read.notes } : { ok: true, report: read.report };
}
