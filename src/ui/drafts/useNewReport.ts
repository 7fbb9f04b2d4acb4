// A new report in place of the open one: 新建报告 (an empty report for the likely year) and 以上年报告为基础新建
// (next year's report started from the open one, report/carryForward.ts).
import { useCallback } from 'react';
import { carryForward } from '../../report/carryForward';
import { emptyReport, likelyReportYear } from '../../report/empty';
import { editionForYear, templateFor } from '../../template';
import { useServices } from '../context';
import type { SetNotice } from './notice';
import { useReplaceReport } from './replaceReport';

const UNCHANGED = '当前报告没有任何改动。';

export function useNewReport(setNotice: SetNotice) {
  const { store, currentYear } = useServices();
  const replace = useReplaceReport();

  const startOver = useCallback(() => {
    const year = likelyReportYear(new Date());
    const fresh = emptyReport(templateFor(editionForYear(year)), year);
    replace({ report: fresh, step: 'meta', label: '新建报告', question: '新建报告将清除当前报告的全部内容。' });
  }, [replace]);

  /**
   * From the open report (a draft file or an imported report is opened first, then this). Nothing to ask: the
   * open report is what the new one is made from, and it is kept in 最近的报告.
   */
  const startFromLastYear = useCallback(() => {
    const last = store.getState().report;
    const { year } = last.meta;
    if (year === null)
      return setNotice({
        kind: 'error',
        text: `请先在“基本信息”中填写本报告的年度，再以它为基础新建下一年度的报告。${UNCHANGED}`,
      });
    if (year + 1 > currentYear)
      return setNotice({
        kind: 'error',
        text: `当前报告是${year}年度的，${year + 1}年度报告要到${year + 1}年才能编写。${UNCHANGED}`,
      });
    if (!replace({ report: carryForward(last), step: 'meta', label: `以${year}年度报告为基础新建` })) return;
    setNotice({
      kind: 'info',
      text:
        `已以${year}年度报告为基础新建${year + 1}年度报告：表三“二、上年结转”已按上年“四、结转下年度继续办理”填入，` +
        `各部分文字沿用上年内容（标有“沿用上年内容，待修改”），其他数字待填写；与上年数字不符之处会在检查中指出。${year}年度报告已保存在“最近的报告”中。`,
    });
  }, [store, currentYear, replace, setNotice]);

  return { startOver, startFromLastYear };
}
