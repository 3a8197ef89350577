import { BANDS } from '../../../domain/enums.ts';
import { evaluationSchemes, standards } from '../../tables/index.ts';
import { PROGRAMME_YEARS } from '../../../domain/calendar.ts';
import { seedStep } from './step.ts';
import { DEFAULT_COMPOSITE_WEIGHTS as COMPOSITE, DEFAULT_SUPERVISION_WEIGHTS as PARTS } from '../../../domain/evaluation-weights.ts';

/** The discretion catalogue: one row per item, band and published version. */
export const standardStep = seedStep(standards, (world) =>
  world.standards.flatMap((version) =>
    BANDS.map((band) => ({
      violationItemCode: version.item.code,
      band,
      validFrom: version.validFrom,
      validTo: version.validTo,
      name: version.item.name,
      domain: version.item.domain,
      legalBasis: version.item.legalBasis,
      minYuan: version.bands[band].min.toFixed(2),
      maxYuan: version.bands[band].max.toFixed(2),
    }))));

/** The default weights of domain.md §4.1 and §4.4, stored per year so a year can change them. */
export const evaluationSchemeStep = seedStep(evaluationSchemes, () =>
  PROGRAMME_YEARS.map((year) => ({
    year,
    qualityWeight: String(COMPOSITE.quality),
    supervisionWeight: String(COMPOSITE.supervision),
    satisfactionWeight: String(COMPOSITE.satisfaction),
    inspectionWeight: String(PARTS.inspection),
    exerciseWeight: String(PARTS.exercise),
    timelinessWeight: String(PARTS.timeliness),
    note: `默认权重：执法质量${COMPOSITE.quality}、监管履行率${COMPOSITE.supervision}、社会满意度${COMPOSITE.satisfaction}`,
  })));
