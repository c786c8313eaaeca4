import { Readable } from 'node:stream';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { microdataCsv } from './microdata.ts';
import { buildMicrodata } from './opendata.commands.ts';
import { openDataPolicy } from './opendata.policy.ts';
import { microdataQuerySchema, microdataReportSchema } from './opendata.schema.ts';

const tags = ['open data'];

export function registerOpenDataRoutes(app: App, { db }: Services): void {
  app.get(
    '/api/opendata/microdata',
    {
      schema: {
        tags,
        summary:
          "The anonymised microdata report for your country (statistics:read): rows kept and suppressed, each column's generalisation, and the suppression-only baseline",
        querystring: microdataQuerySchema,
        response: { 200: microdataReportSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, openDataPolicy, 'microdata', undefined);
        const { report } = await buildMicrodata({
          tx,
          actor,
          query: request.query,
          requestId: request.id,
          format: 'report',
        });
        return report;
      });
    },
  );

  app.get(
    '/api/opendata/microdata.csv',
    {
      schema: {
        tags,
        summary:
          'CTDC-style anonymised microdata of your country as CSV (statistics:read): one row per victim, k = 11 over every column, no names or identifiers',
        querystring: microdataQuerySchema,
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { result, report } = await inTenant(db, actor, async (tx) => {
        authorize(actor, openDataPolicy, 'microdata', undefined);
        return buildMicrodata({ tx, actor, query: request.query, requestId: request.id, format: 'csv' });
      });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="lindung-microdata-k11.csv"')
        .header('x-lindung-rows-kept', String(report.rowsKept))
        .header('x-lindung-rows-suppressed', String(report.rowsSuppressed))
        .send(Readable.from(microdataCsv(result)));
    },
  );
}
