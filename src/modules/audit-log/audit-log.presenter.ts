import type { AuditEntryRow } from './audit-log.repo.ts';

export function presentAuditEntry(row: AuditEntryRow) {
  return {
    id: Number(row.id),
    seq: row.seq === null ? null : Number(row.seq),
    at: row.at.toISOString(),
    actorUserId: row.actor_user_id,
    actorName: row.actor_name,
    agencyId: row.agency_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    outcome: row.outcome,
    reason: row.reason,
    requestId: row.request_id,
    detail: row.detail,
  };
}
