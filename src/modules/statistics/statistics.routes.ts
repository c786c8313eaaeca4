import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { readDashboard, readVictimStatistics } from './statistics.commands.ts';
import { statisticsLabels } from './statistics.labels.ts';
import { statisticsPolicy } from './statistics.policy.ts';
import {
  dashboardQuerySchema,
  dashboardSchema,
  statisticsQuerySchema,
  victimStatisticsSchema,
} from './statistics.schema.ts';
import { readTipTable } from './tip.commands.ts';
import { tipQuerySchema, tipTableSchema } from './tip.schema.ts';

const tags = ['statistics'];
const label = z.object({ en: z.string(), ms: z.string(), id: z.string(), vi: z.string() });

/** Counts only: no route here returns a record, a name or an identifier. */
/** Figures only: they read `readDb`, a read replica when DATABASE_READ_URL is set (nothing here writes). */
export function registerStatisticsRoutes(app: App, { readDb, config }: Services): void {
  app.get(
    '/api/statistics/victims',
    {
      schema: {
        tags,
        summary:
          "Victims identified, referred, sheltered, repatriated and reintegrated by period and one dimension: your agency's, or your country's with statistics:read (small cells suppressed)",
        querystring: statisticsQuerySchema,
        response: { 200: victimStatisticsSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(readDb, actor, async (tx) => {
        authorize(actor, statisticsPolicy, 'read', undefined);
        return readVictimStatistics({
          tx,
          actor,
          query: request.query,
          smallCellThreshold: config.statistics.smallCellThreshold,
        });
      });
    },
  );

  app.get(
    '/api/statistics/dashboard',
    {
      schema: {
        tags,
        summary:
          'The main dashboard: victims by period, investigations, arrests, prosecutions and convictions by offence category, and overdue deadlines',
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(readDb, actor, async (tx) => {
        authorize(actor, statisticsPolicy, 'read', undefined);
        return readDashboard({
          tx,
          actor,
          query: request.query,
          now: new Date(),
          smallCellThreshold: config.statistics.smallCellThreshold,
        });
      });
    },
  );

  app.get(
    '/api/statistics/tip',
    {
      schema: {
        tags,
        summary:
          'The TIP-report figures for a period: investigations, arrests, prosecutions and convictions by offence category, victims identified by type of exploitation, sex, age band and nationality',
        querystring: tipQuerySchema,
        response: { 200: tipTableSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(readDb, actor, async (tx) => {
        authorize(actor, statisticsPolicy, 'read', undefined);
        return readTipTable({
          tx,
          actor,
          query: request.query,
          smallCellThreshold: config.statistics.smallCellThreshold,
        });
      });
    },
  );

  app.get(
    '/api/statistics/labels',
    {
      schema: {
        tags,
        summary: 'The labels of dimensions, measures and categories, in en, ms, id and vi',
        response: { 200: z.record(z.string(), z.record(z.string(), label)), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, statisticsPolicy, 'read', undefined);
      return statisticsLabels;
    },
  );
}
