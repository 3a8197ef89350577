import { defineFact } from '../fact.ts';
import { count, filteredCount, quantile } from '../measure.ts';

/** fct_clue: one row per clue transfer, in the year and quarter of its registration (立案). */
export const clue = defineFact({
  name: 'clue',
  table: 'fct_clue',
  zh: '问题线索移送', en: 'Clue transfer',
  grain: { zh: '每条问题线索一行（按立案日期计入年度、季度）', en: 'one row per clue, in the year and quarter of its REGISTERED step' },
  // Clues carry no domain: DOMAIN goes through their agency's domains (§2).
  columns: { agency: 'agency_code', region: 'region_code', group: 'group_code', year: 'year', quarter: 'quarter' },
  measures: {
    registered: count('立案线索数', 'Clues registered (立案)'),
    transferred: filteredCount('f.transferred_on is not null', '已移送线索数', 'Clues that reached TRANSFERRED (送达移送)'),
    withFeedback: filteredCount('f.feedback_on is not null', '已反馈线索数', 'Clues that reached FEEDBACK (反馈)'),
    medianDaysToTransfer: quantile('days_to_transfer', 0.5, '立案至移送天数中位数',
      'Median days from REGISTERED to TRANSFERRED, over the transferred clues'),
  },
});
