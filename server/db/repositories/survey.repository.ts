import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { agencies, regions, surveys } from '../tables/index.ts';
import { parseSurveyRow } from '../../domain/records/surveys.ts';
import type { Survey } from '../../../schema/oversight/survey.type.ts';
import type { SurveyFilter, SurveyOrderField } from '../../../schema/oversight/survey.filter.ts';
import type { SurveyInput } from '../../../schema/oversight/survey.input.ts';
import { regionRepository } from './region.repository.ts';
import { agencyRepository } from './agency.repository.ts';
import { repository, type Reader } from './repository.ts';
import { audited, upsertRow, validRecord } from './write.ts';

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

// The natural key has a null subject column, so it matches with `is null` rather than `=`.
const sameOrNull = (column: PgColumn, value: string | null): SQL => (value === null ? isNull(column) : eq(column, value));

export function recordSurvey(r: Reader, input: SurveyInput): Promise<Survey> {
  return audited(r, 'survey', 'update', async (tx, scope) => {
    await scope.claim({ agencyCode: input.agencyCode, regionCode: input.regionCode }, `${input.year}/${input.regionCode ?? input.agencyCode}/${input.respondentGroup}`);
    const references = [
      { field: 'regionCode', column: regions.code, what: 'region' },
      { field: 'agencyCode', column: agencies.code, what: 'agency' },
    ];
    const record = await validRecord(tx, parseSurveyRow, { ...input }, references);
    const where = and(eq(s.year, record.year), sameOrNull(s.regionCode, record.regionCode),
      sameOrNull(s.agencyCode, record.agencyCode), eq(s.respondentGroup, record.respondentGroup))!;
    const change = await upsertRow(tx, s, where, record);
    const subject = record.regionCode ?? record.agencyCode;
    return { entityKey: `${record.year}/${subject}/${record.respondentGroup}`, ...change };
  }).then((row) => surveyRepository.present(r.viewer, row));
}
