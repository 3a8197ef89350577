import { getTableColumns, sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { auditEvents } from './tables/index.ts';
import { unnestRows } from './queries/unnest-rows.ts';

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityKey: string;
  before?: unknown;
  after?: unknown;
}

const COLUMNS = getTableColumns(auditEvents);
const PROPERTIES = ['actor', 'action', 'entity', 'entityKey', 'before', 'after'] as const;
const CHUNK = 5_000;

/** before/after travel as JSON text and are cast back to jsonb by the statement. */
const auditValue = (entry: Record<string, unknown>, property: string) =>
  property === 'before' || property === 'after' ? (entry[property] == null ? null : JSON.stringify(entry[property])) : entry[property];

/**
 * Writes audit events; call it with the transaction that makes the change, so both land or
 * neither. Bulk writes (imports) go as one statement per few thousand events.
 */
export async function recordAudit(tx: Pick<Db, 'execute'>, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const rows = (Array.isArray(entries) ? entries : [entries]) as unknown as Record<string, unknown>[];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const select = unnestRows(COLUMNS, PROPERTIES, rows.slice(i, i + CHUNK), auditValue);
    await tx.execute(sql`insert into audit_events (actor, action, entity, entity_key, before, after) ${select}`);
  }
}
