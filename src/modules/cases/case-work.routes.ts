import { z } from 'zod';
import { recordAudit } from '../../audit/audit.ts';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { decimalInteger } from '../../shared/decimal-integer.ts';
import { noBody } from '../../shared/no-body.ts';
import { agencyToday } from '../agencies/index.ts';
import { casePolicy } from './case.policy.ts';
import { presentCase } from './case.presenter.ts';
import { requireCase } from './case.repo.ts';
import { caseResponse } from './case.responses.ts';
import { recordCasePartRead } from './case-reads.ts';
import { addNote, addTask, assignWorker, changeTask, unassignWorker } from './case-work.commands.ts';
import { presentNote, presentTask } from './case-work.presenter.ts';
import { listNotes, listOwnOpenTasks, listTasks, requireTask } from './case-work.repo.ts';
import {
  assignWorkerSchema,
  changeTaskSchema,
  createNoteSchema,
  createTaskSchema,
  noteSchema,
  taskSchema,
} from './case-work.schema.ts';

const tags = ['cases'];
const caseParams = z.strictObject({ id: z.uuid() });

/** Tasks, notes and case workers: the daily work on a case. */
export function registerCaseWorkRoutes(app: App, { db, keyring }: Services): void {
  app.get(
    '/api/tasks/mine',
    {
      schema: {
        tags,
        summary: "The signed-in user's open tasks in the acting agency, soonest due first (the home page)",
        querystring: z.strictObject({ limit: decimalInteger(1, 200).default(50) }),
        response: {
          200: z.object({ items: z.array(taskSchema.extend({ caseReference: z.string() })) }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, casePolicy, 'list', undefined);
      return inTenant(db, actor, async (tx) => {
        const today = await agencyToday(tx, actor.agencyId);
        const rows = await listOwnOpenTasks(tx, actor.userId, request.query.limit);
        return {
          items: rows.map((row) => ({ ...presentTask(row, today), caseReference: row.case_reference })),
        };
      });
    },
  );

  app.get(
    '/api/cases/:id/tasks',
    {
      schema: {
        tags,
        summary: "A case's tasks, open ones first by due date (reading them is audited)",
        params: caseParams,
        response: { 200: z.object({ items: z.array(taskSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, casePolicy, 'read', await requireCase(tx, request.params.id));
        const today = await agencyToday(tx, actor.agencyId);
        const tasks = await listTasks(tx, request.params.id);
        await recordCasePartRead(tx, {
          actor,
          caseId: request.params.id,
          part: 'tasks',
          requestId: request.id,
        });
        return { items: tasks.map((task) => presentTask(task, today)) };
      });
    },
  );

  app.post(
    '/api/cases/:id/tasks',
    {
      schema: {
        tags,
        summary: 'Add a task to a case',
        params: caseParams,
        body: createTaskSchema,
        response: { 201: taskSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const task = await inTenant(db, actor, async (tx) => {
        authorize(actor, casePolicy, 'update', await requireCase(tx, request.params.id));
        const added = await addTask({
          tx,
          actor,
          caseId: request.params.id,
          ...request.body,
          requestId: request.id,
        });
        return presentTask(added, await agencyToday(tx, actor.agencyId));
      });
      return reply.status(201).send(task);
    },
  );

  app.get(
    '/api/tasks/:id',
    {
      schema: {
        tags,
        summary:
          "One task of a case, as the case's tasks show it (reading it is audited as a read of the case's tasks)",
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: taskSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const task = await requireTask(tx, request.params.id);
        authorize(actor, casePolicy, 'read', await requireCase(tx, task.case_id));
        await recordCasePartRead(tx, {
          actor,
          caseId: task.case_id,
          part: 'tasks',
          requestId: request.id,
          detail: { taskId: task.id },
        });
        return presentTask(task, await agencyToday(tx, actor.agencyId));
      });
    },
  );

  app.patch(
    '/api/tasks/:id',
    {
      schema: {
        tags,
        summary: 'Change a task: title, due date, owner, or mark it done or cancelled',
        params: z.strictObject({ id: z.uuid() }),
        body: changeTaskSchema,
        response: { 200: taskSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const task = await requireTask(tx, request.params.id);
        authorize(actor, casePolicy, 'update', await requireCase(tx, task.case_id));
        const changed = await changeTask({
          tx,
          actor,
          taskId: task.id,
          change: request.body,
          requestId: request.id,
        });
        return presentTask(changed, await agencyToday(tx, actor.agencyId));
      });
    },
  );

  app.get(
    '/api/cases/:id/notes',
    {
      schema: {
        tags,
        summary: "A case's notes, oldest first (reading them is audited)",
        params: caseParams,
        response: { 200: z.object({ items: z.array(noteSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const found = await requireCase(tx, request.params.id);
        authorize(actor, casePolicy, 'read', found);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          agencyId: actor.agencyId,
          action: 'case.read_notes',
          subject: { type: 'case', id: found.id },
          requestId: request.id,
        });
        return { items: (await listNotes(tx, found.id)).map((note) => presentNote(note, keyring)) };
      });
    },
  );

  app.post(
    '/api/cases/:id/notes',
    {
      schema: {
        tags,
        summary: 'Add a note to a case (kept encrypted; notes are never edited)',
        params: caseParams,
        body: createNoteSchema,
        response: { 201: noteSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const note = await inTenant(db, actor, async (tx) => {
        authorize(actor, casePolicy, 'update', await requireCase(tx, request.params.id));
        const added = await addNote({
          tx,
          actor,
          keyring,
          caseId: request.params.id,
          body: request.body.body,
          requestId: request.id,
        });
        return presentNote(added, keyring);
      });
      return reply.status(201).send(note);
    },
  );

  app.post(
    '/api/cases/:id/workers',
    {
      schema: {
        tags,
        summary: 'Assign a member of the agency as a case worker',
        params: caseParams,
        body: assignWorkerSchema,
        response: { 200: caseResponse, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, casePolicy, 'assign', await requireCase(tx, request.params.id));
        const changed = await assignWorker({
          tx,
          actor,
          caseId: request.params.id,
          userId: request.body.userId,
          requestId: request.id,
        });
        return presentCase(changed, keyring);
      });
    },
  );

  app.delete(
    '/api/cases/:id/workers/:userId',
    {
      schema: {
        tags,
        summary: 'Take a case worker off a case (a case keeps at least one)',
        params: z.strictObject({ id: z.uuid(), userId: z.uuid() }),
        body: noBody,
        response: { 200: caseResponse, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, casePolicy, 'assign', await requireCase(tx, request.params.id));
        const changed = await unassignWorker({
          tx,
          actor,
          caseId: request.params.id,
          userId: request.params.userId,
          requestId: request.id,
        });
        return presentCase(changed, keyring);
      });
    },
  );
}
