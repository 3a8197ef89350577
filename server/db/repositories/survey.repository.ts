import { surveys } from '../tables/index.ts';
import { KIND_TABLES } from '../kinds.ts';
import type { Survey } from '../../../schema/oversight/survey.type.ts';
import type { SurveyFilter, SurveyOrderField } from '../../../schema/oversight/survey.filter.ts';
import { regionRepository } from './region.repository.ts';
import { agencyRepository } from './agency.repository.ts';
import { repository } from './repository.ts';
import { recordKind } from './record-kind.ts';

const s = surveys;

export const surveyRepository = repository<typeof surveys, Survey, SurveyFilter, SurveyOrderField>({
  entity: 'survey',
  table: surveys,
  key: [s.id],
  filters: { year: s.year, regionCode: s.regionCode, agencyCode: s.agencyCode, respondentGroup: s.respondentGroup, score: s.score },
  orders: { YEAR: s.year, SCORE: s.score, RESPONDENTS: s.respondents },
  typeName: 'Survey',
  references: [{ field: 'region', column: surveys.regionCode, target: () => regionRepository.joinable }, { field: 'agency', column: surveys.agencyCode, target: () => agencyRepository.joinable }],
});

export const recordSurvey = recordKind(KIND_TABLES.surveys, surveyRepository);
