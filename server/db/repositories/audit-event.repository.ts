import { auditEvents } from '../tables/index.ts';
import type { AuditEvent } from '../../../schema/audit/audit-event.type.ts';
import type { AuditEventFilter, AuditEventOrderField } from '../../../schema/audit/audit-event.filter.ts';
import { repository } from './repository.ts';

const a = auditEvents;

export const auditEventRepository = repository<typeof auditEvents, AuditEvent, AuditEventFilter, AuditEventOrderField>({
  entity: 'auditEvent',
  table: auditEvents,
  key: [a.id],
  filters: { entity: a.entity, entityKey: a.entityKey, actor: a.actor, action: a.action, at: a.at },
  orders: { AT: a.at, ID: a.id, ENTITY: a.entity, ACTOR: a.actor },
  // A trail is read newest first unless the client orders it otherwise.
  defaultOrder: [{ column: a.id, direction: 'DESC' }],
  typeName: 'AuditEvent',
});
