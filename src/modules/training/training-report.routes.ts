import { z } from 'zod';
import { recordRead } from '../../audit/audit.ts';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { ValidationError } from '../../shared/errors.ts';
import { trainingLabels } from './training.labels.ts';
import { trainingPolicy } from './training.policy.ts';
import { score } from './training.presenter.ts';
import { history } from './training.repo.ts';
import { historyQuerySchema, historySchema, reportQuerySchema, reportSchema } from './training.schema.ts';

const tags = ['training'];

const groupings = {
  agency: { key: 'p.agency_id::text', label: 'a.name' },
  role: { key: 'p.role', label: 'p.role' },
  topic: { key: 'c.topic', label: 'c.topic' },
  month: { key: "to_char(s.ends_on, 'YYYY-MM')", label: "to_char(s.ends_on, 'YYYY-MM')" },
} as const;

/** Training history (per user, per agency) and the report of people trained. */
export function registerTrainingReportRoutes(app: App, { db }: Services): void {
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
          'People trained (attended) and certified, by agency, role, topic or month, for sessions ending in a period',
        querystring: reportQuerySchema,
        response: { 200: reportSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, trainingPolicy, 'report', undefined);
      const { from, to, by } = request.query;
      if (to < from) throw new ValidationError([{ field: 'to', message: 'must not be before from' }]);
      const grouping = groupings[by];
      return inTenant(db, actor, async (tx) => {
        // Counts over the participants the caller may see (the database decides): the running
        // agency's trainers see their sessions, others their own agency's staff.
        const rows = await tx.query<{ key: string; label: string; trained: number; certified: number }>(
          `select ${grouping.key} as key, ${grouping.label} as label,
                  count(distinct coalesce(p.user_id::text, p.id::text))::int as trained,
                  count(t.id)::int as certified
             from training_participant p
             join agency a on a.id = p.agency_id
             join training_session s on s.id = p.session_id
             join training_course c on c.id = s.course_id
             left join training_certificate t on t.participant_id = p.id
            where p.attended and s.ends_on between $1 and $2
            group by 1, 2 order by 3 desc, 2`,
          [from, to],
        );
        const [total] = await tx.query<{ trained: number; certified: number }>(
          `select count(distinct coalesce(p.user_id::text, p.id::text))::int as trained, count(t.id)::int as certified
             from training_participant p join training_session s on s.id = p.session_id
             left join training_certificate t on t.participant_id = p.id
            where p.attended and s.ends_on between $1 and $2`,
          [from, to],
        );
        const topicLabels = trainingLabels.topic as Record<string, { en: string }>;
        return {
          from,
          to,
          by,
          rows: rows.map((row) => ({
            ...row,
            label: by === 'topic' ? (topicLabels[row.label]?.en ?? row.label) : row.label,
          })),
          total: total ?? { trained: 0, certified: 0 },
        };
      });
    },
  );
}
