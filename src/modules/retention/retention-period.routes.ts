import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { noBody } from '../../shared/no-body.ts';
import {
  presentPeriod,
  removeRetentionPeriod,
  retentionOverview,
  scopeOf,
  setRetentionPeriod,
} from './retention-period.commands.ts';
import { retentionPeriodPolicy } from './retention-period.policy.ts';
import { requirePeriod } from './retention-period.repo.ts';
import {
  retentionOverviewQuerySchema,
  retentionOverviewSchema,
  retentionPeriodSchema,
  setRetentionPeriodSchema,
} from './retention-period.schema.ts';

const tags = ['retention and erasure'];

/** Retention periods by record type: agency administrators their agency's, the platform administrator a country's and the default. */
export function registerRetentionPeriodRoutes(app: App, { db, config }: Services): void {
  const deployment = config.jurisdiction;

  app.get(
    '/api/retention-periods',
    {
      schema: {
        tags,
        summary:
          "The acting agency's retention periods by record type: its own, its country's, the platform's default, the one in force and the legal minimum",
        description: "With `country`, another country's periods (the platform administrator's only).",
        querystring: retentionOverviewQuerySchema,
        response: { 200: retentionOverviewSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, retentionPeriodPolicy, 'read', undefined);
      const { country } = request.query;
      if (country) authorize(actor, retentionPeriodPolicy, 'readCountry', undefined);
      return inTenant(db, actor, (tx) => retentionOverview({ tx, actor, deployment, country }));
    },
  );

  app.put(
    '/api/retention-periods',
    {
      schema: {
        tags,
        summary: "Set a retention period: the acting agency's own, a country's, or the platform's default",
        description:
          'Refused with 400 on `years` when shorter than the legal minimum the jurisdiction pack states, or (for an agency administrator) than the period of the country or the default.',
        body: setRetentionPeriodSchema,
        response: { 200: retentionPeriodSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, retentionPeriodPolicy, 'change', request.body.scope);
      const saved = await inTenant(db, actor, (tx) =>
        setRetentionPeriod({ tx, actor, deployment, period: request.body, requestId: request.id }),
      );
      return presentPeriod(saved);
    },
  );

  app.delete(
    '/api/retention-periods/:id',
    {
      schema: {
        tags,
        summary:
          "Remove an agency's or a country's own period (its cases fall back to the country's or the default)",
        description: "Refused with 409 `retention_default_required` for the platform's default.",
        params: z.strictObject({ id: z.uuid() }),
        body: noBody,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, retentionPeriodPolicy, 'read', undefined);
      await inTenant(db, actor, async (tx) => {
        const found = await requirePeriod(tx, request.params.id);
        authorize(actor, retentionPeriodPolicy, 'change', scopeOf(found));
        await removeRetentionPeriod({ tx, actor, deployment, found, requestId: request.id });
      });
      return reply.status(204).send(null);
    },
  );
}
