import { recordAudit } from '../../audit/audit.ts';
import { chainAuditEntries } from '../../audit/chain.ts';
import { verifyAuditChain } from '../../audit/verify.ts';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { ForbiddenError } from '../../shared/errors.ts';
import { noBody } from '../../shared/no-body.ts';
import { decodeCursor, pageSchema, toPage } from '../../shared/pagination.ts';
import { findAgency } from '../agencies/index.ts';
import { auditLogPolicy } from './audit-log.policy.ts';
import { presentAuditEntry } from './audit-log.presenter.ts';
import { listAuditEntries, readsEveryAgency } from './audit-log.repo.ts';
import { auditEntrySchema, auditQuerySchema, auditVerificationSchema } from './audit-log.schema.ts';

const tags = ['audit'];

/** The audit log for those who check it: who saw and changed what, and whether the chain holds. */
export function registerAuditLogRoutes(app: App, { db }: Services): void {
  app.get(
    '/api/audit',
    {
      schema: {
        tags,
        summary:
          "The audit log, newest first: your agency's entries (audit:read) or every agency's (audit:read_any), filtered by period, user, action and record",
        querystring: auditQuerySchema,
        response: { 200: pageSchema(auditEntrySchema), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const query = request.query;
      authorize(actor, auditLogPolicy, 'list', undefined);
      const afterId = query.cursor ? Number(decodeCursor(query.cursor, 1)[0]) : undefined;
      return inTenant(db, actor, async (tx) => {
        const timeZone = (await findAgency(tx, actor.agencyId))?.time_zone ?? 'UTC';
        const rows = await listAuditEntries(tx, query, timeZone, afterId);
        // Who looked at the log, and for what, is itself on the log (the filters name ids only).
        const { limit: _limit, cursor: _cursor, ...filters } = query;
        await recordAudit(tx, {
          actorUserId: actor.userId,
          agencyId: actor.agencyId,
          action: 'audit.list',
          requestId: request.id,
          detail: { filters, results: Math.min(rows.length, query.limit) },
        });
        return toPage(rows, query.limit, presentAuditEntry, (row) => [row.id]);
      });
    },
  );

  app.post(
    '/api/audit/verification',
    {
      schema: {
        tags,
        summary:
          'Chain what has committed, then check every entry’s hash and link, as `lindung audit verify` does (platform administrator)',
        body: noBody,
        response: { 200: auditVerificationSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, auditLogPolicy, 'verify', undefined);
      if (!(await inTenant(db, actor, readsEveryAgency))) throw new ForbiddenError();
      // The chain spans every agency: only the table's owner reads it whole (see src/audit/chain.ts).
      await chainAuditEntries(db);
      const report = await verifyAuditChain(db);
      await inTenant(db, actor, (tx) =>
        recordAudit(tx, {
          actorUserId: actor.userId,
          agencyId: actor.agencyId,
          action: 'audit.verify',
          outcome: report.firstBreak ? 'failure' : 'success',
          requestId: request.id,
          detail: {
            entries: report.entries,
            pending: report.pending,
            breakAt: report.firstBreak?.seq ?? null,
          },
        }),
      );
      return {
        intact: report.firstBreak === undefined,
        entries: report.entries,
        pending: report.pending,
        firstBreak: report.firstBreak ?? null,
      };
    },
  );
}
