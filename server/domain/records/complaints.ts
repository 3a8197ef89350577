import { randomUUID } from 'node:crypto';
import { COMPLAINT_CHANNELS, COMPLAINT_STATUSES } from '../enums.ts';
import { boolean, code, oneOf, text, timestamp, uscc } from './fields.ts';
import { recordSchema, rowParser, type RecordOf, type RecordRules } from './record.ts';

export const COMPLAINT_FIELDS = [
  'complaintNo', 'channel', 'receivedAt', 'agencyCode', 'category', 'status', 'transferredToDiscipline', 'resolvedAt',
  'complainantName', 'complainantPhone',
] as const;

export const complaintSchema = recordSchema({
  complaintNo: code.required(),
  channel: oneOf(COMPLAINT_CHANNELS).required(),
  receivedAt: timestamp.required(),
  agencyCode: uscc.required(),
  category: text(200).required(),
  status: oneOf(COMPLAINT_STATUSES).orElse('RECEIVED'),
  transferredToDiscipline: boolean.optional(),
  resolvedAt: timestamp.optional(),
  complainantName: text(100).optional(),
  complainantPhone: text(40).optional(),
}, (c, refuse) => {
  if (c.resolvedAt && c.receivedAt && c.resolvedAt < c.receivedAt) refuse('resolvedAt', 'must not be before receivedAt');
  if (c.status === 'TRANSFERRED' && c.transferredToDiscipline === false) {
    refuse('transferredToDiscipline', 'must be true for a TRANSFERRED complaint (移送纪检监察)');
  }
}, (c) => ({ ...c, transferredToDiscipline: c.transferredToDiscipline ?? c.status === 'TRANSFERRED' }));

export type ComplaintRecord = RecordOf<typeof complaintSchema>;
export const parseComplaintRow = rowParser(COMPLAINT_FIELDS, complaintSchema);

export const complaintRules: RecordRules<ComplaintRecord> = {
  fields: COMPLAINT_FIELDS,
  key: ['complaintNo'],
  required: ['complaintNo', 'channel', 'receivedAt', 'agencyCode', 'category'],
  parse: parseComplaintRow,
};

/** The number of a complaint recorded without one (a mutation that gives none). */
export const newComplaintNo = () => `TS-${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`;
