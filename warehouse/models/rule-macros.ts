import { DISCLOSURE_WORKING_DAYS, FILING_DUE_DAY, TRAINING_HOURS_REQUIRED, WORKING_DAY_EPOCH } from '../../server/domain/rules.ts';

/**
 * The rules of server/domain/rules.ts as DuckDB macros, created before the models run, so the
 * models apply the same thresholds (tests/rules.test.ts checks both forms agree).
 */
export const RULE_MACROS = `
create or replace macro filing_due_date(y, q) as
  cast(make_date(cast(y as integer), cast(q * 3 - 2 as integer), 1) + interval 3 month + interval ${FILING_DUE_DAY - 1} day as date);
create or replace macro weekdays_through(d) as
  5 * floor((d - date '${WORKING_DAY_EPOCH}' + 1) / 7)
  + least((d - date '${WORKING_DAY_EPOCH}' + 1) - 7 * floor((d - date '${WORKING_DAY_EPOCH}' + 1) / 7), 5);
create or replace macro working_days_after(d0, d1) as cast(weekdays_through(d1) - weekdays_through(d0) as integer);
create or replace macro disclosed_on_time(d0, d1) as coalesce(working_days_after(d0, d1) <= ${DISCLOSURE_WORKING_DAYS}, false);
create or replace macro training_hours_required() as ${TRAINING_HOURS_REQUIRED};
`;
