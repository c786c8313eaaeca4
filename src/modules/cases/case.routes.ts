import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { createOnce, idempotencyHeaders, sendCreated } from '../../http/idempotency.ts';
import {
  ifMatchHeaders,
  optionalIfMatchHeaders,
  versionEtag,
  versionOfIfMatch,
  versionOfOptionalIfMatch,
} from '../../http/if-match.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { ValidationError } from '../../shared/errors.ts';
import { decodeCursor, pageSchema, toPage } from '../../shared/pagination.ts';
import { awaitingApprovalSchema, presentApproval } from '../approvals/index.ts';
import { changeCase, changeCaseStatus, openCase, readCase } from './case.commands.ts';
import { casePolicy } from './case.policy.ts';
import { presentCase, presentCaseSummary } from './case.presenter.ts';
import { caseSortKey, listCases, requireCase } from './case.repo.ts';
import { caseResponse } from './case.responses.ts';
import {
  type CaseSort,
  caseEventSchema,
  caseListQuerySchema,
  caseStatusChangeSchema,
  caseSummarySchema,
  changeCaseSchema,
  openCaseSchema,
} from './case.schema.ts';
import { listCaseEvents } from './case-events.repo.ts';
import { recordCasePartRead } from './case-reads.ts';

const tags = ['cases'];
const idParams = z.strictObject({ id: z.uuid() });
const reasonHeader = z.object({
  'x-lindung-reason': z
    .string()
    .max(500)
    .optional()
    .describe('Why the record is opened; kept in the audit log'),
});

/** The last case a cursor saw, for the order it was given out for: another order cannot use it. */
function casesAfter(cursor: string, sort: CaseSort): [string, string] {
  const [cursorSort, value, id] = decodeCursor(cursor, 3) as [string, string, string];
  if (cursorSort !== sort) {
    throw new ValidationError([
      {
        code: 'cursor_unknown',
        field: 'query.cursor',
        message: `was given out for another order (${cursorSort})`,
      },
    ]);
  }
  return [value, id];
}

export function registerCaseRoutes(app: App, { db, keyring, config }: Services): void {
  app.get(
    '/api/cases',
    {
      // One write to server PostgreSQL: the session's check, the list and COMMIT (decision 0056).
      config: { checksSessionWithRead: true },
      schema: {
        tags,
        summary: "The agency's cases, newest first, filtered and a page at a time (audited)",
        querystring: caseListQuerySchema,
        headers: reasonHeader,
        response: { 200: pageSchema(caseSummarySchema), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, casePolicy, 'list', undefined);
      const query = request.query;
      const after = query.cursor ? casesAfter(query.cursor, query.sort) : undefined;
      // Nothing follows the list in its transaction: COMMIT goes with it (decision 0055).
      const rows = await inTenant(db, actor, (tx) =>
        listCases(tx.commitWithNext(), query, after, {
          actor,
          reason: request.headers['x-lindung-reason'],
          requestId: request.id,
        }),
      );
      return toPage(rows, query.limit, presentCaseSummary, (row) => [
        query.sort,
        caseSortKey(query.sort, row),
        row.id,
      ]);
    },
  );

  app.post(
    '/api/cases',
    {
      schema: {
        tags,
        summary: 'Open a case for a recorded person',
        body: openCaseSchema,
        headers: idempotencyHeaders,
        response: { 201: caseResponse, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, casePolicy, 'open', undefined);
      const outcome = await inTenant(db, actor, (tx) =>
        createOnce(tx, actor, request, {
          create: async () => {
            const opened = await openCase({
              tx,
              actor,
              keyring,
              open: request.body,
              requestId: request.id,
              jurisdiction: config.jurisdiction,
            });
            return { id: opened.id, body: presentCase(opened, keyring) };
          },
          replay: async (id) =>
            presentCase(await readCase({ tx, actor, keyring, caseId: id, requestId: request.id }), keyring),
        }),
      );
      return sendCreated(reply, outcome);
    },
  );

  app.get(
    '/api/cases/:id',
    {
      // One write to server PostgreSQL: the session's check, the audited read and COMMIT (0056).
      config: { checksSessionWithRead: true },
      schema: {
        tags,
        summary:
          'Read a case (audited); its ETag names the version an edit or status change sends back in If-Match',
        params: idParams,
        headers: reasonHeader,
        response: { 200: caseResponse, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, casePolicy, 'read', undefined);
      const found = await inTenant(db, actor, async (tx) => {
        // COMMIT goes with the read and its audit entry (decision 0055): the check below runs
        // once the entry of what the database released is committed, and may still refuse.
        const found = await readCase({
          tx: tx.commitWithNext(),
          actor,
          keyring,
          caseId: request.params.id,
          reason: request.headers['x-lindung-reason'],
          requestId: request.id,
        });
        authorize(actor, casePolicy, 'read', found);
        return found;
      });
      return reply.header('etag', versionEtag(found.version)).send(presentCase(found, keyring));
    },
  );

  app.patch(
    '/api/cases/:id',
    {
      schema: {
        tags,
        summary:
          'Change the facts of an open or active case on the version you read (If-Match); 412 if it changed since',
        params: idParams,
        headers: ifMatchHeaders,
        body: changeCaseSchema,
        response: { 200: caseResponse, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const changed = await inTenant(db, actor, async (tx) => {
        authorize(actor, casePolicy, 'update', await requireCase(tx, request.params.id));
        return changeCase({
          tx,
          actor,
          keyring,
          caseId: request.params.id,
          version: versionOfIfMatch(request.headers['if-match']),
          change: request.body,
          requestId: request.id,
        });
      });
      return reply.header('etag', versionEtag(changed.version)).send(presentCase(changed, keyring));
    },
  );

  app.post(
    '/api/cases/:id/status',
    {
      schema: {
        tags,
        summary:
          'Activate, close or reopen a case (closing and reopening need a reason); with If-Match, 412 if it changed since',
        params: idParams,
        headers: optionalIfMatchHeaders,
        body: caseStatusChangeSchema,
        response: {
          200: caseResponse,
          202: awaitingApprovalSchema,
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const outcome = await inTenant(db, actor, async (tx) => {
        authorize(actor, casePolicy, 'update', await requireCase(tx, request.params.id));
        return changeCaseStatus({
          tx,
          actor,
          keyring,
          caseId: request.params.id,
          ...request.body,
          version: versionOfOptionalIfMatch(request.headers['if-match']),
          requestId: request.id,
        });
      });
      if (outcome.approval)
        return reply.status(202).send({ approval: presentApproval(outcome.approval, keyring) });
      return reply
        .status(200)
        .header('etag', versionEtag(outcome.case.version))
        .send(presentCase(outcome.case, keyring));
    },
  );

  app.get(
    '/api/cases/:id/timeline',
    {
      schema: {
        tags,
        summary: 'Everything that happened to a case, oldest first (reading it is audited)',
        params: idParams,
        response: { 200: z.object({ items: z.array(caseEventSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, casePolicy, 'read', await requireCase(tx, request.params.id));
        const events = await listCaseEvents(tx, request.params.id);
        await recordCasePartRead(tx, {
          actor,
          caseId: request.params.id,
          part: 'timeline',
          requestId: request.id,
        });
        return {
          items: events.map((event) => ({
            id: event.id,
            at: event.at.toISOString(),
            actorUserId: event.actor_user_id,
            kind: event.kind,
            detail: event.detail,
            referral: event.referral,
          })),
        };
      });
    },
  );
}
