-- One row per year with a stored 效能评价 scheme: its composite weights and the weights of the
-- supervision rate's parts. Years without a row use the defaults (server/domain/evaluation-weights.ts).
create or replace table dim_evaluation_scheme as
select
  year,
  cast(quality_weight as decimal(6, 4)) as quality_weight,
  cast(supervision_weight as decimal(6, 4)) as supervision_weight,
  cast(satisfaction_weight as decimal(6, 4)) as satisfaction_weight,
  cast(inspection_weight as decimal(6, 4)) as inspection_weight,
  cast(exercise_weight as decimal(6, 4)) as exercise_weight,
  cast(timeliness_weight as decimal(6, 4)) as timeliness_weight
from raw_evaluation_schemes;
