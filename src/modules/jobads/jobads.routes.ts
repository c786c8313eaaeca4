import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { createOnce, idempotencyHeaders, sendCreated } from '../../http/idempotency.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { investigationPolicy, requireInvestigation } from '../prosecution/index.ts';
import {
  presentScreening,
  readInvestigationAdverts,
  saveAdvertToInvestigation,
  screenAdvertsInBulk,
} from './jobads.commands.ts';
import { bulkScreeningPolicy } from './jobads.policy.ts';
import {
  advertScreeningSchema,
  bulkScreeningSchema,
  bulkScreenSchema,
  saveAdvertSchema,
  savedAdvertSchema,
  screenAdvertSchema,
} from './jobads.schema.ts';

const tags = ['job adverts'];
const params = z.strictObject({ id: z.uuid() });
/**
 * Anonymous screens per client address and minute: enough for a person, not for a scraper. Counted
 * in the database like every route limit (src/http/rate-limit-store.ts), so API processes share it.
 */
export const publicScreensPerMinute = 30;

/** Online recruitment screening: one advert (public), adverts in bulk, adverts saved to an investigation. */
export function registerJobAdvertRoutes(app: App, { db, keyring }: Services): void {
  app.post(
    '/api/jobads/screen',
    {
      config: {
        public: true,
        readsUnstorableText: true,
        rateLimit: { max: publicScreensPerMinute, timeWindow: '1 minute' },
      },
      bodyLimit: 256 * 1024,
      schema: {
        tags,
        summary:
          'Screen one job advert for signs of trafficking or scam-compound recruitment: risk level and reasons. No sign-in; nothing is stored',
        security: [],
        body: screenAdvertSchema,
        response: { 200: advertScreeningSchema, ...problemResponses },
      },
    },
    async (request) => presentScreening(request.body.text, request.body.readerLanguage),
  );

  app.post(
    '/api/jobads/screen-bulk',
    {
      config: { readsUnstorableText: true },
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        tags,
        summary:
          'Screen the adverts of a CSV (a "text" column, optional "reference"): each good row screened, each bad row reported',
        body: bulkScreenSchema,
        response: { 200: bulkScreeningSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, bulkScreeningPolicy, 'screen', undefined);
      return inTenant(db, actor, (tx) =>
        screenAdvertsInBulk({
          tx,
          actor,
          requestId: request.id,
          csv: request.body.csv,
          reader: request.body.readerLanguage,
        }),
      );
    },
  );

  app.post(
    '/api/investigations/:id/adverts',
    {
      schema: {
        tags,
        summary: 'Save a job advert to an investigation as evidence (text encrypted; screened again on save)',
        params,
        body: saveAdvertSchema,
        headers: idempotencyHeaders,
        response: { 201: savedAdvertSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const outcome = await inTenant(db, actor, async (tx) => {
        const investigation = await requireInvestigation(tx, request.params.id);
        authorize(actor, investigationPolicy, 'record', investigation);
        const common = { tx, actor, keyring, requestId: request.id, investigation };
        return createOnce(tx, actor, request, {
          create: async () => {
            const saved = await saveAdvertToInvestigation({ ...common, advert: request.body });
            return { id: saved.id, body: saved };
          },
          replay: async (id) => {
            const saved = (await readInvestigationAdverts(common)).find((advert) => advert.id === id);
            if (!saved) throw new NotFoundError('investigation_advert');
            return saved;
          },
        });
      });
      return sendCreated(reply, outcome);
    },
  );

  app.get(
    '/api/investigations/:id/adverts',
    {
      schema: {
        tags,
        summary: 'The job adverts saved to an investigation, oldest first; the read is audited',
        params,
        response: { 200: z.array(savedAdvertSchema), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const investigation = await requireInvestigation(tx, request.params.id);
        authorize(actor, investigationPolicy, 'read', investigation);
        return readInvestigationAdverts({ tx, actor, keyring, requestId: request.id, investigation });
      });
    },
  );
}
