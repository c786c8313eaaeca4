import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { findAgency } from '../agencies/index.ts';
import { readFigures } from './figures.commands.ts';
import { figuresQuerySchema, figuresSchema } from './figures.schema.ts';
import { offencesFor } from './offences.ts';
import { prosecutionLabels } from './prosecution.labels.ts';
import { figuresPolicy, investigationPolicy } from './prosecution.policy.ts';

const tags = ['prosecution'];
const label = z.object({ en: z.string(), ms: z.string(), id: z.string(), vi: z.string() });
const labelled = z.record(z.string(), label);

/** The figures of prosecution, and the options its forms offer. */
export function registerFiguresRoutes(app: App, { db, keyring, config }: Services): void {
  app.get(
    '/api/prosecution/figures',
    {
      schema: {
        tags,
        summary:
          "Investigations, arrests, persons charged and persons convicted by offence category and period: your agency's, or your country's with statistics:read",
        querystring: figuresQuerySchema,
        response: { 200: figuresSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, figuresPolicy, 'read', undefined);
        return readFigures({
          tx,
          actor,
          keyring,
          jurisdiction: config.jurisdiction,
          requestId: request.id,
          query: request.query,
          smallCellThreshold: config.statistics.smallCellThreshold,
        });
      });
    },
  );

  app.get(
    '/api/prosecution/options',
    {
      schema: {
        tags,
        summary:
          "The offences of your agency's jurisdiction pack, and the labels of outcomes, hearings and restitution",
        response: {
          200: z.object({
            offences: z.array(z.object({ code: z.string(), category: z.string(), title: label })),
            offenceCategories: labelled,
            outcomes: labelled,
            hearingKinds: labelled,
            restitutionKinds: labelled,
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, investigationPolicy, 'list', { agency_id: actor.agencyId });
        const agency = await findAgency(tx, actor.agencyId);
        return {
          offences: agency
            ? offencesFor(agency, config.jurisdiction).map(({ code, category, title }) => ({
                code,
                category,
                title,
              }))
            : [],
          offenceCategories: prosecutionLabels.offenceCategory,
          outcomes: prosecutionLabels.outcome,
          hearingKinds: prosecutionLabels.hearingKind,
          restitutionKinds: prosecutionLabels.restitutionKind,
        };
      });
    },
  );
}
