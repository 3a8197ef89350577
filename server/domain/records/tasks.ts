import { TASK_PHASES } from '../enums.ts';
import { code, date, oneOf, text } from './fields.ts';
import { recordSchema, rowParser, type RecordOf, type RecordRules } from './record.ts';

export const TASK_FIELDS = ['taskCode', 'title', 'section', 'leadUnit', 'phase', 'deadline'] as const;

export const taskSchema = recordSchema({
  taskCode: code.required(),
  title: text(500).required(),
  section: text(64).optional(),
  leadUnit: text(200).optional(),
  phase: oneOf(TASK_PHASES).required(),
  deadline: date.optional(),
});

export type TaskRecord = RecordOf<typeof taskSchema>;
export const parseTaskRow = rowParser(TASK_FIELDS, taskSchema);

export const taskRules: RecordRules<TaskRecord> = {
  fields: TASK_FIELDS,
  key: ['taskCode'],
  required: ['taskCode', 'title', 'phase'],
  parse: parseTaskRow,
};
