-- The status of a problem on a date (§4.6), one definition for the rectification query and the
-- quarter-end mart: the effective status of its last event on or before that date (events are
-- stored in date order, so the highest seq; REOPENED counts as RECTIFYING), IDENTIFIED when it
-- has no event yet.
create or replace macro problem_status_at(code, as_of) as coalesce((
  select arg_max(e.effective_status, e.seq) from fct_problem_event e
  where e.problem_code = code and e.status_on <= as_of
), 'IDENTIFIED');
