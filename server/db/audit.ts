import type { Db } from './client.ts';
import { auditEvents } from './tables/index.ts';

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityKey: string;
  before?: unknown;
  after?: unknown;
}

/** Writes audit events; call it with the transaction that makes the change, so both land or neither. */
export async function recordAudit(tx: Pick<Db, 'insert'>, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const rows = (Array.isArray(entries) ? entries : [entries]).map((e) => ({
    actor: e.actor,
    action: e.action,
    entity: e.entity,
    entityKey: e.entityKey,
    before: e.before ?? null,
    after: e.after ?? null,
  }));
  for (let i = 0; i < rows.length; i += 1000) {
    await tx.insert(auditEvents).values(rows.slice(i, i + 1000));
  }
}
