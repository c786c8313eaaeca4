import { z } from 'zod';
import type { Keyring } from '../../crypto/keyring.ts';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { noBody } from '../../shared/no-body.ts';
import { decodeCursor, pageQuerySchema, pageSchema, toPage } from '../../shared/pagination.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';
import {
  type ApprovalAppliers,
  decideApproval,
  openSealedChange,
  type RequestKind,
  requestKindSchema,
  withdrawApproval,
} from './approval.commands.ts';
import { approvalPolicy } from './approval.policy.ts';
import { type ApprovalRow, listApprovals, listDecidedApprovals } from './approval.repo.ts';

const tags = ['approvals'];

export const approvalSchema = z
  .object({
    id: z.uuid(),
    kind: requestKindSchema,
    caseId: z.uuid(),
    caseReference: z.string().nullable().describe('The case\u2019s reference, as the agency knows it'),
    change: z
      .record(z.string(), z.unknown())
      .describe('The change asked for, as it will be made (confidential parts decrypted for the reader)'),
    requestedBy: z.uuid(),
    requestedByName: z
      .string()
      .nullable()
      .describe('The requester\u2019s display name; null once they no longer belong to the agency'),
    requestedAt: z.iso.datetime(),
    status: z.enum(['pending', 'approved', 'rejected', 'withdrawn']),
    decidedBy: z.uuid().nullable(),
    decidedByName: z.string().nullable().describe('Who decided (null for a withdrawn request)'),
    decidedAt: z.iso.datetime().nullable(),
    comment: z.string().nullable(),
  })
  .meta({ id: 'Approval' });

export function presentApproval(row: ApprovalRow, keyring: Keyring): z.infer<typeof approvalSchema> {
  return {
    id: row.id,
    kind: row.kind as RequestKind,
    caseId: row.case_id,
    caseReference: row.case_reference,
    change: { ...row.change, ...openSealedChange(keyring, row) },
    requestedBy: row.requested_by,
    requestedByName: row.requested_by_name,
    requestedAt: row.requested_at.toISOString(),
    status: row.status,
    decidedBy: row.decided_by,
    decidedByName: row.decided_by_name,
    decidedAt: row.decided_at?.toISOString() ?? null,
    comment: row.comment,
  };
}

/** The answer (202) to a change the agency puts under approval: the request made instead of the change. */
export const awaitingApprovalSchema = z
  .object({ approval: approvalSchema })
  .describe('The change waits for a supervisor\u2019s approval');

const idParams = z.strictObject({ id: z.uuid() });
const decisionBody = z.strictObject({ comment: trimmedText(1, 2000).optional() });

/** The agency's approval requests, and deciding them; `appliers` make approved changes happen. */
export function registerApprovalRoutes(
  app: App,
  { db, keyring }: Services,
  appliers: ApprovalAppliers,
): void {
  app.get(
    '/api/approvals',
    {
      schema: {
        tags,
        summary: "The agency's approval requests, pending first",
        querystring: z.strictObject({
          status: z.enum(['pending', 'approved', 'rejected', 'withdrawn']).optional(),
        }),
        response: { 200: z.object({ items: z.array(approvalSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, approvalPolicy, 'list', undefined);
      const rows = await inTenant(db, actor, (tx) => listApprovals(tx, request.query.status));
      return { items: rows.map((row) => presentApproval(row, keyring)) };
    },
  );

  app.get(
    '/api/approvals/decided',
    {
      schema: {
        tags,
        summary: "The agency's settled requests (approved, rejected, withdrawn), latest decided first",
        querystring: z.strictObject(pageQuerySchema.shape),
        response: { 200: pageSchema(approvalSchema), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { limit, cursor } = request.query;
      authorize(actor, approvalPolicy, 'list', undefined);
      const after = cursor ? (decodeCursor(cursor, 2) as [string, string]) : undefined;
      const rows = await inTenant(db, actor, (tx) => listDecidedApprovals(tx, limit, after));
      return toPage(
        rows,
        limit,
        (row) => presentApproval(row, keyring),
        (row) => [row.decided_key ?? '', row.id],
      );
    },
  );

  for (const decision of ['approved', 'rejected'] as const) {
    app.post(
      `/api/approvals/:id/${decision === 'approved' ? 'approve' : 'reject'}`,
      {
        schema: {
          tags,
          summary:
            decision === 'approved'
              ? 'Approve a request: the change is made at once'
              : 'Reject a request (with a comment)',
          params: idParams,
          body: decisionBody.nullish(),
          response: { 200: approvalSchema, ...problemResponses },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        authorize(actor, approvalPolicy, 'decide', undefined);
        const decided = await inTenant(db, actor, (tx) =>
          decideApproval({
            tx,
            actor,
            approvalId: request.params.id,
            decision,
            comment: request.body?.comment,
            appliers,
            requestId: request.id,
          }),
        );
        return presentApproval(decided, keyring);
      },
    );
  }

  app.post(
    '/api/approvals/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw one\u2019s own pending request',
        params: idParams,
        body: noBody,
        response: { 200: approvalSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, approvalPolicy, 'withdraw', undefined);
      const withdrawn = await inTenant(db, actor, (tx) =>
        withdrawApproval({ tx, actor, approvalId: request.params.id, requestId: request.id }),
      );
      return presentApproval(withdrawn, keyring);
    },
  );
}
