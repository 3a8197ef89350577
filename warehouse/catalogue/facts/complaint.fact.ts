import { defineFact } from '../fact.ts';
import { count, filteredCount, quantile } from '../measure.ts';

/** fct_complaint: one row per complaint, in the quarter it was received; no personal data. */
export const complaint = defineFact({
  name: 'complaint',
  table: 'fct_complaint',
  zh: '投诉举报', en: 'Complaint',
  grain: { zh: '每件投诉举报一行（按受理日期计入季度）', en: 'one row per complaint, in the quarter of receivedAt (Asia/Shanghai)' },
  // Complaints carry no domain: DOMAIN goes through their agency's domains, as a filing's (§2).
  columns: { agency: 'agency_code', region: 'region_code', group: 'group_code', year: 'year', quarter: 'quarter' },
  measures: {
    received: count('受理投诉举报数', 'Complaints received'),
    resolved: filteredCount('f.resolved', '办结数', 'Complaints closed as RESOLVED'),
    transferred: filteredCount('f.transferred', '移送纪检监察数', 'Complaints transferred to the discipline-inspection organs (移送纪检监察)'),
    open: filteredCount('f.open', '未办结数', 'Complaints still RECEIVED or HANDLING'),
    medianDaysToResolution: quantile('days_to_resolution', 0.5, '办结天数中位数',
      'Median calendar days (Asia/Shanghai) from receipt to resolution, over the resolved complaints'),
  },
});
