import { useEffect, useState } from 'react';
import { isImportable } from '../../import/limits';
import { BACKUP_POLICY_TEXT, type Backup } from '../../storage/backups';
import { RECENT_KEEP, type RecentEntry } from '../../storage/recent';
import { ErrorBoundary, failedToShow } from '../ErrorBoundary';
import { FilePicker } from '../FilePicker';

interface Props {
  saveDraft(): void;
  openFile(file: File): void;
  /** A dropped report to import (.docx, .pdf, .html, .txt); a dropped draft still opens as a draft. */
  importFile?(file: File): void;
  startOver(): void;
  startFromLastYear(): void;
  restore(entry: RecentEntry): void;
  recent: RecentEntry[];
  /** Autosaves that did not read whole, set aside. */
  backups: Backup[];
  restoreBackup(backup: Backup): void;
  downloadBackup(backup: Backup): void;
  /** Called as the list opens, so that it shows what is stored now. */
  refreshLists(): void;
}

const when = (at: string | Date) => {
  const date = new Date(at);
  return Number.isNaN(date.getTime())
    ? '时间不详'
    : date.toLocaleString('zh-CN', { dateStyle: 'short', timeStyle: 'short' });
};

const RECENT_FAILED = failedToShow('最近的报告', '关闭后重新打开', '保存的报告');

/** The header's file actions; a draft can also be dropped anywhere on the page. */
export function DraftActions({
  saveDraft,
  openFile,
  importFile,
  startOver,
  startFromLastYear,
  restore,
  recent,
  backups,
  restoreBackup,
  downloadBackup,
  refreshLists,
}: Props) {
  const [showRecent, setShowRecent] = useState(false);

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      if (importFile && isImportable(file.name)) importFile(file);
      else openFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [openFile, importFile]);

  return (
    <div className="header-actions">
      <button type="button" onClick={saveDraft}>
        保存草稿
      </button>
      <FilePicker accept=".json,application/json" inputLabel="选择草稿文件" onFiles={([file]) => openFile(file)}>
        打开草稿
      </FilePicker>
      <button
        type="button"
        aria-expanded={showRecent}
        onClick={() => {
          if (!showRecent) refreshLists();
          setShowRecent(!showRecent);
        }}
      >
        最近的报告
      </button>
      <button type="button" onClick={startOver}>
        新建报告
      </button>
      <button
        type="button"
        onClick={startFromLastYear}
        title="下一年度的报告：上年结转按本报告的结转下年度填入，文字沿用本报告，本报告保存在“最近的报告”中"
      >
        以上年报告为基础新建
      </button>
      {showRecent && (
        // a function: the list is computed below the boundary, which catches whatever fails as it shows
        <ErrorBoundary
          place="recent"
          message={RECENT_FAILED}
          leave={{ label: '关闭', onClick: () => setShowRecent(false) }}
          dialog={{ className: 'recent-panel', label: '最近的报告' }}
        >
          {() => (
            <div className="recent-panel" role="dialog" aria-label="最近的报告">
              <p className="hint">
                被新建、打开或恢复替换下来的报告保存在本浏览器中（最多{RECENT_KEEP}
                份）。恢复一份，它就从列表中移出，换下的报告移入。
              </p>
              {recent.length === 0 ? (
                <p>还没有。</p>
              ) : (
                <ul>
                  {recent.map((entry) => (
                    <li key={entry.id}>
                      <span>
                        {entry.title}（{when(entry.savedAt)}）
                        {entry.setAside?.length ? `（${entry.setAside.length}处无法读取）` : ''}
                      </span>
                      <button
                        type="button"
                        onClick={() => {
                          setShowRecent(false);
                          restore(entry);
                        }}
                      >
                        恢复
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {backups.length > 0 && (
                <section aria-label="无法读取的自动保存">
                  <h3>无法读取的自动保存</h3>
                  <p className="hint">
                    自动保存的内容读取失败时，原内容另存在这里（{BACKUP_POLICY_TEXT}
                    ）。恢复时能读取的内容都会恢复，并说明哪些未能恢复。
                  </p>
                  <ul>
                    {backups.map((backup) => (
                      <li key={backup.key}>
                        <span>另存于{when(backup.at)}</span>
                        <button
                          type="button"
                          onClick={() => {
                            setShowRecent(false);
                            restoreBackup(backup);
                          }}
                        >
                          恢复
                        </button>
                        <button type="button" onClick={() => downloadBackup(backup)}>
                          下载原内容
                        </button>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              <button type="button" onClick={() => setShowRecent(false)}>
                关闭
              </button>
            </div>
          )}
        </ErrorBoundary>
      )}
    </div>
  );
}
