import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { createOnce, idempotencyHeaders, sendCreated } from '../../http/idempotency.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { decodeCursor, pageSchema, toPage } from '../../shared/pagination.ts';
import { awaitingApprovalSchema, findApproval, presentApproval } from '../approvals/index.ts';
import { createReferral, reRefer } from './referral.commands.ts';
import { referralPolicy } from './referral.policy.ts';
import { presentReferral, presentReferralSummary } from './referral.presenter.ts';
import { listReferrals, requireReferral } from './referral.repo.ts';
import {
  createReferralSchema,
  referralListQuerySchema,
  referralSchema,
  referralSummarySchema,
  reReferralSchema,
} from './referral.schema.ts';
import { viewReferral } from './referral-answer.commands.ts';
import { registerReferralAnswerRoutes } from './referral-answer.routes.ts';
import { registerReferralDisclosureRoutes } from './referral-disclosure.routes.ts';

const tags = ['referrals'];
type SendAnswer = z.infer<typeof referralSchema> | z.infer<typeof awaitingApprovalSchema>;
const idParams = z.strictObject({ id: z.uuid() });
const reasonHeader = z.object({
  'x-lindung-reason': z
    .string()
    .max(500)
    .optional()
    .describe('Why the record is opened; kept in the audit log'),
});

/** Referrals between agencies: sending, re-referring, the shared view, and the workflow. */
export function registerReferralRoutes(app: App, services: Services): void {
  const { db, keyring } = services;
  registerReferralAnswerRoutes(app, services);
  registerReferralDisclosureRoutes(app, services);

  app.get(
    '/api/referrals',
    {
      schema: {
        tags,
        summary: 'Referrals the agency sent or received, newest first; overdue ones for both sides',
        querystring: referralListQuerySchema,
        response: { 200: pageSchema(referralSummarySchema), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, referralPolicy, 'list', undefined);
      const query = request.query;
      const after = query.cursor ? (decodeCursor(query.cursor, 2) as [string, string]) : undefined;
      const rows = await inTenant(db, actor, (tx) => listReferrals(tx, actor.agencyId, query, after));
      return toPage(
        rows,
        query.limit,
        (row) => presentReferralSummary(row, actor.agencyId),
        (row) => [row.sort_key, row.id],
      );
    },
  );

  app.post(
    '/api/referrals',
    {
      schema: {
        tags,
        summary: "Refer a person of the agency's case to another agency, under their consent",
        body: createReferralSchema,
        headers: idempotencyHeaders,
        response: { 201: referralSchema, 202: awaitingApprovalSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, referralPolicy, 'send', undefined);
      const outcome = await inTenant(db, actor, (tx) =>
        createOnce<SendAnswer>(tx, actor, request, {
          create: async () => {
            const sent = await createReferral({
              tx,
              actor,
              referral: request.body,
              requestId: request.id,
              jurisdiction: services.config.jurisdiction,
            });
            if ('approval' in sent) {
              return { id: sent.approval.id, body: { approval: presentApproval(sent.approval, keyring) } };
            }
            const body = presentReferral(sent.referral, actor.agencyId, undefined, keyring);
            return { id: sent.referral.id, body };
          },
          replay: async (id) => {
            const approval = await findApproval(tx, id);
            if (approval) return { approval: presentApproval(approval, keyring) };
            return presentReferral(await requireReferral(tx, id), actor.agencyId, undefined, keyring);
          },
        }),
      );
      if ('approval' in outcome.body) {
        return reply.status(202).header('idempotent-replayed', String(outcome.replayed)).send(outcome.body);
      }
      return sendCreated(reply, outcome);
    },
  );

  app.get(
    '/api/referrals/:id',
    {
      schema: {
        tags,
        summary: 'Read a referral with the data its consent shares, and nothing more (audited)',
        params: idParams,
        headers: reasonHeader,
        response: { 200: referralSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, referralPolicy, 'read', undefined);
      return inTenant(db, actor, async (tx) => {
        const { referral, shared } = await viewReferral({
          tx,
          actor,
          referralId: request.params.id,
          reason: request.headers['x-lindung-reason'],
          requestId: request.id,
        });
        authorize(actor, referralPolicy, 'read', referral);
        return presentReferral(referral, actor.agencyId, shared, keyring);
      });
    },
  );

  app.post(
    '/api/referrals/:id/re-referrals',
    {
      schema: {
        tags,
        summary: 'Pass an accepted referral on to a further agency the consent also covers',
        params: idParams,
        body: reReferralSchema,
        headers: idempotencyHeaders,
        response: { 201: referralSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, referralPolicy, 'send', undefined);
      const outcome = await inTenant(db, actor, async (tx) => {
        const parent = await requireReferral(tx, request.params.id);
        authorize(actor, referralPolicy, 'answer', parent);
        return createOnce(tx, actor, request, {
          create: async () => {
            const referral = await reRefer({
              tx,
              actor,
              parent,
              request: request.body,
              requestId: request.id,
              jurisdiction: services.config.jurisdiction,
            });
            return { id: referral.id, body: presentReferral(referral, actor.agencyId, undefined, keyring) };
          },
          replay: async (id) =>
            presentReferral(await requireReferral(tx, id), actor.agencyId, undefined, keyring),
        });
      });
      return sendCreated(reply, outcome);
    },
  );
}
