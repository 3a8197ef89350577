import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { RECORD_KINDS, RECORD_RULES, type RecordKind } from '../../server/domain/records/index.ts';
import { snakeCase } from '../../warehouse/catalogue/snake-case.ts';


/** Where an import column comes from when it is not the snake_case column of the same name. */
const SOURCES: Record<RecordKind, { table: string; columns?: Record<string, string>; where?: string; orderBy: string }> = {
  regions: { table: 'regions', columns: { regionCode: 'code' }, orderBy: 'code' },
  agencies: { table: 'agencies', columns: { agencyCode: 'code', domains: "array_to_string(domains, ';')" }, orderBy: 'code' },
  powerItems: { table: 'power_items', orderBy: 'agency_code, item_code' },
  standards: { table: 'standards', orderBy: 'violation_item_code, band, valid_from' },
  officers: { table: 'officers', orderBy: 'officer_no' },
  training: { table: 'training', orderBy: 'officer_no, year, type' },
  assessments: { table: 'officer_assessments', orderBy: 'officer_no, year' },
  filings: { table: 'filings', columns: { submittedAt: "to_json(submitted_at) #>> '{}'" }, where: "status in ('SUBMITTED', 'ACCEPTED')", orderBy: 'agency_code, year, quarter' },
  penalties: { table: 'penalty_cases', orderBy: 'agency_code, case_no' },
  // One row per status event; the first row of a problem also describes it.
  problems: {
    table: 'problem_events e join problems p on p.code = e.problem_code',
    columns: Object.fromEntries([
      ['problemCode', 'e.problem_code'], ['status', 'e.status'], ['statusOn', 'e.status_on'], ['note', 'e.note'],
      ...['regionCode', 'agencyCode', 'domain', 'category', 'description', 'source', 'identifiedOn', 'deadline']
        .map((f) => [f, `case when e.seq = (select min(seq) from problem_events f where f.problem_code = e.problem_code) then p.${snakeCase(f)} end`]),
    ]),
    orderBy: 'e.problem_code, e.seq',
  },
  reviews: { table: 'case_reviews', orderBy: 'agency_code, year, case_no' },
  surveys: { table: 'surveys', orderBy: 'id' },
  complaints: {
    table: 'complaints', columns: { receivedAt: "to_json(received_at) #>> '{}'", resolvedAt: "to_json(resolved_at) #>> '{}'" }, orderBy: 'complaint_no',
  },
  // One row per step; the first row of a clue also describes it.
  clues: {
    table: 'clue_steps s join clues c on c.clue_code = s.clue_code',
    columns: Object.fromEntries([
      ['clueCode', 's.clue_code'], ['step', 's.step'], ['stepOn', 's.step_on'], ['receivingOrgan', 's.receiving_organ'],
      ['documentNo', 's.document_no'], ['outcome', 's.outcome'],
      ...['agencyCode', 'source', 'complaintNo', 'problemCode', 'summary'].map((f) => [f, `case when s.step = 'REGISTERED' then c.${snakeCase(f)} end`]),
    ]),
    orderBy: 's.clue_code, s.step',
  },
  tasks: { table: 'tasks', orderBy: 'task_code' },
  progressReports: {
    table: 'progress_reports', columns: { submittedAt: "to_json(submitted_at) #>> '{}'" }, orderBy: 'unit_code, task_code, year, half',
  },
};

/**
 * Writes every record kind of the database as an import file (canonical headers, one CSV per
 * kind) through psql's client-side \copy.
 */
export function exportImportFiles(url: string, dir: string, booleanColumns: Set<string>): Array<{ kind: RecordKind; file: string }> {
  fs.mkdirSync(dir, { recursive: true });
  return RECORD_KINDS.map((kind) => {
    const source = SOURCES[kind];
    const select = RECORD_RULES[kind].fields.map((field) => {
      const expression = source.columns?.[field] ?? snakeCase(field);
      // psql writes booleans as t/f; the import reads true/false.
      return `${booleanColumns.has(snakeCase(field)) ? `(${expression})::text` : expression} as "${field}"`;
    });
    const file = path.join(dir, `${kind}.csv`);
    const sql = `select ${select.join(', ')} from ${source.table}${source.where ? ` where ${source.where}` : ''} order by ${source.orderBy}`;
    execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qc', `\\copy (${sql}) to '${file}' with (format csv, header)`], { stdio: 'inherit' });
    return { kind, file };
  });
}
