import { RESPONDENT_GROUPS } from '../enums.ts';
import { code, oneOf, positiveCount, score, uscc, year } from './fields.ts';
import { recordSchema, rowParser, type RecordOf, type RecordRules } from './record.ts';

export const SURVEY_FIELDS = ['year', 'regionCode', 'agencyCode', 'respondentGroup', 'respondents', 'score'] as const;

export const surveySchema = recordSchema({
  year: year.required(),
  regionCode: code.optional(),
  agencyCode: uscc.optional(),
  respondentGroup: oneOf(RESPONDENT_GROUPS).required(),
  respondents: positiveCount.required(),
  score: score.required(),
}, (s, refuse) => {
  // A survey is of a region or of an agency, never both (the table's check says the same).
  if ((s.regionCode === null) === (s.agencyCode === null)) {
    refuse(s.regionCode === null ? 'regionCode' : 'agencyCode', 'give exactly one of regionCode and agencyCode');
  }
});

export type SurveyRecord = RecordOf<typeof surveySchema>;
export const parseSurveyRow = rowParser(SURVEY_FIELDS, surveySchema);

export const surveyRules: RecordRules<SurveyRecord> = {
  fields: SURVEY_FIELDS,
  key: ['year', 'regionCode', 'agencyCode', 'respondentGroup'],
  required: ['year', 'respondentGroup', 'respondents', 'score'],
  parse: parseSurveyRow,
};
