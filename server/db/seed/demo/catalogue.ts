import { BANDS } from '../../../domain/enums.ts';
import { evaluationSchemes, standards } from '../../tables/index.ts';
import { PROGRAMME_YEARS } from '../../../domain/calendar.ts';
import { seedStep } from './step.ts';

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
    qualityWeight: '0.4',
    supervisionWeight: '0.3',
    satisfactionWeight: '0.3',
    inspectionWeight: '0.4',
    exerciseWeight: '0.4',
    timelinessWeight: '0.2',
    note: '默认权重：执法质量0.4、监管履行率0.3、社会满意度0.3',
  })));
