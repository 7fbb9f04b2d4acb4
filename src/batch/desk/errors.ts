// What the desk's storage tells the reviewer when the browser will not keep the desk: one sentence of
// Chinese saying what happened and what the desk does now. The browser's own words go to `detail`, for support.

export type DeskErrorKind = 'quota' | 'refused' | 'blocked' | 'damaged' | 'other';

/** Opening the database, reading the stored batch, or writing to it: each leaves the desk in another state. */
export type DeskPhase = 'open' | 'read' | 'write';

export class DeskStorageError extends Error {
  readonly kind: DeskErrorKind;
  /** The browser's or the library's words (`QuotaExceededError: …`), never shown as the message. */
  readonly detail: string;

  constructor(kind: DeskErrorKind, message: string, detail = '') {
    super(message);
    this.name = 'DeskStorageError';
    this.kind = kind;
    this.detail = detail;
  }
}

/** What the desk does now: the second half of each message. */
const THEN: Record<DeskPhase, string> = {
  open: '批量检查照常可用，但关闭页面后结果不会保留',
  read: '以前保存的结果暂不显示，保存的数据没有改动，刷新页面可再试',
  write: '本次的结果仍在页面上，可导出检查结果（.xlsx）',
};

export const DESK_MESSAGES = {
  quota: (phase: DeskPhase) => `浏览器存储空间已满，批量检查的结果无法保存：${THEN[phase]}`,
  refused: (phase: DeskPhase) => `浏览器不允许本页保存数据（可能是无痕窗口或已关闭网站数据），${THEN[phase]}`,
  newer: `浏览器中的批量检查记录由更新版本的年报助手保存，本页的版本较旧、无法读取：${THEN.open}（请改用新版本）`,
  blockedAtOpen:
    '另一个打开着的年报助手页面正在使用旧版本的存储：批量检查照常可用，但本页的结果暂不保存，关闭其他年报助手页面后刷新本页即可保存',
  yielded: `另一个页面打开了更新版本的年报助手，本页已停止保存批量检查的结果：${THEN.write}`,
  terminated: `与浏览器存储的连接已断开（可能清除了网站数据），本页已停止保存批量检查的结果：${THEN.write}`,
  closed: `批量检查的存储已关闭，结果不再保存：${THEN.write}`,
  damaged: (phase: DeskPhase) => `浏览器中保存的批量检查记录已损坏：${THEN[phase]}`,
  other: (phase: DeskPhase) =>
    `${{ open: '打开浏览器存储时出错', read: '读取浏览器中保存的批量检查结果时出错', write: '保存批量检查的结果时浏览器存储出错' }[phase]}：${THEN[phase]}`,
  batchGone: `这一批检查已不在浏览器中（可能已在另一个页面删除），结果无法保存：${THEN.write}`,
  itemGone: `这份报告已不在浏览器保存的结果中（可能已在另一个页面删除），审阅状态无法保存：${THEN.write}`,
  invalid: `有一份报告的结果不完整，无法保存：${THEN.write}`,
} as const;

const nameOf = (error: unknown): string =>
  error instanceof Error || error instanceof DOMException ? error.name : typeof error;

export const detailOf = (error: unknown): string =>
  (error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error)).slice(
    0,
    500,
  );

/** `blocked` is never the browser's error: the desk tells it itself (db.ts). */
function kindOf(error: unknown, phase: DeskPhase): Exclude<DeskErrorKind, 'blocked'> {
  const name = nameOf(error);
  // old engines say quota with the legacy code only
  if (name === 'QuotaExceededError' || (error instanceof DOMException && error.code === 22)) return 'quota';
  // Firefox's private windows before 115 refuse with InvalidStateError at open; disabled site data is SecurityError
  if (name === 'SecurityError' || name === 'NotAllowedError' || (phase === 'open' && name === 'InvalidStateError'))
    return 'refused';
  // a store missing (NotFoundError) or a value whose file is gone (Chromium keeps large values in files)
  if (name === 'NotFoundError' || name === 'NotReadableError' || (phase === 'read' && name === 'DataError'))
    return 'damaged';
  return 'other';
}

/** Any failure of the browser's storage as a DeskStorageError (one already is stays as it is). */
export function deskError(error: unknown, phase: DeskPhase): DeskStorageError {
  if (error instanceof DeskStorageError) return error;
  const detail = detailOf(error);
  if (phase === 'open' && nameOf(error) === 'VersionError')
    return new DeskStorageError('refused', DESK_MESSAGES.newer, detail);
  const kind = kindOf(error, phase);
  return new DeskStorageError(kind, DESK_MESSAGES[kind](phase), detail);
}
