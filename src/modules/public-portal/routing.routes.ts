import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { regionsOf } from '../../jurisdictions/index.ts';
import { authorize } from '../../policy/policy.ts';
import { triagePolicy } from './public-portal.policy.ts';
import { rerouteReport } from './public-report.commands.ts';
import { requireReport } from './public-report.repo.ts';
import { publicRegionsSchema, rerouteReportSchema } from './public-report.schema.ts';

/**
 * Jurisdiction routing of reports from the public (decision 0039): the regions the report form
 * offers, and the triage officer's move of a report to the agency that answers for the place.
 */
export function registerRoutingRoutes(app: App, { db, keyring, config }: Services): void {
  app.get(
    '/api/public/regions',
    {
      config: {
        public: true,
        rateLimit: { max: config.publicPortal.rateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['public portal'],
        summary: 'The states or provinces of a country (ISO 3166-2) a report can name',
        security: [],
        querystring: z.strictObject({
          country: z.string().regex(/^[A-Z]{2}$/, 'is not an ISO 3166-1 alpha-2 code'),
        }),
        response: { 200: publicRegionsSchema, ...problemResponses },
      },
    },
    async (request) => ({ items: [...regionsOf(request.query.country)] }),
  );

  app.post(
    '/api/public-reports/:id/reroute',
    {
      schema: {
        tags: ['public reports (triage)'],
        summary: 'Send a report on to the triage queue of another agency of its country (audited)',
        description:
          'The receiving agency sees the report, its conversation and the reason; yours no longer does.',
        params: z.strictObject({ id: z.uuid() }),
        body: rerouteReportSchema,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await inTenant(db, actor, async (tx) => {
        const report = await requireReport(tx, request.params.id);
        authorize(actor, triagePolicy, 'work', report);
        await rerouteReport({
          tx,
          actor,
          keyring,
          report,
          agencyId: request.body.agencyId,
          reason: request.body.reason,
          requestId: request.id,
        });
      });
      return reply.code(204).send(null);
    },
  );
}
