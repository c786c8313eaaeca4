import { z } from 'zod';
import { recordRead } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { type Actor, authorize, can } from '../../policy/policy.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { findAgency } from '../agencies/index.ts';
import {
  createCourse,
  createSession,
  issueCertificates,
  recordAttendance,
  register,
} from './training.commands.ts';
import { trainingLabels } from './training.labels.ts';
import { trainingPolicy } from './training.policy.ts';
import { presentCourse, presentSession } from './training.presenter.ts';
import { listCourses, requireCourse, requireSession } from './training.repo.ts';
import {
  attendanceSchema,
  courseSchema,
  createCourseSchema,
  createSessionSchema,
  issueCertificatesSchema,
  registrationSchema,
  sessionSchema,
} from './training.schema.ts';

const tags = ['training'];
const idParams = z.strictObject({ id: z.uuid() });
const labelsSchema = z.record(
  z.string(),
  z.object({ en: z.string(), ms: z.string(), id: z.string(), vi: z.string() }),
);

/** With the application's checks on, a course of another country is not found (the database agrees). */
async function ofCountry<T extends { country: string }>(
  tx: Tx,
  actor: Actor,
  row: T,
  what: string,
): Promise<T> {
  if (!actor.skipPolicyChecks && row.country !== (await findAgency(tx, actor.agencyId))?.country.trim()) {
    throw new NotFoundError(what);
  }
  return row;
}

/** Courses, sessions, registration, attendance with scores, and certificates. */
export function registerTrainingRoutes(app: App, { db }: Services): void {
  app.get(
    '/api/training/options',
    {
      schema: {
        tags,
        summary: 'Topics, session modes and languages of training, with labels in en, ms, id and vi',
        response: {
          200: z.object({ topic: labelsSchema, mode: labelsSchema, language: labelsSchema }),
          ...problemResponses,
        },
      },
    },
    async () => trainingLabels,
  );

  app.get(
    '/api/training-courses',
    {
      schema: {
        tags,
        summary: "The training courses of your agency's country, with their sessions",
        response: { 200: z.object({ items: z.array(courseSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const country = (await findAgency(tx, actor.agencyId))?.country.trim();
        const items = [];
        for (const row of await listCourses(tx)) {
          if (actor.skipPolicyChecks || row.country === country) items.push(await presentCourse(tx, row));
        }
        return { items };
      });
    },
  );

  app.post(
    '/api/training-courses',
    {
      schema: {
        tags,
        summary: 'Create a course of your agency (curriculum, manual chapters, languages, target roles)',
        body: createCourseSchema,
        response: { 201: courseSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, trainingPolicy, 'create', undefined);
      const body = await inTenant(db, actor, async (tx) => {
        const id = await createCourse({ tx, actor, course: request.body, requestId: request.id });
        return presentCourse(tx, id);
      });
      return reply.code(201).header('location', `/api/training-courses/${body.id}`).send(body);
    },
  );

  app.get(
    '/api/training-courses/:id',
    {
      schema: {
        tags,
        summary: 'A course and its sessions',
        params: idParams,
        response: { 200: courseSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) =>
        presentCourse(
          tx,
          await ofCountry(tx, actor, await requireCourse(tx, request.params.id), 'training_course'),
        ),
      );
    },
  );

  app.post(
    '/api/training-courses/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Schedule a session of a course of your agency',
        params: idParams,
        body: createSessionSchema,
        response: { 201: sessionSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = await inTenant(db, actor, async (tx) => {
        const course = await ofCountry(
          tx,
          actor,
          await requireCourse(tx, request.params.id),
          'training_course',
        );
        authorize(actor, trainingPolicy, 'run', course);
        const id = await createSession({
          tx,
          actor,
          courseId: course.id,
          session: request.body,
          requestId: request.id,
        });
        return presentSession(tx, id);
      });
      return reply.code(201).header('location', `/api/training-sessions/${body.id}`).send(body);
    },
  );

  app.get(
    '/api/training-sessions/:id',
    {
      schema: {
        tags,
        summary: 'A session with the participants you may see (all of them for the running agency)',
        params: idParams,
        response: { 200: sessionSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        await ofCountry(tx, actor, await requireSession(tx, request.params.id), 'training_session');
        const session = await presentSession(tx, request.params.id);
        // Participants' names are personal data: a read that shows any is audited.
        if (session.participants.length > 0) {
          await recordRead(tx, {
            actor,
            subject: { type: 'training_session', id: session.id },
            requestId: request.id,
            detail: { participants: session.participants.length },
          });
        }
        return session;
      });
    },
  );

  app.post(
    '/api/training-sessions/:id/registrations',
    {
      schema: {
        tags,
        summary:
          'Register for a session: an empty body registers yourself; the running agency’s trainers register anyone of the country',
        params: idParams,
        body: registrationSchema,
        response: { 201: sessionSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = await inTenant(db, actor, async (tx) => {
        const session = await ofCountry(
          tx,
          actor,
          await requireSession(tx, request.params.id),
          'training_session',
        );
        const runs =
          actor.skipPolicyChecks || (can(actor, 'training:manage') && session.agency_id === actor.agencyId);
        await register({ tx, actor, session, runs, registration: request.body, requestId: request.id });
        return presentSession(tx, session.id);
      });
      return reply.code(201).send(body);
    },
  );

  app.post(
    '/api/training-sessions/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Record who attended and their pre/post assessment scores (never over the capacity)',
        params: idParams,
        body: attendanceSchema,
        response: { 200: sessionSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(
          actor,
          trainingPolicy,
          'run',
          await ofCountry(tx, actor, await requireSession(tx, request.params.id), 'training_session'),
        );
        // Locked, so that two trainers recording at once cannot together go over the capacity.
        const session = await requireSession(tx, request.params.id, { lock: true });
        await recordAttendance({ tx, actor, session, attendance: request.body, requestId: request.id });
        return presentSession(tx, session.id);
      });
    },
  );

  app.post(
    '/api/training-sessions/:id/certificates',
    {
      schema: {
        tags,
        summary: 'Issue certificates to participants who attended (refused for anyone who did not)',
        params: idParams,
        body: issueCertificatesSchema,
        response: { 201: sessionSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = await inTenant(db, actor, async (tx) => {
        const session = await ofCountry(
          tx,
          actor,
          await requireSession(tx, request.params.id),
          'training_session',
        );
        authorize(actor, trainingPolicy, 'run', session);
        await issueCertificates({
          tx,
          actor,
          session,
          participantIds: request.body.participantIds,
          requestId: request.id,
        });
        return presentSession(tx, session.id);
      });
      return reply.code(201).send(body);
    },
  );
}
