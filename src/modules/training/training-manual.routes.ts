import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { trainingPolicy } from './training.policy.ts';
import { issueManual } from './training-manual.commands.ts';
import { chaptersOfManuals, listManuals, type ManualRow } from './training-manual.repo.ts';
import { createManualSchema, manualSchema } from './training-manual.schema.ts';

const tags = ['training'];

/** Manuals with their chapters, as the API shows them. */
async function presentManuals(tx: Parameters<typeof chaptersOfManuals>[0], rows: ManualRow[]) {
  const chapters = await chaptersOfManuals(
    tx,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    agencyId: row.agency_id,
    edition: row.edition,
    title: row.title,
    chapters: chapters.filter((chapter) => chapter.manualId === row.id),
  }));
}

/** The national training manual: its editions and their titled chapters, which courses name. */
export function registerTrainingManualRoutes(app: App, { db }: Services): void {
  app.get(
    '/api/training-manuals',
    {
      schema: {
        tags,
        summary: "The editions of your country's national training manual, newest first, with their chapters",
        response: { 200: z.object({ items: z.array(manualSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      // The database keeps the manuals to the caller's country.
      return inTenant(db, actor, async (tx) => ({ items: await presentManuals(tx, await listManuals(tx)) }));
    },
  );

  app.post(
    '/api/training-manuals',
    {
      schema: {
        tags,
        summary:
          "Issue an edition of your country's national training manual with its chapters, titled in en, ms, id and vi",
        body: createManualSchema,
        response: { 201: manualSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, trainingPolicy, 'create', undefined);
      const manual = await inTenant(db, actor, async (tx) => {
        const id = await issueManual({ tx, actor, manual: request.body, requestId: request.id });
        const [presented] = await presentManuals(
          tx,
          (await listManuals(tx)).filter((m) => m.id === id),
        );
        if (!presented) throw new NotFoundError('training_manual');
        return presented;
      });
      return reply.code(201).send(manual);
    },
  );
}
