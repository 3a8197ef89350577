import { TRAINING_TYPES } from '../enums.ts';
import { code, decimal, oneOf, year } from './fields.ts';
import { recordSchema, rowParser, type RecordOf, type RecordRules } from './record.ts';

export const TRAINING_FIELDS = ['officerNo', 'year', 'type', 'hours'] as const;

/** Hours as numeric(6,1). */
const hours = decimal({ places: 1, integerDigits: 5 });

export const trainingSchema = recordSchema({
  officerNo: code.required(),
  year: year.required(),
  type: oneOf(TRAINING_TYPES).required(),
  hours: hours.required(),
});

export type TrainingRecord = RecordOf<typeof trainingSchema>;
export const parseTrainingRow = rowParser(TRAINING_FIELDS, trainingSchema);

export const trainingRules: RecordRules<TrainingRecord> = {
  fields: TRAINING_FIELDS,
  key: ['officerNo', 'year', 'type'],
  required: ['officerNo', 'year', 'type', 'hours'],
  parse: parseTrainingRow,
};
