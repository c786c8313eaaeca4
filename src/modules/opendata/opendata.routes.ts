import { Readable } from 'node:stream';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { exportHtcds, importHtcds } from './htcds.commands.ts';
import { microdataCsv } from './microdata.ts';
import { buildMicrodata } from './opendata.commands.ts';
import { openDataPolicy } from './opendata.policy.ts';
import {
  htcdsExportQuerySchema,
  htcdsExportSchema,
  htcdsImportResultSchema,
  htcdsImportSchema,
  microdataQuerySchema,
  microdataReportSchema,
} from './opendata.schema.ts';

const tags = ['open data'];

export function registerOpenDataRoutes(app: App, { db, keyring, config }: Services): void {
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

  app.get(
    '/api/opendata/htcds',
    {
      schema: {
        tags,
        summary:
          "Your agency's victim cases in the Human Trafficking Case Data Standard (HTCDS), one record per victim, a page at a time (audited; case:read and person:read)",
        querystring: htcdsExportQuerySchema,
        response: { 200: htcdsExportSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, openDataPolicy, 'exportHtcds', undefined);
        const { document, next } = await exportHtcds({
          tx,
          actor,
          query: request.query,
          requestId: request.id,
        });
        return { ...document, exportedAt: document.exportedAt ?? new Date().toISOString(), next };
      });
    },
  );

  app.post(
    '/api/opendata/htcds',
    {
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        tags,
        summary:
          'Import an HTCDS file into your agency: each record becomes a person and a victim case. All or nothing: a file with any invalid record is refused whole, every problem named by record and field',
        body: htcdsImportSchema,
        response: { 201: htcdsImportResultSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const result = await inTenant(db, actor, async (tx) => {
        authorize(actor, openDataPolicy, 'importHtcds', undefined);
        return importHtcds({
          tx,
          actor,
          keyring,
          jurisdiction: config.jurisdiction,
          body: request.body,
          requestId: request.id,
        });
      });
      return reply.code(201).send(result);
    },
  );
}
