import { z } from 'zod';
import { recordRead } from '../../audit/audit.ts';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { ValidationError } from '../../shared/errors.ts';
import { trainingPolicy } from './training.policy.ts';
import { score } from './training.presenter.ts';
import { history } from './training.repo.ts';
import { historyQuerySchema, historySchema, reportQuerySchema, reportSchema } from './training.schema.ts';
import { trainingReport } from './training-report.ts';

const tags = ['training'];

/** Training history (per user, per agency) and the report of people trained. */
export function registerTrainingReportRoutes(app: App, { db, config }: Services): void {
  app.get(
    '/api/training/history',
    {
      schema: {
        tags,
        summary:
          'Training history you may see: your own, your agency’s, and the sessions your agency runs; filter by user or agency',
        querystring: historyQuerySchema,
        response: { 200: z.object({ items: z.array(historySchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const rows = await history(tx, request.query);
        if (rows.some((row) => row.user_id !== actor.userId)) {
          await recordRead(tx, {
            actor,
            subject: {
              type: 'training_history',
              id: request.query.userId ?? request.query.agencyId ?? actor.agencyId,
            },
            requestId: request.id,
            detail: { participations: rows.length },
          });
        }
        return {
          items: rows.map((row) => ({
            participantId: row.participant_id,
            userId: row.user_id,
            fullName: row.full_name,
            agencyId: row.agency_id,
            agencyName: row.agency_name,
            role: row.role,
            courseId: row.course_id,
            courseTitle: row.course_title,
            topic: row.topic,
            sessionId: row.session_id,
            startsOn: row.starts_on,
            endsOn: row.ends_on,
            attended: row.attended,
            preScore: score(row.pre_score),
            postScore: score(row.post_score),
            certificateId: row.certificate_id,
            certificateCode: row.certificate_code,
          })),
        };
      });
    },
  );

  app.get(
    '/api/training/report',
    {
      schema: {
        tags,
        summary:
          "People trained (attended) and certified, by agency, role, topic or month, for sessions ending in a period: the country's with statistics:read (small cells beyond your agency suppressed), else the participants you may see",
        querystring: reportQuerySchema,
        response: { 200: reportSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, trainingPolicy, 'report', undefined);
      const { from, to } = request.query;
      if (to < from)
        throw new ValidationError([
          { code: 'ends_before_start', field: 'to', message: 'must not be before from' },
        ]);
      return inTenant(db, actor, (tx) =>
        trainingReport({
          tx,
          actor,
          query: request.query,
          smallCellThreshold: config.statistics.smallCellThreshold,
        }),
      );
    },
  );
}
